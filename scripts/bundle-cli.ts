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
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { build, type Plugin } from "esbuild";

/**
 * Packages left outside the bundle, loaded with `require` from the installed node_modules, each by its
 * CommonJS entry: native code (better-sqlite3), pg (it reads its optional native binding at run time), large CommonJS files the bundle gains nothing from
 * (wink-nlp, VADER, node-ical), and the packages only the workspace, the server or mail need (zod,
 * kysely, hono…): inside, they doubled the file that every start reads and `--version` took 90 ms rather
 * than 70. chrono-node (51 ES modules), commander, picocolors and @clack/prompts are bundled, and so is
 * the code of wink's English model, its JSON files left outside (see `readModelOnce`).
 */
export const OUTSIDE_THE_BUNDLE = [
  "better-sqlite3",
  "pg",
  "wink-nlp",
  "vader-sentiment",
  "node-ical",
  "zod",
  "kysely",
  "hono",
  "@hono/node-server",
  "@streamparser/json",
  "postal-mime",
];

/** wink-eng-lite-web-model 1.8.1's dist/read-core-model.js, which `readModelOnce` replaces when it is this. */
const WINK_READER_SHA256 = "46bbcde837c8a6eeae97ebd0bfd48e47b98f362409dfc2fa9821703a3d88df31";

/**
 * wink's model reader as the package has it, less the deep copy of the model's 3 MB of JSON (a
 * `JSON.parse(JSON.stringify(…))` kept so the package's reader can be called again) and with the lexicon
 * decoded by Buffer rather than byte by byte: the CLI reads the model once per process (src/core/text/nlp.ts,
 * at load). Every step and value is the package's; reading it a second time is refused, since the JSON it
 * read is now the model. Measured: loading wink and its model 85 → 65 ms of CPU, 11 MB less heap.
 */
const READ_MODEL_ONCE = `const originalModel = require("./languages/cur/models/eng-core-web-model.json");
const bufferFromBase64 = function (data) {
  const bytes = Buffer.from(data, "base64");
  const out = new ArrayBuffer(bytes.length);
  new Uint8Array(out).set(bytes);
  return out;
};
let isRead = false;
const readModel = function () {
  if (isRead) throw new Error("debrief's bundle reads wink's model once per process");
  isRead = true;
  const model = originalModel;
  const packing = model.packing, featuresData = model.features, pos = model.pos;
  model.lexicon = new Uint32Array(bufferFromBase64(model.lexicon));
  model.xpansions = new Uint32Array(bufferFromBase64(model.xpansions));
  for (const f in model.packing.layout)
    if (0 === packing.layout[f][3]) {
      featuresData[f].hash = Object.create(null);
      for (let k = 0; k < featuresData[f].list.length; k += 1) featuresData[f].hash[featuresData[f].list[k]] = k;
    }
  featuresData.lexeme.hash = Object.create(null);
  for (let k = 0; k < featuresData.lexeme.list.length; k += 1) featuresData.lexeme.hash[featuresData.lexeme.list[k]] = k;
  const clusters = featuresData.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set(clusters[k].split("_").map((e) => pos.hash[e] || 0));
  return model;
};
module.exports = readModel;
`;

/**
 * Bundles three files of wink-eng-lite-web-model, its entry and the two that read the core model, with
 * the reader replaced by READ_MODEL_ONCE (only when the installed reader is the one it was written from;
 * otherwise the package's own is kept, with a warning). Everything else they require (the JSON models,
 * the lemmatiser's exception lists…) stays outside, required from the installed package by its path there.
 */
const readModelOnce: Plugin = {
  name: "wink-model-read-once",
  setup(b) {
    const inPackage = `${sep}node_modules${sep}wink-eng-lite-web-model${sep}`;
    const bundled = new Set(["dist/load-core-model.js", "dist/read-core-model.js"]);
    b.onResolve({ filter: /^\./ }, (args) => {
      const at = args.importer.lastIndexOf(inPackage);
      if (at < 0) return undefined;
      const root = args.importer.slice(0, at + inPackage.length);
      const file = relative(root, resolve(args.resolveDir, args.path)).split(sep).join("/");
      return bundled.has(file) ? undefined : { path: `wink-eng-lite-web-model/${file}`, external: true };
    });
    b.onLoad({ filter: /read-core-model\.js$/ }, (args) => {
      if (!args.path.includes(inPackage)) return undefined;
      const original = readFileSync(args.path);
      if (createHash("sha256").update(original).digest("hex") !== WINK_READER_SHA256)
        return {
          contents: original,
          loader: "js",
          warnings: [{ text: "wink's model reader is not the one READ_MODEL_ONCE replaces: kept as it is" }],
        };
      return { contents: READ_MODEL_ONCE, loader: "js", resolveDir: dirname(args.path) };
    });
  },
};

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
    plugins: [readModelOnce],
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
