/** One conflict per disputed fact: drop a finding whose disputed values another finding already reports. */
import type { Finding } from "../types.js";
import { RANK } from "./severity.js";
import { valueKey } from "./value-groups.js";

export function dedupeFindings(findings: Finding[]): Finding[] {
  const ranked = [...findings].sort(
    (a, b) => RANK[b.severity] - RANK[a.severity] || mentionCount(b) - mentionCount(a),
  );
  const kept: Finding[] = [];
  for (const f of ranked) {
    if (kept.some((k) => k.story === f.story && k.kind === f.kind && overlaps(k, f))) continue;
    kept.push(f);
  }
  return kept;
}

function mentionCount(f: Finding): number {
  return f.values.reduce((n, v) => n + v.claims.length, 0);
}

/** Two findings report one fact when two of their values match, each backed by a shared document. */
function overlaps(a: Finding, b: Finding): boolean {
  let shared = 0;
  for (const va of a.values) {
    for (const vb of b.values) {
      if (valueKey(va.claims[0]) !== valueKey(vb.claims[0])) continue;
      const docs = new Set(va.claims.map((c) => c.doc));
      if (vb.claims.some((c) => docs.has(c.doc))) shared++;
    }
  }
  return shared >= 2;
}
