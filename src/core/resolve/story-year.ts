/**
 * The year an undated story speaks from, read from its own figures: one source dates a figure by a relative
 * period and another dates the same figure by a year. "361 ship calls last year" beside "up from 361 in 2025" puts
 * the story in 2026; "412 this year" beside "412 in 2026" in 2026. A year is set only when every such pair in the
 * story points to it (dated stories keep the year of their dates).
 */
import type { Claim } from "../types.js";
import { addTo } from "../multimap.js";

const SHIFT: Record<string, number> = { "prev-year": 1, current: 0 };

interface Dated {
  story: number;
  source: number;
  /** The story's year this dating implies, with the other kind's: a relative shift, or an absolute year. */
  shift?: number;
  year?: number;
}

export function inferStoryYears(claims: Claim[], storyOf: number[], originalOf: number[], storyYear: Map<number, number>): void {
  const dated = new Map<string, Dated[]>();
  for (const c of claims) {
    const story = storyOf[c.doc];
    const year = /^y(\d{4})$/.exec(c.time)?.[1];
    // Only figures dated one way or the other, in stories with no year yet, can place a story.
    if ((!(c.time in SHIFT) && !year) || storyYear.has(story) || c.kind === "date" || c.kind === "entity" || c.kind === "name") continue;
    const key = [story, c.kind, c.measure, c.quantity?.unit ?? "", c.value].join("\u0000");
    addTo(dated, key, year ? { story, source: originalOf[c.doc], year: Number(year) } : { story, source: originalOf[c.doc], shift: SHIFT[c.time] });
  }
  const candidates = new Map<number, Set<number>>();
  for (const list of dated.values()) {
    for (const a of list) {
      if (a.year === undefined) continue;
      for (const r of list) {
        if (r.shift === undefined || r.source === a.source) continue;
        candidates.set(a.story, (candidates.get(a.story) ?? new Set<number>()).add(a.year + r.shift));
      }
    }
  }
  for (const [story, years] of candidates) if (years.size === 1) storyYear.set(story, [...years][0]);
}
