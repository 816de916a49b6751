/**
 * The year an undated story speaks from, read from its own figures: one source dates a figure by a relative
 * period and another dates the same figure by a year. "361 ship calls last year" beside "up from 361 in 2025" puts
 * the story in 2026; "412 this year" beside "412 in 2026" in 2026. A year is set only when every such pair in the
 * story points to it (dated stories keep the year of their dates).
 */
import type { Claim } from "../types.js";

const SHIFT: Record<string, number> = { "prev-year": 1, current: 0 };

export function inferStoryYears(claims: Claim[], storyOf: number[], originalOf: number[], storyYear: Map<number, number>): void {
  const relative = new Map<string, { shift: number; source: number }[]>();
  const absolute = new Map<string, { year: number; source: number }[]>();
  for (const c of claims) {
    if (storyYear.has(storyOf[c.doc]) || c.kind === "date" || c.kind === "entity" || c.kind === "name") continue;
    const key = [storyOf[c.doc], c.kind, c.measure, c.quantity?.unit ?? "", c.value].join("\u0000");
    const year = /^y(\d{4})$/.exec(c.time)?.[1];
    if (c.time in SHIFT) relative.set(key, [...(relative.get(key) ?? []), { shift: SHIFT[c.time], source: originalOf[c.doc] }]);
    else if (year) absolute.set(key, [...(absolute.get(key) ?? []), { year: Number(year), source: originalOf[c.doc] }]);
  }
  const candidates = new Map<number, Set<number>>();
  for (const [key, rel] of relative) {
    for (const a of absolute.get(key) ?? []) {
      for (const r of rel) {
        if (r.source === a.source) continue;
        const story = Number(key.split("\u0000")[0]);
        candidates.set(story, (candidates.get(story) ?? new Set<number>()).add(a.year + r.shift));
      }
    }
  }
  for (const [story, years] of candidates) if (years.size === 1) storyYear.set(story, [...years][0]);
}
