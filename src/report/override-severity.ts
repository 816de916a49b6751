/** Severity overrides per conflict kind (configuration): change a kind's severity or drop it ("off"). */
import type { Severity } from "../core/types.js";
import { compareConflicts, summarize } from "./build-report.js";
import type { Report } from "./types.js";

export function overrideSeverity(report: Report, overrides: Record<string, Severity | "off"> | undefined): Report {
  if (!overrides || !Object.keys(overrides).length) return report;
  const conflicts = report.conflicts
    .filter((c) => overrides[c.kind] !== "off")
    .map((c) => {
      const s = overrides[c.kind];
      return s && s !== "off" ? { ...c, severity: s } : c;
    })
    .sort(compareConflicts);
  return { ...report, conflicts, summary: summarize(report.summary, conflicts) };
}
