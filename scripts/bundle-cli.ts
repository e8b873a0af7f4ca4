/**
 * `tsx scripts/bundle-cli.ts [dist]` (part of `npm run build`): the compiled CLI (dist/cli/main.js and
 * everything it imports) bundled by esbuild into one CommonJS file, dist/cli/debrief.cjs, which
 * bin/debrief.js runs.
 *
 * Why, measured with `npm run bench -- --only startup` (CPU of `debrief analyze` on a one-line note): as
 * some 190 ES modules, the command spent about a quarter of its start-up finding, reading, compiling and
 * linking modules, and Node's ESM loader scans every CommonJS package it imports for its exports (the
 * VADER lexicon's bundle alone took 20 ms of that). One CommonJS file is read once, and the packages it
 * leaves outside are loaded with `require`, without the scan. The commands still load only what they use:
 * esbuild keeps each `import()` lazy (the module's code runs only when the command asks for it).
 *
 * The bundle sits beside the compiled CLI so that its relative paths hold: `../../package.json` (the
 * version) and `../../examples` from dist/cli, the dashboard at dist/web. The server's analysis worker
 * is a file of its own, started by URL beside the code that starts it: a one-line dist/cli/analysis-worker.js
 * loads the compiled one. The library (dist/library.js) is the compiled ES modules, not this bundle.
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";

/**
 * Packages left outside the bundle, loaded with `require` from the installed node_modules, each by its
 * CommonJS entry: native code (better-sqlite3), packages that read their own files at run time (wink's
 * model its JSON, pg its optional native binding), large CommonJS files the bundle gains nothing from
 * (wink-nlp, VADER, node-ical), and the packages only the workspace, the server or mail need (zod,
 * kysely, hono…): inside, they doubled the file that every start reads and `--version` took 90 ms rather
 * than 70. chrono-node (51 ES modules), commander, picocolors and @clack/prompts are bundled.
 */
export const OUTSIDE_THE_BUNDLE = [
  "better-sqlite3",
  "pg",
  "wink-nlp",
  "wink-eng-lite-web-model",
  "vader-sentiment",
  "node-ical",
  "zod",
  "kysely",
  "hono",
  "@hono/node-server",
  "@streamparser/json",
  "postal-mime",
];

/** The example the code cache is written from, and the moment its README reads it at. */
const EXAMPLE = ["examples", "strong-product-designer"];
const EXAMPLE_NOW = "2026-03-04T18:00:00Z";

/**
 * Bundles dist/cli/main.js into dist/cli/debrief.cjs, then writes its V8 code cache by running bin/debrief.js
 * (beside dist/) once on the example: the cache holds the code compiled in that run, the functions an
 * `analyze` calls. Without the example, or if that run fails, there is no cache and the bin compiles as usual.
 */
export async function bundleCli(dist: string): Promise<void> {
  const cache = join(dist, "cli", "debrief.cjs.cache");
  rmSync(cache, { force: true });
  await build({
    entryPoints: [join(dist, "cli", "main.js")],
    outfile: join(dist, "cli", "debrief.cjs"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: OUTSIDE_THE_BUNDLE,
    // import.meta.url is the bundle's own URL, so paths relative to dist/cli/ hold.
    define: { "import.meta.url": "__debriefModuleUrl" },
    banner: { js: 'const __debriefModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    // The server's import.meta.resolve (the tsx loader, only when it runs as TypeScript) is never reached.
    logOverride: { "empty-import-meta": "silent" },
    logLevel: "warning",
  });
  writeFileSync(
    join(dist, "cli", "analysis-worker.js"),
    '// The server\'s analysis worker, started by URL beside the bundle (dist/cli/debrief.cjs).\nimport "../server/analysis-worker.js";\n',
  );
  const root = join(dist, "..");
  const example = join(root, ...EXAMPLE);
  if (!existsSync(example)) return;
  const run = spawnSync(
    process.execPath,
    [join(root, "bin", "debrief.js"), "analyze", example, "--now", EXAMPLE_NOW],
    { env: { ...process.env, DEBRIEF_WRITE_CODE_CACHE: "1", NO_COLOR: "1" }, encoding: "utf8" },
  );
  if (run.status !== 0) {
    rmSync(cache, { force: true });
    throw new Error(`the bundled CLI failed on ${example}:\n${run.stderr}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, "bundle-cli.ts"))
  await bundleCli(resolve(process.argv[2] ?? join(import.meta.dirname, "..", "dist")));
