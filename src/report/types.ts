/** The versioned JSON report: what `--format json` prints and what `check()` returns. */
import type { ClaimPosition, Severity } from "../core/types.js";

/** Where a value is stated: the file, line:column (1-based, UTF-16 code units), the quote and the value's place in it. */
export interface Mention extends ClaimPosition {
  path: string;
}

export interface ReportValue {
  value: number | string;
  unit: string;
  text: string;
  /** Independent sources: syndicated copies and repeats inside one article count once. */
  sources: number;
  qualifiers: string[];
  hedged: boolean;
  mentions: Mention[];
  /** Only when a baseline is used: whether the accepted conflict already had this value from these files. */
  baselineState?: "new" | "unchanged";
}

export type BaselineState = "new" | "unchanged" | "updated";

export interface ReportConflict {
  id: string;
  /** Identifies the disputed fact (kind, subject, measure, period), not its values or positions. */
  fingerprint: string;
  kind: string;
  severity: Severity;
  subject: string;
  subjectKey: string;
  measure: string;
  time: string;
  story: number;
  message: string;
  reasons: string[];
  values: ReportValue[];
  /** Only when a baseline is used. */
  baselineState?: BaselineState;
}

export interface ReportSource {
  path: string;
  title: string;
  story: number;
  /** The article this one is a syndicated copy of, or null. */
  copyOf: string | null;
  claims: number;
}

export interface Diagnostic {
  path: string;
  code: string;
  message: string;
}

/** One accepted conflict as the baseline file keeps it: no positions, quotes or wording. */
export interface BaselineEntry {
  fingerprint: string;
  kind: string;
  subject: string;
  measure: string;
  time: string;
  values: { value: number | string; unit: string; sources: string[] }[];
}

export interface BaselineSummary {
  file: string;
  new: number;
  updated: number;
  unchanged: number;
  /** Accepted conflicts that no longer occur: reported, never a failure. */
  absent: BaselineEntry[];
}

export interface Report {
  version: number;
  tool: { name: "claimcheck"; version: string };
  conflicts: ReportConflict[];
  sources: ReportSource[];
  diagnostics: Diagnostic[];
  summary: {
    files: number;
    independentSources: number;
    stories: number;
    claims: number;
    conflicts: number;
    error: number;
    warning: number;
    info: number;
  };
  /** Only when a baseline is used. */
  baseline?: BaselineSummary;
}
