/**
 * One figure that sources give to different names. Attribution differs between outlets ("The hotel has 610
 * rooms" after a sentence about the buyer; "the 610-room Grand Meridian"; "the seller ... a 601-room
 * landmark"), so counts of one thing can land on different subjects. They are compared when the evidence says
 * the sources speak of one thing: every source names each of the subjects, each source gives the measure to
 * one subject with one value, and no subject-level comparison already covers the measure. Disagreement is a
 * warning: the attribution is less certain than a shared subject.
 */
import type { Claim, Finding } from "../types.js";
import { addTo } from "../multimap.js";
import { isCountry } from "../nlp/compromise.js";
import { consistent, farApart } from "./severity.js";
import { findingOf } from "./value-groups.js";
import type { CompareContext } from "./fact-conflicts.js";

/** Qualifiers that make a figure another fact (a forecast, a predecessor's, a rate, a part). */
const OTHER_FACT = new Set(["forecast", "previous", "rate", "career", "additional", "initial"]);

/**
 * Money that is a figure about a thing (what a film grossed, what a deal is worth, a fine), not what an actor
 * put in: two companies' investments named in every source are rival figures, never one.
 */
const THING_MONEY = /^(?:(?:domestic|overseas|worldwide) )?(?:gross|price|valuation|fine|damages|settlement|revenue|cost|insurance)$/;

export function crossSubjectConflicts(claims: Claim[], ctx: CompareContext, existing: Finding[]): Finding[] {
  const { originalOf, storyOf, docNames } = ctx;
  if (!docNames) return [];
  const buckets = new Map<string, Claim[]>();
  for (const c of claims) {
    // (A player's score and a team's are two facts, never one misattributed.)
    if ((c.kind !== "count" && c.kind !== "percent" && !(c.kind === "money" && THING_MONEY.test(c.measure))) || c.measure === "score" || !c.subject || c.time !== "" || c.qualifiers.some((q) => OTHER_FACT.has(q))) continue;
    addTo(buckets, [storyOf[c.doc], c.measure, c.quantity?.unit ?? ""].join("\u0000"), c);
  }
  const covered = new Set(existing.map((f) => `${f.story}\u0000${f.measure}`));
  const out: Finding[] = [];
  for (const key of [...buckets.keys()].sort()) {
    const bucket = buckets.get(key)!;
    const story = storyOf[bucket[0].doc];
    if (covered.has(`${story}\u0000${bucket[0].measure}`)) continue;
    const subjects = [...new Set(bucket.map((c) => c.subject!))].sort();
    if (subjects.length < 2) continue;
    const bySource = new Map<number, Claim[]>();
    for (const c of bucket) addTo(bySource, originalOf[c.doc], c);
    if (bySource.size < 2) continue;
    const lists = [...bySource.values()];
    // One subject and one value per source; every source names every subject.
    if (lists.some((list) => new Set(list.map((c) => c.subject)).size > 1 || list.some((a) => list.some((b) => !consistent(a, b, ctx.toleranceOf))))) continue;
    if (!countryAndItsBody(subjects) && bucket.some((c) => subjects.some((s) => !names(docNames[c.doc], s)))) continue;
    const disagree = lists.some((A, i) => lists.slice(i + 1).some((B) => !A.some((a) => B.some((b) => consistent(a, b, ctx.toleranceOf)))));
    if (!disagree) continue;
    // "an 85 million euro project" and "rates start at 290 euros": values orders of magnitude apart are two things.
    const values = bucket.map((c) => Number(c.value));
    if (farApart(bucket[0].kind, Math.min(...values), Math.max(...values))) continue;
    const finding = findingOf(bucket, bucket[0].kind, "warning", ["subjects-differ"], story, originalOf);
    const labels = subjects.map((s) => bucket.find((c) => c.subject === s)!.subjectLabel ?? s);
    out.push({ ...finding, subject: subjects.join("+"), subjectLabel: labels.join(" / ") });
  }
  return out;
}

/** A ministry, department or armed service: a body of some government. */
const GOVERNMENT_BODY = /\b(?:ministry|department|government|navy|army|air force|armed forces|defen[cs]e forces?|coast guard)\b/;

/**
 * "Britain has ordered six frigates" and "The Ministry of Defence has awarded a contract to build five": one
 * country and bodies of a government are one buyer told two ways, named or not in the other sources. (Two
 * countries are two, and stay under the naming test.)
 */
function countryAndItsBody(subjects: string[]): boolean {
  const countries = subjects.filter((s) => isCountry(s));
  return countries.length === 1 && subjects.every((s) => countries.includes(s) || GOVERNMENT_BODY.test(s));
}

/**
 * The document names the subject, or a longer or shorter form of it ("Westgate Elementary" for "Westgate
 * Elementary School", "All Black Tane Walker" for "Tane Walker").
 */
function names(docNames: readonly string[] | undefined, subject: string): boolean {
  if (!docNames) return false;
  if (docNames.includes(subject)) return true;
  for (const n of docNames) if (subject.startsWith(`${n} `) || n.startsWith(`${subject} `) || n.endsWith(` ${subject}`)) return true;
  return false;
}
