import { randomBytes } from "node:crypto";
import { lstat, open, readlink, realpath, rename, rm, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { InputError } from "./input-error.js";

/** Private by default: an export holds transcripts and mail. */
const PRIVATE_FILE = 0o600;

/**
 * Writes next to the target, syncs and renames, so a crash never leaves half a file where the export was.
 * A link is written through, deliberately: the file it points at is replaced, the link stays. A file
 * that is there keeps its permissions; a new one is readable by its owner only. Anything but a
 * regular file (a device, a FIFO, a folder) is refused, never replaced.
 */
export async function writeFileAtomically(
  path: string,
  content: string | ((write: (text: string) => Promise<void>) => Promise<void>),
): Promise<void> {
  const target = await resolveTarget(path);
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isFile())
    throw new InputError("not-a-file", `${JSON.stringify(path)} is not a regular file; it was left alone`);
  const mode = existing ? existing.mode & 0o777 : PRIVATE_FILE;
  const temp = join(dirname(target), `.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const file = await open(temp, "wx", mode);
    try {
      // Given a producer, the text is written a piece at a time as it is made: any size, little memory.
      if (typeof content === "string") await file.writeFile(content);
      else
        await content(async (text) => {
          await file.writeFile(text);
        });
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

/** The file a path names: a link's target (however many links), or the path itself. */
async function resolveTarget(path: string): Promise<string> {
  const info = await lstat(path).catch(() => undefined);
  if (!info?.isSymbolicLink()) return path;
  // A dangling link: write where it points.
  return realpath(path).catch(async () => {
    const to = await readlink(path);
    return to.startsWith("/") ? to : join(dirname(path), to);
  });
}
