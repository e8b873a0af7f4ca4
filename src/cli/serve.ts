import type { Command } from "commander";
import { InputError } from "../app/input-error.js";
import { DEFAULT_PORT } from "../server/default-port.js";
import type { Io } from "./io.js";

interface ServeFlags {
  host: string;
  port: string;
  token?: string;
  captions: string[];
}

/** --port is a port, and --token (when given) long enough. */
function checkServeFlags(flags: ServeFlags): void {
  if (!/^\d{1,5}$/.test(flags.port) || Number(flags.port) > 65535)
    throw new InputError(
      "bad-port",
      `--port ${JSON.stringify(flags.port)} is not a port`,
      "e.g. --port 4820",
    );
  if (flags.token !== undefined && flags.token.length < 12)
    throw new InputError(
      "bad-token",
      "--token is too short",
      "use at least 12 characters, or leave it out to get one",
    );
}

/** A failure to listen, told as the input error it is (the port taken, the host not this machine's). */
function listenError(e: NodeJS.ErrnoException, flags: ServeFlags): Error {
  if (e.code === "EADDRINUSE")
    return new InputError(
      "port-in-use",
      `port ${flags.port} is in use`,
      "another debrief serve may be running; or pick --port",
    );
  if (e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND")
    return new InputError("bad-host", `cannot listen on ${flags.host}`, "use an address of this machine");
  return e;
}

/** `debrief serve`: the dashboard and the HTTP API on this machine. */
export function registerServe(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command("serve")
    .description("Start the dashboard and the HTTP API (http://127.0.0.1:4820/ by default)")
    .option("--host <address>", "address to listen on (another than loopback needs a token)", "127.0.0.1")
    .option("--port <n>", "port to listen on (0 for any free one)", String(DEFAULT_PORT))
    .option("--token <token>", "require this token on every request (generated when --host is not loopback)")
    .option(
      "--captions <folder>",
      "a folder whose caption files the Live page may follow (repeat for more); without it, Live takes pasted text only",
      (folder: string, folders: string[]) => [...folders, folder],
      [] as string[],
    )
    .action(async (flags: ServeFlags) => {
      checkServeFlags(flags);
      // The server (hono, the worker pool, the store) is loaded only for `serve`.
      const { isLoopback, listen } = await import("../server/listen.js");
      const server = await listen({
        env: io.env,
        host: flags.host,
        port: Number(flags.port),
        ...(flags.token ? { token: flags.token } : {}),
        captionFolders: flags.captions,
        now: io.now,
        log: (line) => io.stderr.write(`${line}\n`),
      }).catch((e: NodeJS.ErrnoException) => {
        throw listenError(e, flags);
      });
      io.stdout.write(`Debrief is at ${server.openUrl}\n`);
      if (server.captionFolders.length > 0)
        io.stdout.write(`Live may follow caption files in: ${server.captionFolders.join(", ")}\n`);
      if (!isLoopback(flags.host))
        io.stdout.write(
          "Every request needs the token in that URL (it is kept as a cookie after the first).\n",
        );
      io.stdout.write("Press Ctrl-C to stop.\n");
      await new Promise<void>((done) => {
        const stop = () => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          void server.close().then(done);
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
      setExitCode(0);
    });
}
