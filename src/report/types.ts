/** The versioned JSON report: what `--format json` prints and what `check()` returns. */
import type { Severity } from "../core/types.js";

export interface Mention {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The sentence that states the value. */
  quote: string;
  /** Where the value sits in the quote: [start, end) in UTF-16 code units. */
  highlight: [number, number];
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
}

export interface ReportConflict {
  id: string;
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
}
