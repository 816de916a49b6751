/**
 * A report's conflicts as baseline entries: the disputed fact, its values and the files behind each value.
 * No line numbers, quotes, messages, ids or timestamps, so edits elsewhere in an article never churn the file.
 */
import type { BaselineEntry, ReportConflict } from "../report/types.js";

export const BASELINE_VERSION = 1;

export interface BaselineFile {
  version: number;
  tool: "claimcheck";
  conflicts: BaselineEntry[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function entryOf(c: ReportConflict): BaselineEntry {
  const values = c.values
    .map((v) => ({ value: v.value, unit: v.unit, sources: [...new Set(v.mentions.map((m) => m.path))].sort(byText) }))
    .sort((a, b) => byText(valueKey(a), valueKey(b)));
  return { fingerprint: c.fingerprint, kind: c.kind, subject: c.subject, measure: c.measure, time: c.time, values };
}

export function valueKey(v: { value: number | string; unit: string }): string {
  return `${typeof v.value}:${v.value}:${v.unit}`;
}

export function entryPaths(e: BaselineEntry): string[] {
  return [...new Set(e.values.flatMap((v) => v.sources))].sort(byText);
}

/** Sorted and keyed the same way every time: same conflicts, same bytes. */
export function makeBaseline(conflicts: ReportConflict[]): BaselineFile {
  const entries = conflicts.map(entryOf).sort((a, b) => byText(a.fingerprint, b.fingerprint) || byText(entryPaths(a).join("\n"), entryPaths(b).join("\n")));
  return { version: BASELINE_VERSION, tool: "claimcheck", conflicts: entries };
}

export function serializeBaseline(b: BaselineFile): string {
  return `${JSON.stringify(b, null, 2)}\n`;
}
