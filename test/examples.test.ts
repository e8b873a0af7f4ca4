/**
 * The examples a newcomer runs first (examples/): every one is complete, reads without a skipped file
 * or a warning, and gives the read its README promises, with the command its README prints.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { Io } from "../src/cli/io.js";
import { run } from "../src/cli/main.js";

const EXAMPLES = join(import.meta.dirname, "..", "examples");
const FOLDERS = readdirSync(EXAMPLES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

async function debrief(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: "", stderr: "" };
  const io: Io = {
    stdin: Readable.from([]),
    stdout: { write: (s: string) => (out.stdout += s) },
    stderr: { write: (s: string) => (out.stderr += s) },
    env: { NO_COLOR: "1" },
    now: () => new Date("2030-01-01T00:00:00Z"),
  };
  const code = await run(argv, io);
  return { code, ...out };
}

/** What a README promises: the command it prints and the band it says that command reads. */
function promise(folder: string): { now: string; band: string } {
  const readme = readFileSync(join(EXAMPLES, folder, "README"), "utf8");
  const command = new RegExp(`debrief analyze examples/${folder} --now (\\S+)`).exec(readme);
  const band = /It reads (STRONG|PROMISING|MIXED|WEAK)\b/.exec(readme);
  if (!command?.[1] || !band?.[1]) throw new Error(`${folder}/README names no command or no read`);
  return { now: command[1], band: band[1].toLowerCase() };
}

describe("examples", () => {
  it("there is a strong, a mixed and a weak one", () => {
    expect(FOLDERS.map((f) => promise(f).band).sort()).toEqual(["mixed", "strong", "weak"]);
  });

  it.each(FOLDERS)("%s has every kind of file a case folder holds", (folder) => {
    const dir = join(EXAMPLES, folder);
    for (const file of ["notes.md", "transcript.vtt", "invite.ics", "context.json", "README"])
      expect(existsSync(join(dir, file)), file).toBe(true);
    expect(readdirSync(join(dir, "emails")).filter((f) => f.endsWith(".eml")).length).toBe(2);
    expect(() => JSON.parse(readFileSync(join(dir, "context.json"), "utf8"))).not.toThrow();
  });

  it.each(FOLDERS)("%s reads as its README says, with nothing skipped", async (folder) => {
    const { now, band } = promise(folder);
    const human = await debrief(["analyze", join(EXAMPLES, folder), "--now", now]);
    expect(human.code).toBe(0);
    expect(human.stderr).toBe("");
    expect(human.stdout.split("\n")[0]).toContain(`Read: ${band.toUpperCase()}`);
    const json = await debrief(["analyze", join(EXAMPLES, folder), "--now", now, "--json"]);
    const read = JSON.parse(json.stdout) as {
      read: { band: string };
      signals: { evidence: unknown[] }[];
      skipped?: unknown[];
    };
    expect(read.read.band).toBe(band);
    expect(read.signals.length).toBeGreaterThanOrEqual(3);
    expect(read.skipped ?? []).toEqual([]);
  });

  it("the index names every example with its read", () => {
    const index = readFileSync(join(EXAMPLES, "README.md"), "utf8");
    for (const folder of FOLDERS)
      expect(index).toMatch(new RegExp(`\`${folder}\`.*\\| ${promise(folder).band} \\|`));
  });
});
