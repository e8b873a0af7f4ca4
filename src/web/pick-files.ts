import { messageOf } from "./api.js";

/** The API's limit for one file. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A file the person gave, as the API takes it. */
export interface Picked {
  name: string;
  size: number;
  base64: string;
}

export function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Reads dropped or chosen files; those too large or unreadable are named in `problems`. */
export async function pickFiles(list: FileList | null): Promise<{ picked: Picked[]; problems: string[] }> {
  const problems: string[] = [];
  const picked: Picked[] = [];
  for (const file of Array.from(list ?? [])) {
    if (file.size > MAX_FILE_BYTES) {
      problems.push(`${file.name} is over 10 MB`);
      continue;
    }
    try {
      picked.push({ name: file.name, size: file.size, base64: toBase64(await file.arrayBuffer()) });
    } catch (e) {
      problems.push(`${file.name}: ${messageOf(e)}`);
    }
  }
  return { picked, problems };
}
