/**
 * Which current file is a renamed baseline file. A baseline path that no longer exists is matched to a new
 * path by the (fact, value) pairs both state in conflicts; a pair is a rename when each is the other's single
 * best match. Anything ambiguous stays unmatched (its conflicts then count as new or updated: the safe side).
 */
import type { BaselineEntry, ReportConflict } from "../report/types.js";
import { entryOf, valueKey } from "./entries.js";

function signatures(entries: BaselineEntry[]): Map<string, Set<string>> {
  const sig = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const v of e.values) {
      for (const p of v.sources) {
        if (!sig.has(p)) sig.set(p, new Set());
        sig.get(p)!.add(`${e.fingerprint}\u0000${valueKey(v)}`);
      }
    }
  }
  return sig;
}

/** Returns current path -> baseline path for renamed files. */
export function findRenames(baseline: BaselineEntry[], conflicts: ReportConflict[], currentPaths: string[]): Map<string, string> {
  const current = new Set(currentPaths);
  const old = signatures(baseline);
  const now = signatures(conflicts.map(entryOf));
  const known = new Set(old.keys());
  const missing = [...old.keys()].filter((p) => !current.has(p)).sort();
  const added = [...now.keys()].filter((p) => !known.has(p)).sort();
  const overlap = (p: string, q: string) => [...old.get(p)!].filter((k) => now.get(q)!.has(k)).length;
  // The best partner of each side; a pair is a rename when each is the other's only best partner.
  const best = (from: string[], to: string[], score: (a: string, b: string) => number) =>
    new Map(
      from.map((a) => {
        const scores = to.map((b) => score(a, b));
        const top = Math.max(0, ...scores);
        const winners = to.filter((_, i) => scores[i] === top);
        return [a, top > 0 && winners.length === 1 ? winners[0] : undefined] as const;
      }),
    );
  const forward = best(missing, added, overlap);
  const backward = best(added, missing, (q, p) => overlap(p, q));
  const renames = new Map<string, string>();
  for (const [p, q] of forward) if (q && backward.get(q) === p) renames.set(q, p);
  return renames;
}
