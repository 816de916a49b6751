// node bench/grouping.mjs DIR... : how well claimcheck groups articles into stories, when each article's parent
// folder is its true story (fixtures/stories, ../shared/clusters/gva, ../shared/clusters/ecbplus). Prints pairwise
// precision and recall: of the article pairs put in one story, how many share a folder, and the reverse.
// A script, not a test (the clusters take a minute). Build first (npm run build).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const { check } = await import(path.join(here, "../dist/index.js"));
const dirs = process.argv.slice(2);
if (!dirs.length) {
  console.error("usage: node bench/grouping.mjs DIR... (each DIR holds one folder per true story)");
  process.exit(2);
}
for (const dir of dirs) {
  if (!fs.existsSync(dir)) {
    console.error(`grouping: ${dir} not found`);
    process.exitCode = 2;
    continue;
  }
  const report = await check([dir], {});
  const items = report.sources.map((s) => [path.basename(path.dirname(s.path)), s.story]);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const same = items[i][0] === items[j][0];
      const together = items[i][1] === items[j][1];
      if (same && together) tp++;
      else if (together) fp++;
      else if (same) fn++;
    }
  }
  const truth = new Set(items.map((x) => x[0])).size;
  const found = new Set(items.map((x) => x[1])).size;
  const ratio = (a, b) => (b ? (a / b).toFixed(3) : "n/a");
  console.log(`${dir}: ${items.length} articles, ${truth} true stories, ${found} found; pair precision ${ratio(tp, tp + fp)}, pair recall ${ratio(tp, tp + fn)}`);
}
