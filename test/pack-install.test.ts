/**
 * The package as someone installs it: built, packed with `npm pack`, installed from the tarball into an
 * empty folder with `npm install --prefix DIR --offline`, then used twice, as a command (`debrief analyze`
 * on the example it ships) and as a library (an ESM script and a typed TypeScript one).
 *
 * Offline: installing a tarball makes npm resolve its dependencies' version ranges, which needs the
 * registry's metadata; the local cache holds the tarballs `npm ci` fetched but not that metadata. So
 * the install folder gets a lockfile made from this repository's (the same versions `npm ci` installed,
 * dev dependencies left out), and npm takes every tarball from the cache by its integrity.
 *
 * The native part: installing runs better-sqlite3's build (about a minute of C++ on this machine), so
 * the install skips install scripts and the better_sqlite3.node that `npm ci` built here, for this Node,
 * is copied in; the workspace commands are then run from the installed package too.
 */
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleCli } from "../scripts/bundle-cli.js";

const REPO = join(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as {
  name: string;
  version: string;
  license: string;
  bin: Record<string, string>;
  engines: Record<string, string>;
  dependencies: Record<string, string>;
  files: string[];
};
const STRONG_NOW = "2026-03-04T18:00:00Z";

let tmp = "";
let app = "";
let installed = "";

/** Runs a program to the end and returns its standard output; a failure throws with its stderr. */
function runFile(
  file: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): string {
  return execFileSync(file, args, {
    cwd: options.cwd,
    env: {
      ...process.env,
      NO_COLOR: "1",
      npm_config_fund: "false",
      npm_config_audit: "false",
      ...options.env,
    },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * The package's folder as `npm run build` leaves it: what `files` names, and dist/ built from src/ (tsc,
 * then the CLI's bundle and its code cache; the dashboard is left out).
 */
async function stagePackage(stage: string): Promise<void> {
  mkdirSync(stage, { recursive: true });
  for (const entry of ["package.json", "README.md", "LICENSE", "bin", "examples"])
    cpSync(join(REPO, entry), join(stage, entry), { recursive: true });
  runFile(
    process.execPath,
    [
      join(REPO, "node_modules/typescript/bin/tsc"),
      "-p",
      "tsconfig.build.json",
      "--outDir",
      join(stage, "dist"),
    ],
    { cwd: REPO },
  );
  // The bundle is made from, and its code cache written by a run on, the packages installed here.
  symlinkSync(join(REPO, "node_modules"), join(stage, "node_modules"), "dir");
  try {
    await bundleCli(join(stage, "dist"));
  } finally {
    unlinkSync(join(stage, "node_modules"));
  }
}

/** A lockfile for a folder that depends on the tarball alone: this repository's runtime dependencies. */
function lockFor(tarball: string): unknown {
  const lock = JSON.parse(readFileSync(join(REPO, "package-lock.json"), "utf8")) as {
    packages: Record<string, { dev?: boolean }>;
  };
  const packages: Record<string, unknown> = {
    "": { name: "try-debrief", dependencies: { [pkg.name]: `file:${tarball}` } },
    [`node_modules/${pkg.name}`]: {
      version: pkg.version,
      resolved: `file:${tarball}`,
      license: pkg.license,
      dependencies: pkg.dependencies,
      bin: pkg.bin,
      engines: pkg.engines,
    },
  };
  for (const [path, entry] of Object.entries(lock.packages))
    if (path !== "" && !entry.dev) packages[path] = entry;
  return { name: "try-debrief", lockfileVersion: 3, requires: true, packages };
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "debrief-pack-"));
  const stage = join(tmp, "stage");
  await stagePackage(stage);
  const packed = JSON.parse(
    runFile("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", tmp], { cwd: stage }),
  ) as { filename: string; files: { path: string }[] }[];
  const tarball = join(tmp, packed[0]?.filename ?? "missing.tgz");
  app = join(tmp, "app");
  mkdirSync(app);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "try-debrief", private: true, dependencies: { [pkg.name]: `file:${tarball}` } }),
  );
  writeFileSync(join(app, "package-lock.json"), JSON.stringify(lockFor(tarball), null, 1));
  runFile("npm", ["install", "--prefix", app, "--offline", "--ignore-scripts", "--no-audit", "--no-fund"], {
    cwd: app,
  });
  installed = join(app, "node_modules", pkg.name);
  // better-sqlite3's native module, as `npm ci` built it for this Node (see the note at the top).
  const built = join(dirname(createRequire(import.meta.url).resolve("better-sqlite3/package.json")), "build");
  cpSync(built, join(app, "node_modules", "better-sqlite3", "build"), { recursive: true });
  writeFileSync(join(tmp, "files.json"), JSON.stringify(packed[0]?.files.map((f) => f.path) ?? []));
}, 300_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("holds the command, the built library with its types and the examples, and no sources or tests", () => {
    const files = JSON.parse(readFileSync(join(tmp, "files.json"), "utf8")) as string[];
    for (const f of [
      "bin/debrief.js",
      "dist/library.js",
      "dist/library.d.ts",
      "dist/cli/main.js",
      "dist/cli/debrief.cjs",
      "dist/cli/debrief.cjs.cache",
      "LICENSE",
    ])
      expect(files).toContain(f);
    expect(files.some((f) => f.startsWith("examples/strong-product-designer/"))).toBe(true);
    expect(files.filter((f) => f.startsWith("src/") || f.startsWith("test/") || f.endsWith(".map"))).toEqual(
      [],
    );
    expect(files.filter((f) => f.includes(".test."))).toEqual([]);
  });

  it("installs offline with its command on the PATH of npm's bin folder", () => {
    const bin = join(app, "node_modules", ".bin", "debrief");
    expect(existsSync(bin)).toBe(true);
    expect(runFile(bin, ["--version"], { cwd: tmp }).trim()).toBe(pkg.version);
  });

  it("`debrief analyze` reads the example it ships", () => {
    const out = runFile(
      join(app, "node_modules", ".bin", "debrief"),
      ["analyze", join(installed, "examples", "strong-product-designer"), "--now", STRONG_NOW, "--json"],
      { cwd: tmp },
    );
    const read = JSON.parse(out) as { read: { band: string }; signals: { id: string }[] };
    expect(read.read.band).toBe("strong");
    expect(read.signals.map((s) => s.id)).toContain("ran-long");
  });

  it("the workspace commands run from the installed package (the native module loads)", () => {
    const env = { DEBRIEF_HOME: join(tmp, "home") };
    const bin = join(app, "node_modules", ".bin", "debrief");
    runFile(bin, ["add", join(installed, "examples", "weak-support-lead"), "--now", "2026-03-16T09:00:00Z"], {
      cwd: tmp,
      env,
    });
    const list = JSON.parse(
      runFile(bin, ["list", "--json", "--now", "2026-03-16T09:00:00Z"], { cwd: tmp, env }),
    ) as { company: string; read?: { band: string } }[];
    expect(list.map((a) => [a.company, a.read?.band])).toEqual([["Tidewell Outdoor", "weak"]]);
  });

  it("imports as a library from an ESM script: each step, and the whole read", () => {
    const script = join(app, "try.mjs");
    writeFileSync(
      script,
      `import { analyzeCase, analyzeInterview, draftThankYou, planFollowUps, readCaseFiles, toContractJson } from ${JSON.stringify(pkg.name)};
const dir = ${JSON.stringify(join(installed, "examples", "strong-product-designer"))};
const now = ${JSON.stringify(STRONG_NOW)};
const whole = toContractJson(await analyzeCase([dir], { now }));
const files = await readCaseFiles([dir]);
const analysis = analyzeInterview({ docs: files.docs, now, ...(files.context ? { context: files.context } : {}) });
const plan = planFollowUps({ docs: files.docs, analysis, now });
const drafts = draftThankYou({ docs: files.docs, analysis });
console.log(JSON.stringify({ whole: whole.read.band, steps: analysis.read.band, actions: plan.actions.map((a) => a.kind), to: drafts.map((d) => d.to.name) }));
`,
    );
    const out = JSON.parse(runFile(process.execPath, [script], { cwd: app })) as {
      whole: string;
      steps: string;
      actions: string[];
      to: string[];
    };
    expect(out).toMatchObject({ whole: "strong", steps: "strong" });
    expect(out.actions).toContain("prepare-next-round");
    expect(out.to).toContain("Tobias Reyes");
  });

  it("its types resolve through `exports` for a TypeScript user", () => {
    const file = join(app, "typed.mts");
    writeFileSync(
      file,
      `import { analyzeCase, type Band, type ContractJson, toContractJson } from ${JSON.stringify(pkg.name)};
const read: ContractJson = toContractJson(await analyzeCase(["x"], { now: "2026-03-04T18:00:00Z" }));
const band: Band = read.read.band;
// @ts-expect-error: a band is one of four words
const wrong: Band = "great";
export { band, wrong };
`,
    );
    const tsc = join(REPO, "node_modules/typescript/bin/tsc");
    const args = [tsc, "--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext"];
    args.push("--target", "es2022", "--skipLibCheck", file);
    expect(() => runFile(process.execPath, args, { cwd: app })).not.toThrow();
  });
});
