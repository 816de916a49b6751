// One measured claimcheck run in a fresh process: prints {ms, maxRssMb, files, claims, conflicts} as JSON.
// usage: node bench/measure.mjs LISTFILE|DIR [--cache DIR]
import fs from "node:fs";
import { check } from "../dist/index.js";

const [target, flag, cacheDir] = process.argv.slice(2);
const paths = fs.statSync(target).isDirectory() ? [target] : fs.readFileSync(target, "utf8").split("\n").filter(Boolean);
const t0 = performance.now();
const report = await check(paths, flag === "--cache" ? { cache: true, cacheLocation: cacheDir } : {});
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, files: report.summary.files, claims: report.summary.claims, conflicts: report.summary.conflicts }));
