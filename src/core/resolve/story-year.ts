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
  const byMeasure = new Map<string, Dated[]>();
  for (const c of claims) {
    const story = storyOf[c.doc];
    const year = /^y(\d{4})$/.exec(c.time)?.[1];
    // Only figures dated one way or the other, in stories with no year yet, can place a story.
    if ((!(c.time in SHIFT) && !year) || storyYear.has(story) || c.kind === "date" || c.kind === "entity" || c.kind === "name") continue;
    const key = [story, c.kind, c.measure, c.quantity?.unit ?? "", c.value].join("\u0000");
    const d = year ? { story, source: originalOf[c.doc], year: Number(year) } : { story, source: originalOf[c.doc], shift: SHIFT[c.time] };
    addTo(dated, key, d);
    // (An expected figure, "forecast 30 million passengers in 2026", dates nothing that has happened.)
    if (!c.qualifiers.includes("projected")) addTo(byMeasure, [story, c.kind, c.measure, c.quantity?.unit ?? ""].join("\u0000"), d);
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
  // With no shared figure, a measure one source dates by "last year" and another by a year, each by one only
  // ("4.2 million visitors last year" beside "2.4 million visitors in 2025"), is read as one period when every
  // such measure of the story points to the same year.
  const loose = new Map<number, Set<number>>();
  for (const list of byMeasure.values()) {
    const shifts = new Set(list.flatMap((d) => (d.shift === undefined ? [] : [d.shift])));
    // ("this year" beside a year stays apart: a year-to-date figure is not the year's.)
    if (shifts.size !== 1 || !shifts.has(1)) continue;
    // With several years ("28.4 million in 2025, up from 26.1 million the year before"), the latest, when two
    // sources date a figure by it: the year a story reports on.
    const years = new Set(list.flatMap((d) => (d.year === undefined ? [] : [d.year])));
    if (!years.size) continue;
    const latest = Math.max(...years);
    if (years.size > 1 && new Set(list.filter((d) => d.year === latest).map((d) => d.source)).size < 2) continue;
    const yearSources = new Set(list.filter((d) => d.year !== undefined).map((d) => d.source));
    const shiftSources = new Set(list.filter((d) => d.shift !== undefined).map((d) => d.source));
    // Each source dates the measure one way only, and both ways are used by different sources.
    if ([...yearSources].some((x) => shiftSources.has(x))) continue;
    const story = list[0].story;
    if (storyYear.has(story) || candidates.has(story)) continue;
    loose.set(story, (loose.get(story) ?? new Set<number>()).add(latest + [...shifts][0]));
  }
  for (const [story, years] of loose) if (years.size === 1) storyYear.set(story, [...years][0]);
}
