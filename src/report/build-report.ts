/** From the core's findings to the versioned report object (what JSON prints and `check()` returns). */
import type { Analysis } from "../core/analyze.js";
import type { Claim, Finding } from "../core/types.js";
import { RANK } from "../core/compare/severity.js";
import { conflictMessage } from "../format/describe.js";
import { REPORT_VERSION, VERSION } from "../version.js";
import type { Diagnostic, Mention, Report, ReportConflict } from "./types.js";

export function buildReport(analysis: Analysis, diagnostics: Diagnostic[]): Report {
  const mention = (c: Claim): Mention => {
    const at = c.at!;
    return { path: analysis.docs[c.doc].path, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, quote: at.quote, highlight: at.highlight };
  };
  const conflicts = analysis.findings.map((f) => toConflict(f, mention)).sort(compareConflicts);
  const sources = analysis.docs.map((d, i) => ({
    path: d.path,
    title: d.title,
    story: analysis.storyOf[i],
    copyOf: analysis.originalOf[i] === i ? null : analysis.docs[analysis.originalOf[i]].path,
    claims: d.claims,
  }));
  return {
    version: REPORT_VERSION,
    tool: { name: "claimcheck", version: VERSION },
    conflicts,
    sources,
    diagnostics: [...diagnostics].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    summary: summarize(
      {
        files: analysis.docs.length,
        independentSources: new Set(analysis.originalOf).size,
        stories: new Set(analysis.storyOf).size,
        claims: analysis.claimCount,
      },
      conflicts,
    ),
  };
}

/** The summary's counts of conflicts by severity, for a (possibly filtered) list. */
export function summarize(base: Pick<Report["summary"], "files" | "independentSources" | "stories" | "claims">, conflicts: ReportConflict[]): Report["summary"] {
  const count = (s: string) => conflicts.filter((c) => c.severity === s).length;
  return {
    files: base.files,
    independentSources: base.independentSources,
    stories: base.stories,
    claims: base.claims,
    conflicts: conflicts.length,
    error: count("error"),
    warning: count("warning"),
    info: count("info"),
  };
}

function toConflict(f: Finding, mention: (c: Claim) => Mention): ReportConflict {
  const values = f.values.map((v) => ({
    value: v.value,
    unit: v.unit,
    text: v.text,
    sources: v.sources,
    qualifiers: v.qualifiers,
    hedged: v.hedged,
    mentions: v.claims.map(mention),
  }));
  const subject = f.subjectLabel;
  const id = conflictId(f);
  return {
    id,
    fingerprint: factFingerprint(f.kind, f.subject, f.measure, f.time),
    kind: f.kind,
    severity: f.severity,
    subject,
    subjectKey: f.subject,
    measure: f.measure,
    time: f.time,
    story: f.story,
    message: conflictMessage({ kind: f.kind, subject, measure: f.measure, time: f.time, values, reasons: f.reasons }),
    reasons: f.reasons,
    values,
  };
}

/** Stable across runs and file orders: the fact and its values, never positions. */
export function conflictId(f: Finding): string {
  const values = f.values.map((v) => String(v.value)).sort();
  return `${f.kind}-${hash([f.kind, f.subject, f.measure, f.time, ...values].join("\u0000"))}`;
}

/** The disputed fact, whatever its values, wording or place in the files: what a baseline remembers. */
export function factFingerprint(kind: string, subjectKey: string, measure: string, time: string): string {
  return hash([kind, subjectKey, measure, time].join("\u0000")) + hash(["fact", kind, subjectKey, measure, time].join("\u0001")).slice(0, 4);
}

export function hash(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 2246822519) ^ (h2 >>> 13);
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0").slice(0, 4);
}

export function compareConflicts(a: ReportConflict, b: ReportConflict): number {
  const support = (c: ReportConflict) => c.values.reduce((n, v) => n + v.sources, 0);
  return (
    RANK[b.severity] - RANK[a.severity] ||
    support(b) - support(a) ||
    (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) ||
    (a.measure < b.measure ? -1 : a.measure > b.measure ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
