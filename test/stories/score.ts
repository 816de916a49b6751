/**
 * A scorer with the same matching rules as ../shared/eval/score.mjs, so the labelled stories are scored
 * in the suite even where ../shared is absent.
 */
import fs from "node:fs";
import path from "node:path";
import type { Report, ReportConflict } from "../../src/report/types.js";

export interface Side { value: number | string; files: string[] }
export interface GoldEntry { id: string; sides: [Side, Side] }
export interface Gold { conflicts: GoldEntry[]; allowed?: GoldEntry[] }

const norm = (s: unknown) => String(s).toLowerCase().replace(/[^\p{L}\p{N}.\- ]/gu, " ").replace(/\s+/g, " ").trim();

function valueMatches(reported: number | string, gold: number | string): boolean {
  if (typeof gold === "number") {
    const v = typeof reported === "number" ? reported : Number(reported);
    if (!Number.isFinite(v)) return false;
    const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
    return close(v, gold) || close(v * 100, gold) || close(v / 100, gold);
  }
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(gold)) return String(reported).startsWith(gold);
  return norm(reported) === norm(gold);
}

/** `fileOf` maps a mention path to [story, file name]. */
function matches(c: ReportConflict, entry: GoldEntry, story: string, fileOf: (p: string) => [string, string]): boolean {
  const side = (g: ReportConflict["values"][number], s: Side) =>
    valueMatches(g.value, s.value) && g.mentions.some((m) => {
      const [st, f] = fileOf(m.path);
      return st === story && s.files.includes(f);
    });
  return c.values.some((a, i) => c.values.some((b, j) => i !== j && side(a, entry.sides[0]) && side(b, entry.sides[1])));
}

export function score(report: Report, stories: { name: string; gold: Gold }[], fileOf: (p: string) => [string, string]) {
  let tp = 0;
  let fp = 0;
  const found = new Set<string>();
  const fps: string[] = [];
  for (const c of report.conflicts) {
    let hit: string | undefined;
    let allowed = false;
    for (const { name, gold } of stories) {
      for (const g of gold.conflicts) if (!hit && matches(c, g, name, fileOf)) hit = `${name}/${g.id}`;
      for (const a of gold.allowed ?? []) if (matches(c, a, name, fileOf)) allowed = true;
    }
    if (hit && !found.has(hit)) {
      found.add(hit);
      tp++;
      continue;
    }
    if (allowed || c.severity === "info") continue;
    fp++;
    fps.push(`${c.message}`);
  }
  const total = stories.reduce((n, s) => n + s.gold.conflicts.length, 0);
  const missed = stories.flatMap(({ name, gold }) => gold.conflicts.filter((g) => !found.has(`${name}/${g.id}`)).map((g) => `${name}/${g.id}`));
  return { tp, fp, fn: total - tp, fps, missed };
}

export const STORIES_DIR = path.resolve(__dirname, "../../fixtures/stories");

export function listStories(): { name: string; dir: string; gold: Gold }[] {
  return fs.readdirSync(STORIES_DIR).filter((n) => fs.existsSync(path.join(STORIES_DIR, n, "gold.json"))).sort().map((name) => ({
    name,
    dir: path.join(STORIES_DIR, name),
    gold: JSON.parse(fs.readFileSync(path.join(STORIES_DIR, name, "gold.json"), "utf8")) as Gold,
  }));
}
