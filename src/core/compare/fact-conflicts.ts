/**
 * Conflicts between claims of one fact: same story, subject, measure, unit and period. Two independent
 * sources disagree when none of the values one gives fits any value the other gives; a source that
 * states both an increment and a total ("an additional $2B, bringing its total to $6B") agrees with one
 * that states the total alone.
 */
import type { Claim, Finding, Severity } from "../types.js";
import { sameTime } from "../attribute/time.js";
import { RANK, consistent, pairSeverity } from "./severity.js";
import { buildValueGroups } from "./value-groups.js";

export interface CompareContext {
  originalOf: number[];
  storyOf: number[];
}

export function factConflicts(claims: Claim[], ctx: CompareContext): Finding[] {
  const buckets = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.subject === undefined || c.kind === "entity" || c.kind === "name") continue;
    const key = [ctx.storyOf[c.doc], c.kind, c.measure, c.subject, c.quantity?.unit ?? ""].join("\u0000");
    buckets.set(key, [...(buckets.get(key) ?? []), c]);
  }
  const latest = latestYears(claims, ctx.storyOf);
  const findings: Finding[] = [];
  for (const key of [...buckets.keys()].sort()) {
    const bucket = buckets.get(key)!;
    const story = ctx.storyOf[bucket[0].doc];
    for (const part of partitionByTime(bucket, latest.get(story) ?? "")) {
      for (const group of partitionByRecipient(part)) {
        const f = compareGroup(group, story, ctx.originalOf);
        if (f) findings.push(f);
      }
    }
  }
  return findings;
}

function latestYears(claims: Claim[], storyOf: number[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const c of claims) {
    const m = /^y(\d{4})$/.exec(c.time);
    if (!m) continue;
    const s = storyOf[c.doc];
    if (!out.has(s) || out.get(s)! < m[1]) out.set(s, m[1]);
  }
  return out;
}

/** Periods: unstated time joins the story's present; other periods stand alone. */
function partitionByTime(claims: Claim[], latestYear: string): Claim[][] {
  const parts = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = sameTime(c.time, "", latestYear) ? "" : c.time;
    parts.set(key, [...(parts.get(key) ?? []), c]);
  }
  return [...parts.values()];
}

/** Money to two different recipients is two facts; a claim that names no recipient then fits neither. */
function partitionByRecipient(claims: Claim[]): Claim[][] {
  const named = [...new Set(claims.map((c) => c.recipient).filter((r): r is string => !!r))];
  if (named.length <= 1) return [claims];
  return named.map((r) => claims.filter((c) => c.recipient === r));
}

function compareGroup(claims: Claim[], story: number, originalOf: number[]): Finding | undefined {
  const bySource = new Map<number, Claim[]>();
  for (const c of claims) {
    const s = originalOf[c.doc];
    bySource.set(s, [...(bySource.get(s) ?? []), c]);
  }
  const sources = [...bySource.keys()].sort((a, b) => a - b);
  if (sources.length < 2) return undefined;
  let severity: Severity | undefined;
  let reasons: string[] = [];
  for (let i = 0; i < sources.length; i++) {
    for (let j = i + 1; j < sources.length; j++) {
      const A = bySource.get(sources[i])!;
      const B = bySource.get(sources[j])!;
      if (A.some((a) => B.some((b) => consistent(a, b)))) continue;
      for (const a of A) {
        for (const b of B) {
          const p = pairSeverity(a, b);
          if (!severity || RANK[p.severity] > RANK[severity] || (p.severity === severity && p.reasons.length < reasons.length)) {
            severity = p.severity;
            reasons = p.reasons;
          }
        }
      }
    }
  }
  if (!severity) return undefined;
  const first = claims[0];
  return {
    kind: first.kind,
    severity,
    story,
    subject: first.subject ?? "",
    subjectLabel: first.subjectLabel ?? "",
    measure: first.measure,
    time: [...new Set(claims.map((c) => c.time))].sort().join(","),
    values: buildValueGroups(claims, originalOf),
    reasons,
  };
}
