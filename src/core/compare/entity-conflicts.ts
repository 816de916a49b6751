/**
 * Entity claims: sources that give a subject's product different names, where neither source
 * mentions the other's name anywhere (a source that names both is not contradicting anybody).
 */
import type { Claim, Finding } from "../types.js";
import type { CompareContext } from "./fact-conflicts.js";
import { findingOf } from "./value-groups.js";
import { canonicalName, initialsOf } from "../extract/entities.js";
import { addTo } from "../multimap.js";
import { variants } from "./name-variants.js";

export function entityConflicts(claims: Claim[], ctx: CompareContext, docTexts: (string | undefined)[], docKeys: string[][] = []): Finding[] {
  const buckets = new Map<string, Claim[]>();
  for (const c of withStorySubjects(claims, ctx.storyOf)) {
    if (c.kind !== "entity" || c.subject === undefined) continue;
    const key = `${ctx.storyOf[c.doc]}\u0000${c.measure}\u0000${c.subject}`;
    addTo(buckets, key, c);
  }
  const findings: Finding[] = [];
  // Without the text (a very large article), the names the article makes entities of stand in for it.
  const mentions = (doc: number, name: string) =>
    docTexts[doc] !== undefined ? new RegExp(`(^|[^\\p{L}\\d])${escape(name)}([^\\p{L}\\d]|$)`, "iu").test(docTexts[doc]!) : (docKeys[doc] ?? []).includes(canonicalName(name));
  for (const key of [...buckets.keys()].sort()) {
    const bucket = withFullNames(buckets.get(key)!);
    const bySource = new Map<number, Claim[]>();
    for (const c of bucket) addTo(bySource, ctx.originalOf[c.doc], c);
    const sources = [...bySource.keys()];
    let disputed = false;
    for (let i = 0; i < sources.length && !disputed; i++) {
      for (let j = i + 1; j < sources.length && !disputed; j++) {
        const A = bySource.get(sources[i])!;
        const B = bySource.get(sources[j])!;
        // One name spelt two ways ("Katrin Oberholzer", "Katrin Oberholtzer") is the spelling check's to report.
        // A festival's winners name each other's films and people in other categories: a category's winner is
        // only disputed by another winner of it.
        // (What an animal or a ship is called has no spelling check of its own: "Kito" and "Kiko" disagree.)
        const same = (a: Claim, b: Claim) => (variants(String(a.value), String(b.value)) && !a.measure.startsWith("name:")) || isInitialsOf(String(a.value), String(b.value)) || isInitialsOf(String(b.value), String(a.value));
        const crossMention = CATEGORY_WIN.test(A[0].measure) ? A.some((a) => B.some((b) => same(a, b))) : A.some((a) => B.some((b) => mentions(b.doc, String(a.value)) || same(a, b))) || B.some((b) => A.some((a) => mentions(a.doc, String(b.value))));
        if (!crossMention) disputed = true;
      }
    }
    if (!disputed) continue;
    // A company names many products: only when two independent sources agree on one name against another
    // is it likely a contradiction; otherwise an info note.
    const f = findingOf(bucket, "entity", "warning", ["entity-attribute"], ctx.storyOf[bucket[0].doc], ctx.originalOf);
    if (Math.max(...f.values.map((v) => v.sources)) < 2) {
      f.severity = "info";
      f.reasons = ["entity-attribute", "no-consensus"];
    } else if (f.values.length > 2) {
      // Three or more names for one subject's product ("Atom chip", "Xeon processors", "Sandy Bridge") is a
      // product line, not two accounts of one name.
      f.severity = "info";
      f.reasons = ["entity-attribute", "many-products"];
    }
    findings.push(f);
  }
  return findings;
}

/**
 * "The company named its finance chief as interim chief executive": an entity claim whose body goes unnamed is the
 * story's one body for that measure (or the story's itself when no source names one); with two bodies it stays out.
 */
function withStorySubjects(claims: Claim[], storyOf: number[]): Claim[] {
  const bodies = new Map<string, Map<string, string | undefined>>();
  const keyOf = (c: Claim) => `${storyOf[c.doc]}\u0000${c.measure}`;
  for (const c of claims) {
    if (c.kind !== "entity" || c.subject === undefined) continue;
    const known = bodies.get(keyOf(c)) ?? new Map<string, string | undefined>();
    if (!known.has(c.subject)) known.set(c.subject, c.subjectLabel);
    bodies.set(keyOf(c), known);
  }
  return claims.map((c) => {
    if (c.kind !== "entity" || c.subject !== undefined) return c;
    const known = [...(bodies.get(keyOf(c))?.entries() ?? [])];
    if (known.length > 1) return c;
    return { ...c, subject: known[0]?.[0] ?? "", subjectLabel: known[0] ? known[0][1] : "" };
  });
}

/**
 * "directed by Reyes" beside "directed by Ana Reyes": a surname alone is the one full name in the bucket ending in it.
 * "the Kavala models" beside "Kavala 3": a model family alone is its one version the bucket names.
 */
function withFullNames(bucket: Claim[]): Claim[] {
  const values = [...new Set(bucket.map((c) => String(c.value)))];
  return bucket.map((c) => {
    const v = String(c.value);
    if (v.includes(" ")) return c;
    const full = values.filter((w) => w.endsWith(` ${v}`));
    const versions = values.filter((w) => w.startsWith(`${v} `) && /^\d+(?:\.\d+)?$/.test(w.slice(v.length + 1)));
    return full.length === 1 ? { ...c, value: full[0] } : !full.length && versions.length === 1 ? { ...c, value: versions[0] } : c;
  });
}

const CATEGORY_WIN = /^winner:best /;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "HP" for "Hewlett-Packard", "IBM" for "International Business Machines": a short form made of a name's initials. */
export function isInitialsOf(short: string, full: string): boolean {
  return /^[A-Z&]{2,6}$/.test(short) && initialsOf(full) === short.replace(/&/g, "").toLowerCase();
}
