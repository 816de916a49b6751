// npm run bench [-- CORPUS] : claimcheck against a bare compromise parse of the same files, side by side.
// Prints MB/s, articles/s, peak RSS, the speed-up, 1x/4x scaling and the cached re-run. Not a test: it takes minutes.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(process.argv[2] ?? path.join(here, "../../shared/corpus"));
if (!fs.existsSync(corpus)) {
  console.error(`bench: corpus not found at ${corpus} (give its path: npm run bench -- PATH)`);
  process.exit(2);
}
const files = [];
const walk = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(txt|text|md|markdown|html?)$/i.test(e.name)) files.push(p);
  }
};
walk(corpus);
const mb = files.reduce((n, f) => n + fs.statSync(f).size, 0) / 1e6;
const cores = os.availableParallelism?.() ?? os.cpus().length;
console.log(`corpus ${corpus}: ${files.length} articles, ${mb.toFixed(1)} MB, ${cores} cores, node ${process.version}`);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-bench-"));
const list = (name, subset) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, subset.join("\n"));
  return file;
};
const measure = (target, ...extra) => JSON.parse(execFileSync(process.execPath, [path.join(here, "measure.mjs"), target, ...extra], { encoding: "utf8", maxBuffer: 1 << 26 }));
const line = (label, r, n, size) =>
  console.log(`${label.padEnd(28)} ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${(size / (r.ms / 1000)).toFixed(2).padStart(6)} MB/s  ${Math.round(n / (r.ms / 1000)).toString().padStart(6)} articles/s  peak RSS ${Math.round(r.maxRssMb)} MB`);

const quarter = files.filter((_, i) => i % 4 === 0);
const quarterMb = quarter.reduce((n, f) => n + fs.statSync(f).size, 0) / 1e6;
const full = measure(corpus);
line("claimcheck (all)", full, files.length, mb);
const small = measure(list("quarter.txt", quarter));
line("claimcheck (1/4 sample)", small, quarter.length, quarterMb);
const cacheDir = path.join(tmp, "cache");
measure(corpus, "--cache", cacheDir);
const cached = measure(corpus, "--cache", cacheDir);
line("claimcheck (cached re-run)", cached, files.length, mb);

// The baseline, on all cores too: nlp(text) of every file.
const pool = new Piscina({ filename: path.join(here, "nlp-worker.mjs"), maxThreads: cores, minThreads: cores });
const t0 = performance.now();
const batches = [];
for (let i = 0; i < files.length; i += 200) batches.push(files.slice(i, i + 200));
await Promise.all(batches.map((b) => pool.run(b)));
const nlpMs = performance.now() - t0;
await pool.destroy();
line("bare compromise nlp(text)", { ms: nlpMs, maxRssMb: process.resourceUsage().maxRSS / 1024 }, files.length, mb);

console.log(`speed-up over the bare parse: ${(nlpMs / full.ms).toFixed(1)}x`);
console.log(`scaling: 4x the articles took ${(full.ms / small.ms).toFixed(2)}x the time (target <= 4.5x)`);
console.log(`result: ${full.claims} claims, ${full.conflicts} conflicts`);
fs.rmSync(tmp, { recursive: true, force: true });
