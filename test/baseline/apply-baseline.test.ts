/** Matching current conflicts to accepted ones: by fact, then by files; renames only when unambiguous. */
import { describe, expect, it } from "vitest";
import { applyBaseline } from "../../src/baseline/apply-baseline.js";
import { makeBaseline } from "../../src/baseline/entries.js";
import type { Report, ReportConflict } from "../../src/report/types.js";

/** A conflict on fact `fp` with values given as { value: [paths] }. */
function conflict(fp: string, values: Record<string, string[]>): ReportConflict {
  return {
    id: `${fp}-${Object.keys(values).join("-")}`,
    fingerprint: fp,
    kind: "count",
    severity: "error",
    subject: "",
    subjectKey: "",
    measure: "killed",
    time: "",
    story: 0,
    message: "",
    reasons: [],
    values: Object.entries(values).map(([value, paths]) => ({
      value: Number(value),
      unit: "killed",
      text: value,
      sources: paths.length,
      qualifiers: [],
      hedged: false,
      mentions: paths.map((path) => ({ path, line: 1, column: 1, endLine: 1, endColumn: 2, quote: value, highlight: [0, 1] as [number, number] })),
    })),
  };
}

function report(conflicts: ReportConflict[]): Report {
  const paths = [...new Set(conflicts.flatMap((c) => c.values.flatMap((v) => v.mentions.map((m) => m.path))))];
  return {
    version: 1,
    tool: { name: "claimcheck", version: "0" },
    conflicts,
    sources: paths.map((path) => ({ path, title: "", story: 0, copyOf: null, claims: 1 })),
    diagnostics: [],
    summary: { files: paths.length, independentSources: paths.length, stories: 1, claims: 0, conflicts: conflicts.length, error: 0, warning: 0, info: 0 },
  };
}

const states = (before: ReportConflict[], after: ReportConflict[]) => {
  const r = applyBaseline(report(after), makeBaseline(before).conflicts, "b.json");
  return { states: r.conflicts.map((c) => c.baselineState), absent: r.baseline!.absent.length };
};

describe("applyBaseline", () => {
  it.each([
    ["same conflict", [conflict("f", { 1: ["a"], 2: ["b"] })], [conflict("f", { 1: ["a"], 2: ["b"] })], ["unchanged"], 0],
    ["a value lost is still accepted", [conflict("f", { 1: ["a"], 2: ["b"], 3: ["c"] })], [conflict("f", { 1: ["a"], 2: ["b"] })], ["unchanged"], 0],
    ["a new value", [conflict("f", { 1: ["a"], 2: ["b"] })], [conflict("f", { 1: ["a"], 2: ["b"], 3: ["c"] })], ["updated"], 0],
    ["a new source for a known value", [conflict("f", { 1: ["a"], 2: ["b"] })], [conflict("f", { 1: ["a", "c"], 2: ["b"] })], ["updated"], 0],
    ["another fact", [conflict("f", { 1: ["a"], 2: ["b"] })], [conflict("g", { 1: ["a"], 2: ["b"] })], ["new"], 1],
    ["same fact, other story's files", [conflict("f", { 1: ["a"], 2: ["b"] })], [conflict("f", { 1: ["a"], 2: ["b"] }), conflict("f", { 5: ["x"], 6: ["y"] })], ["unchanged", "new"], 0],
    ["renamed file", [conflict("f", { 1: ["a"], 2: ["b"] })], [conflict("f", { 1: ["a"], 2: ["b2"] })], ["unchanged"], 0],
    ["two files renamed alike: ambiguous, so updated", [conflict("f", { 1: ["a"], 2: ["b", "c"] })], [conflict("f", { 1: ["a"], 2: ["b2", "c2"] })], ["updated"], 0],
    ["nothing in common", [conflict("f", { 1: ["a"], 2: ["b"] })], [conflict("f", { 3: ["x"], 4: ["y"] })], ["new"], 1],
  ])("%s", (_, before, after, expected, absent) => {
    expect(states(before, after)).toEqual({ states: expected, absent });
  });

  it("the baseline file is the same whatever the order of conflicts", () => {
    const a = conflict("f", { 1: ["a"], 2: ["b"] });
    const b = conflict("g", { 3: ["c"], 4: ["d"] });
    expect(JSON.stringify(makeBaseline([a, b]))).toBe(JSON.stringify(makeBaseline([b, a])));
  });
});
