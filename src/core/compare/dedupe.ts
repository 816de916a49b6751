/**
 * One conflict per disputed fact. Two findings of one story and kind report the same fact when two of
 * their values match and are backed by a shared document, or when their disputed values are the same
 * set (one fact reached through two measures: "2.3 million customers" and "data of 2.3 million ... stolen").
 * The stronger finding stays and takes in the other's mentions.
 */
import type { Finding } from "../types.js";
import { RANK } from "./severity.js";
import { buildValueGroups, valueKey } from "./value-groups.js";

export function dedupeFindings(findings: Finding[], originalOf: number[]): Finding[] {
  const ranked = [...findings].sort(
    (a, b) => RANK[b.severity] - RANK[a.severity] || mentionCount(b) - mentionCount(a),
  );
  const kept: Finding[] = [];
  for (const f of ranked) {
    const same = kept.findIndex((k) => k.story === f.story && k.kind === f.kind && (overlaps(k, f) || sameValues(k, f)));
    if (same < 0) {
      kept.push(f);
      continue;
    }
    const k = kept[same];
    if (sameValues(k, f)) {
      const claims = [...k.values.flatMap((v) => v.claims), ...f.values.flatMap((v) => v.claims)];
      const unique = claims.filter((c, i) => claims.findIndex((d) => d.doc === c.doc && d.start === c.start) === i);
      kept[same] = { ...k, values: buildValueGroups(unique, originalOf) };
    }
  }
  return kept;
}

function mentionCount(f: Finding): number {
  return f.values.reduce((n, v) => n + v.claims.length, 0);
}

function sameValues(a: Finding, b: Finding): boolean {
  const keys = (f: Finding) => f.values.map((v) => valueKey(v.claims[0])).sort().join("|");
  return keys(a) === keys(b);
}

/** Two values match, each backed by a shared document. */
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
