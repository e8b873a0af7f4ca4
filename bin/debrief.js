#!/usr/bin/env node
// The installed `debrief` command. It runs the CLI as `npm run build` bundles it, one CommonJS file
// (dist/cli/debrief.cjs, see scripts/bundle-cli.ts), compiled from the V8 code cache the build wrote
// beside it (dist/cli/debrief.cjs.cache) when this Node's V8 takes it, so most of the CLI's code is not
// parsed and compiled again at every start. Without the bundle, or with one older than the compiled ES
// modules (dist/ built again by tsc alone), it runs the compiled ES modules.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";

// A command runs for a fraction of a second: V8 optimises a function only after 16 times its usual
// budget of work in it, so a short run does not spend its CPU compiling optimised code it barely uses
// (a 90-minute transcript's read: about a fifth less CPU); long runs still get their hot code optimised.
setFlagsFromString("--interrupt-budget=1048576");

const bundle = fileURLToPath(new URL("../dist/cli/debrief.cjs", import.meta.url));
const cacheFile = `${bundle}.cache`;
let source;
try {
  // The build writes the bundle after tsc; npm's tarballs give every file one date.
  const modules = statSync(new URL("../dist/cli/main.js", import.meta.url), { throwIfNoEntry: false });
  source = modules && modules.mtimeMs > statSync(bundle).mtimeMs ? undefined : readFileSync(bundle, "utf8");
} catch {
  source = undefined;
}
if (source === undefined) {
  const { main } = await import("../dist/cli/main.js");
  await main();
} else {
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // V8 checks the cache against its own version and flags and rejects one that does not fit; the build
  // writes the bundle and its cache together (a stale cache of the same length would be taken).
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    cachedData ? { filename: bundle, cachedData } : { filename: bundle },
  );
  const module = { exports: {} };
  script
    .runInThisContext()
    .call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  // The build runs the command once with this set, to write the code compiled in that run as the cache.
  if (process.env.DEBRIEF_WRITE_CODE_CACHE === "1")
    process.once("exit", () => writeFileSync(cacheFile, script.createCachedData()));
  await module.exports.main();
}
