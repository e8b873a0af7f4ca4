import { homedir } from "node:os";
import { join } from "node:path";
import { WorkspaceBusy } from "../store/dialect.js";
import { closeStore, openStore, type Store } from "../store/workspace-store.js";
import { InputError } from "./input-error.js";

/**
 * Where the workspace lives: `DEBRIEF_DATABASE_URL` (a postgres:// URL, or a SQLite file path), else
 * `debrief.sqlite` in `$DEBRIEF_HOME`, else in the XDG data directory (`$XDG_DATA_HOME/debrief`,
 * by default `~/.local/share/debrief`).
 */
export function workspaceLocation(env: Record<string, string | undefined>): {
  location: string;
  how: string;
} {
  const url = env.DEBRIEF_DATABASE_URL?.trim();
  if (url)
    return {
      location: url.replace(/^sqlite:(\/\/)?/i, "").replace(/^file:(\/\/)?/i, ""),
      how: "DEBRIEF_DATABASE_URL",
    };
  if (env.DEBRIEF_HOME?.trim())
    return { location: join(env.DEBRIEF_HOME.trim(), "debrief.sqlite"), how: "DEBRIEF_HOME" };
  const xdg = env.XDG_DATA_HOME?.trim();
  const home = env.HOME?.trim() || homedir();
  const base = xdg?.startsWith("/") ? xdg : join(home, ".local", "share");
  return {
    location: join(base, "debrief", "debrief.sqlite"),
    how: xdg ? "XDG_DATA_HOME" : "the default data directory",
  };
}

/** Opens the workspace (creating it the first time), runs `work`, and closes it whatever happens. */
export async function withWorkspace<T>(
  env: Record<string, string | undefined>,
  now: string,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openWorkspace(env, now);
  try {
    return await work(store);
  } catch (e) {
    throw e instanceof WorkspaceBusy ? busy() : e;
  } finally {
    await closeStore(store);
  }
}

/**
 * A workspace location fit to print: a postgres:// URL without its password (in the user part or as a
 * `password=` parameter). Parsed as a URL, so a password holding "@" is hidden whole.
 */
export function hidePassword(location: string): string {
  if (!/^postgres(ql)?:\/\//i.test(location)) return location;
  try {
    const url = new URL(location);
    if (url.password) url.password = "***";
    for (const key of [...url.searchParams.keys()])
      if (/^pass(word)?$/i.test(key)) url.searchParams.set(key, "***");
    return url.toString();
  } catch {
    // Not a URL the driver could use either: hide everything before the last "@" of the authority.
    return location.replace(/^([a-z]+:\/\/)[^?#]*@/i, "$1***@");
  }
}

/** A workspace another process keeps busy: the person's situation, not a bug. */
function busy(): InputError {
  return new InputError(
    "workspace-busy",
    "the workspace is busy: another debrief has been writing to it for over a minute",
    "try again in a moment",
  );
}

/** Whether an error is the workspace being busy (the server answers 503 to it). */
export function isWorkspaceBusy(e: unknown): boolean {
  return e instanceof WorkspaceBusy;
}

/** Opens the workspace for a long-running process (the server): the caller closes it. */
export async function openWorkspace(env: Record<string, string | undefined>, now: string): Promise<Store> {
  const { location } = workspaceLocation(env);
  try {
    return await openStore(location, now);
  } catch (e) {
    if (e instanceof WorkspaceBusy) throw busy();
    const message = e instanceof Error ? e.message : String(e);
    throw new InputError(
      "workspace-unavailable",
      `cannot open the workspace at ${hidePassword(location)}: ${message}`,
      "check DEBRIEF_DATABASE_URL or DEBRIEF_HOME (`debrief where` prints where it is)",
    );
  }
}

export type { Store };
export { closeStore };
