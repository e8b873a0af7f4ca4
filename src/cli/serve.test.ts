import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Io } from "./io.js";
import { run } from "./main.js";

let home: string;
beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "debrief-serve-"));
});
afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

async function debrief(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdin: Readable.from([]),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { DEBRIEF_HOME: home, NO_COLOR: "1" },
    now: () => new Date("2026-03-10T12:00:00Z"),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

describe("debrief serve, refusing to start", () => {
  it.each([
    [["--port", "abc"], 'error: --port "abc" is not a port\n', "hint: e.g. --port 4820\n"],
    [["--port", "70000"], 'error: --port "70000" is not a port\n', "hint: e.g. --port 4820\n"],
    [["--port", "-1"], 'error: --port "-1" is not a port\n', "hint: e.g. --port 4820\n"],
    [
      ["--token", "short"],
      "error: --token is too short\n",
      "hint: use at least 12 characters, or leave it out to get one\n",
    ],
  ])("debrief serve %j exits 1 with an error and a hint", async (args, error, hint) => {
    const ran = await debrief(["serve", ...args]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe(error + hint);
    expect(ran.stdout).toBe("");
  });

  it("says the port is in use, with a hint, when it is", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const address = taken.address();
    const port = String(typeof address === "object" && address ? address.port : 0);
    try {
      const ran = await debrief(["serve", "--port", port]);
      expect(ran.code).toBe(1);
      expect(ran.stderr).toBe(
        `error: port ${port} is in use\nhint: another debrief serve may be running; or pick --port\n`,
      );
      expect(ran.stdout).toBe("");
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
  });

  it("says it cannot listen on an address this machine does not have", async () => {
    // 203.0.113.0/24 is reserved for documentation: no machine has it.
    const ran = await debrief(["serve", "--host", "203.0.113.7", "--port", "0"]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe("error: cannot listen on 203.0.113.7\nhint: use an address of this machine\n");
  });
});
