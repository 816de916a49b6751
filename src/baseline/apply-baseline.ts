/**
 * Compare a report with an accepted baseline. Each current conflict is `unchanged` (the same fact, no value or
 * source it did not have), `updated` (the same fact with a new value or a new source) or `new`. Accepted
 * entries that no longer occur are `absent`. Matching is by fact fingerprint, then by the files involved
 * (renamed files followed), so a moved paragraph or lines added above keep a conflict accepted.
 */
import type { BaselineEntry, BaselineState, Report, ReportConflict } from "../report/types.js";
import { entryOf, entryPaths, valueKey } from "./entries.js";
import { findRenames } from "./renames.js";

export function applyBaseline(report: Report, accepted: BaselineEntry[], file: string): Report {
  const renames = findRenames(accepted, report.conflicts, report.sources.map((s) => s.path));
  const asOld = (p: string) => renames.get(p) ?? p;
  const current = report.conflicts.map((c) => {
    const e = entryOf(c);
    return { ...e, values: e.values.map((v) => ({ ...v, sources: v.sources.map(asOld) })) };
  });
  // Candidate pairs: same fingerprint and at least one file in common; best overlap first, then stable order.
  const pairs: { i: number; j: number; overlap: number }[] = [];
  current.forEach((c, i) => {
    const paths = new Set(entryPaths(c));
    accepted.forEach((a, j) => {
      if (a.fingerprint !== c.fingerprint) return;
      const overlap = entryPaths(a).filter((p) => paths.has(p)).length;
      if (overlap > 0) pairs.push({ i, j, overlap });
    });
  });
  pairs.sort((x, y) => y.overlap - x.overlap || x.i - y.i || x.j - y.j);
  const matchOf = new Map<number, number>();
  const used = new Set<number>();
  for (const p of pairs) {
    if (matchOf.has(p.i) || used.has(p.j)) continue;
    matchOf.set(p.i, p.j);
    used.add(p.j);
  }
  const states: BaselineState[] = [];
  const conflicts: ReportConflict[] = report.conflicts.map((c, i) => {
    const then = matchOf.has(i) ? accepted[matchOf.get(i)!] : undefined;
    const fresh = current[i].values.map((v) => !then || isNewValue(v, then));
    const state: BaselineState = !then ? "new" : fresh.some(Boolean) ? "updated" : "unchanged";
    states.push(state);
    // Values keep the report's order; entryOf sorted them, so look each one up by key.
    const freshByKey = new Map(current[i].values.map((v, k) => [valueKey(v), fresh[k]]));
    return {
      ...c,
      baselineState: state,
      values: c.values.map((v) => ({ ...v, baselineState: freshByKey.get(valueKey(v)) ? ("new" as const) : ("unchanged" as const) })),
    };
  });
  const count = (s: BaselineState) => states.filter((x) => x === s).length;
  return {
    ...report,
    conflicts,
    baseline: {
      file,
      new: count("new"),
      updated: count("updated"),
      unchanged: count("unchanged"),
      absent: accepted.filter((_, j) => !used.has(j)),
    },
  };
}

/** A value is new when the accepted conflict did not have it, or had it from fewer files. */
function isNewValue(v: BaselineEntry["values"][number], then: BaselineEntry): boolean {
  const known = then.values.find((w) => valueKey(w) === valueKey(v));
  return !known || v.sources.some((p) => !known.sources.includes(p));
}
