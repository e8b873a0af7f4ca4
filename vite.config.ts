import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/**
 * The dashboard: src/web built into dist/web, which `debrief serve` serves beside the API. Preact's JSX
 * through oxc (no Babel). No inline script anywhere: the server's CSP allows scripts from 'self' only.
 */
export default defineConfig({
  root: fileURLToPath(new URL("./src/web", import.meta.url)),
  base: "/",
  publicDir: false,
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: fileURLToPath(new URL("./dist/web", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    // The polyfill would be an inline script; every browser the dashboard supports has modulepreload.
    modulePreload: { polyfill: false },
  },
});
