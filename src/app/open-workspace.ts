import { homedir } from "node:os";
import { join } from "node:path";
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
  const { location } = workspaceLocation(env);
  let store: Store;
  try {
    store = await openStore(location, now);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new InputError(
      "workspace-unavailable",
      `cannot open the workspace at ${location.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@")}: ${message}`,
      "check DEBRIEF_DATABASE_URL or DEBRIEF_HOME (`debrief where` prints where it is)",
    );
  }
  try {
    return await work(store);
  } finally {
    await closeStore(store);
  }
}
