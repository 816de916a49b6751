/**
 * Spelling conflicts: one person's name written two ways in different sources ("Tomas Hal" and
 * "Tomas Hall"). Names are compared within a story with fast-levenshtein: all words equal but one,
 * that one a small edit away; a source that uses both spellings is left alone (maybe two people).
 */
import levenshtein from "fast-levenshtein";
import type { Claim, Finding } from "../types.js";
import type { CompareContext } from "./fact-conflicts.js";
import { buildValueGroups } from "./value-groups.js";

export function nameVariantConflicts(names: Claim[], ctx: CompareContext): Finding[] {
  const byStory = new Map<number, Claim[]>();
  for (const c of names) byStory.set(ctx.storyOf[c.doc], [...(byStory.get(ctx.storyOf[c.doc]) ?? []), c]);
  const findings: Finding[] = [];
  for (const story of [...byStory.keys()].sort((a, b) => a - b)) {
    const claims = byStory.get(story)!;
    const spellings = new Map<string, Claim[]>();
    for (const c of claims) spellings.set(String(c.value), [...(spellings.get(String(c.value)) ?? []), c]);
    const keys = [...spellings.keys()].sort();
    const docsOf = (k: string) => new Set(spellings.get(k)!.map((c) => ctx.originalOf[c.doc]));
    const parent = new Map(keys.map((k) => [k, k]));
    const find = (k: string): string => (parent.get(k) === k ? k : find(parent.get(k)!));
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        if (!variants(keys[i], keys[j])) continue;
        const a = docsOf(keys[i]);
        const b = docsOf(keys[j]);
        if ([...a].some((d) => b.has(d))) continue;
        parent.set(find(keys[j]), find(keys[i]));
      }
    }
    const clusters = new Map<string, string[]>();
    for (const k of keys) clusters.set(find(k), [...(clusters.get(find(k)) ?? []), k]);
    for (const members of clusters.values()) {
      if (members.length < 2) continue;
      const all = members.flatMap((m) => spellings.get(m)!);
      const shared = sharedWords(members);
      findings.push({
        kind: "name-spelling",
        severity: "warning",
        story,
        subject: `name:${shared.toLowerCase() || members[0].toLowerCase()}`,
        subjectLabel: shared || members[0],
        measure: "spelling",
        time: "",
        values: buildValueGroups(all, ctx.originalOf),
        reasons: ["spelling"],
      });
    }
  }
  return findings;
}

/** Same number of words, all equal but one, and that one differs by a small edit. */
export function variants(a: string, b: string): boolean {
  const x = a.split(" ");
  const y = b.split(" ");
  if (x.length !== y.length || x.length < 2) return false;
  let diff = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    diff++;
    const d = levenshtein.get(x[i].toLowerCase(), y[i].toLowerCase());
    const len = Math.max(x[i].length, y[i].length);
    if (d === 0 || d > 2 || d / len > 0.34 || x[i][0].toLowerCase() !== y[i][0].toLowerCase()) return false;
  }
  return diff === 1;
}

function sharedWords(names: string[]): string {
  const words = names[0].split(" ");
  return words.filter((w, i) => names.every((n) => n.split(" ")[i] === w)).join(" ");
}
