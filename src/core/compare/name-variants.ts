/**
 * Spelling conflicts: one person's name written two ways in different sources ("Tomas Hal" and
 * "Tomas Hall"). Names are compared within a story with fast-levenshtein: all words equal but one,
 * that one a small edit away; a source that uses both spellings is left alone (maybe two people).
 */
import levenshtein from "fast-levenshtein";
import type { Claim, Finding } from "../types.js";
import type { CompareContext } from "./fact-conflicts.js";
import { buildValueGroups } from "./value-groups.js";
import { addTo } from "../multimap.js";

export function nameVariantConflicts(names: Claim[], ctx: CompareContext): Finding[] {
  const byStory = new Map<number, Claim[]>();
  for (const c of names) {
    const list = byStory.get(ctx.storyOf[c.doc]);
    if (list) list.push(c);
    else byStory.set(ctx.storyOf[c.doc], [c]);
  }
  const findings: Finding[] = [];
  for (const story of [...byStory.keys()].sort((a, b) => a - b)) {
    const claims = byStory.get(story)!;
    const spellings = new Map<string, Claim[]>();
    for (const c of claims) {
      const list = spellings.get(String(c.value));
      if (list) list.push(c);
      else spellings.set(String(c.value), [c]);
    }
    const keys = [...spellings.keys()].sort();
    const docsOf = (k: string) => new Set(spellings.get(k)!.map((c) => ctx.originalOf[c.doc]));
    const parent = new Map(keys.map((k) => [k, k]));
    const find = (k: string): string => (parent.get(k) === k ? k : find(parent.get(k)!));
    for (const [i, j] of candidatePairs(keys)) {
      if (!variants(keys[i], keys[j])) continue;
      const a = docsOf(keys[i]);
      const b = docsOf(keys[j]);
      if ([...a].some((d) => b.has(d))) continue;
      parent.set(find(keys[j]), find(keys[i]));
    }
    const clusters = new Map<string, string[]>();
    for (const k of keys) addTo(clusters, find(k), k);
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

/**
 * Pairs of names that could be variants (same number of words, all but one equal): names are bucketed by
 * each of their words masked in turn, so only names sharing a bucket are compared. Index pairs i < j, in order.
 */
function candidatePairs(keys: string[]): [number, number][] {
  const buckets = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const words = k.split(" ").map(fold);
    if (words.length < 2) return;
    for (let w = 0; w < words.length; w++) {
      const key = `${words.length}\u0000${w}\u0000${words.filter((_, x) => x !== w).join(" ")}`;
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  const seen = new Set<number>();
  const out: [number, number][] = [];
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x] * keys.length + list[y];
        if (seen.has(key)) continue;
        seen.add(key);
        out.push([list[x], list[y]]);
      }
    }
  }
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** Words that end institution and place names ("Betty Ford Center", "Conner Street"): not a person. */
const NOT_PERSON_END = /^(centers?|centres?|streets?|st|avenues?|ave|roads?|rd|boulevard|blvd|drive|square|bridge|awards?|prizes?|cups?|trophy|advisors?|advisers?|partners|group|foundation|institute|university|college|school|academy|hospital|clinic|church|cathedral|mosque|temple|stadium|arena|airport|station|museum|library|company|association|council|committee|department|agency|fund|trust|holdings|media|news|times|journal|festival|act|county|city|valley|river|lake|island|mountain|hotel|motel|club|lounge|cafe|restaurant|market|building)$/i;

const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[’'.]/g, "").toLowerCase();

/** Same number of words, all equal but one, and that one differs by a small edit. */
export function variants(a: string, b: string): boolean {
  const x = a.split(" ");
  const y = b.split(" ");
  if (x.length !== y.length || x.length < 2) return false;
  if (NOT_PERSON_END.test(x[x.length - 1].replace(/\.$/, "")) || NOT_PERSON_END.test(y[y.length - 1].replace(/\.$/, ""))) return false;
  let diff = 0;
  for (let i = 0; i < x.length; i++) {
    if (fold(x[i]) === fold(y[i])) continue;
    // A short form of a given name ("Phil" / "Philip", "Steve" / "Steven") is the same name.
    if (i === 0 && (fold(y[i]).startsWith(fold(x[i])) || fold(x[i]).startsWith(fold(y[i])))) return false;
    diff++;
    const d = levenshtein.get(x[i].toLowerCase(), y[i].toLowerCase());
    const len = Math.max(x[i].length, y[i].length);
    // A surname may differ by two letters of five ("Nair" / "Nayar"); a given name less ("Dave" / "David" is a
    // short form, not a misspelling).
    if (d === 0 || d > 2 || d / len > (i === x.length - 1 ? 0.4 : 0.34) || x[i][0].toLowerCase() !== y[i][0].toLowerCase()) return false;
  }
  return diff === 1;
}

function sharedWords(names: string[]): string {
  const words = names[0].split(" ");
  return words.filter((w, i) => names.every((n) => n.split(" ")[i] === w)).join(" ");
}
