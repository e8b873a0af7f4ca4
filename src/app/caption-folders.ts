import { realpath, stat } from "node:fs/promises";
import { isAbsolute, resolve, sep } from "node:path";
import { InputError } from "./input-error.js";

/**
 * The folders a server may follow caption files in: only those the user named when starting it
 * (`debrief serve --captions DIR`). Anything that can reach the API (any program on this machine,
 * on loopback) could otherwise make the server read any file the user can read. A path is taken
 * only when its real path (every link resolved) lies inside one of them, and when it is a regular
 * file: never a FIFO, a device or a socket.
 */
export interface CaptionFolders {
  /** The folders' real paths. */
  readonly roots: readonly string[];
}

const HOW_TO_ALLOW =
  "start the server with debrief serve --captions <folder> (the folder the meeting tool writes captions to), or paste the captions";

/** The named folders, each resolved to its real path; a clear error for one that is not a folder. */
export async function resolveCaptionFolders(dirs: readonly string[]): Promise<CaptionFolders> {
  const roots: string[] = [];
  for (const dir of dirs) {
    const real = await realpath(resolve(dir)).catch(() => undefined);
    const info = real === undefined ? undefined : await stat(real).catch(() => undefined);
    if (real === undefined || !info?.isDirectory())
      throw new InputError("bad-captions", `--captions ${JSON.stringify(dir)} is not a folder`);
    if (real === sep)
      throw new InputError(
        "bad-captions",
        "--captions / would let the server read every file",
        "name the folder the meeting tool writes captions to",
      );
    roots.push(real);
  }
  return { roots };
}

/** True when `real` (a real path) lies strictly inside one of the roots. */
export function isInside(real: string, roots: readonly string[]): boolean {
  return roots.some((root) => real.startsWith(root.endsWith(sep) ? root : root + sep));
}

/**
 * The real path of a caption file the API was asked to follow: relative paths are taken from the
 * first folder. Refused (403) when no folder was named or when it lies outside
 * them; a clear error when it is missing or is not a regular file.
 */
export async function resolveCaptionPath(given: string, folders: CaptionFolders): Promise<string> {
  const [first] = folders.roots;
  if (first === undefined)
    throw new InputError("captions-not-allowed", "this server follows no caption files", HOW_TO_ALLOW, {
      status: 403,
    });
  const candidate = isAbsolute(given) ? given : resolve(first, given);
  const real = await realpath(candidate).catch(() => undefined);
  // A path outside is refused the same way whether or not it exists: the answer tells nothing of it.
  if (real === undefined ? !isInside(resolve(candidate), folders.roots) : !isInside(real, folders.roots))
    throw new InputError(
      "outside-captions",
      `${JSON.stringify(given)} is not in a caption folder this server was started with`,
      `the folders: ${folders.roots.join(", ")}`,
      { status: 403 },
    );
  if (real === undefined)
    throw new InputError(
      "not-found",
      `${JSON.stringify(given)}: no such file`,
      "give the caption file the meeting tool writes",
    );
  const info = await stat(real);
  if (!info.isFile()) throw new InputError("not-a-file", `${JSON.stringify(given)} is not a file`);
  return real;
}
