// Real coverage check (not a test): runs claimcheck on every cluster of ../shared/clusters alone and prints one
// line per conflict at warning or above, then the count. Diff two runs to read what a change did.
// usage: npm run build && node bench/clusters.mjs [CLUSTERS_DIR] > /tmp/clusters.txt
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { check } from "../dist/index.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(process.argv[2] ?? path.join(here, "../../shared/clusters"));
if (!fs.existsSync(root)) {
  console.error(`clusters: not found at ${root} (give its path: node bench/clusters.mjs PATH)`);
  process.exit(2);
}
const dirs = [];
for (const set of fs.readdirSync(root).sort()) {
  const p = path.join(root, set);
  if (!fs.statSync(p).isDirectory()) continue;
  for (const c of fs.readdirSync(p).sort()) if (fs.statSync(path.join(p, c)).isDirectory()) dirs.push(path.join(p, c));
}
let n = 0;
for (const d of dirs) {
  const report = await check([d], { cwd: d, jobs: 1 });
  for (const c of report.conflicts) {
    if (c.severity === "info") continue;
    n++;
    const vals = c.values.map((v) => `${v.value}${v.unit ? " " + v.unit : ""} [${v.mentions.map((m) => `${m.path}:${m.line}`).join(",")}]`).join(" | ");
    console.log(`${path.relative(root, d)}\t${c.severity}\t${c.kind}\t${c.subject}\t${c.measure ?? ""}\t${vals}`);
  }
}
console.log(`total warning+ ${n} in ${dirs.length} clusters`);
