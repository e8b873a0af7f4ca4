#!/usr/bin/env node
// The installed `debrief` command: runs the built CLI (npm run build writes dist/).
import { main } from "../dist/cli/main.js";

await main();
