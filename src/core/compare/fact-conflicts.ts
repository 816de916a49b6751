/**
 * Conflicts between claims of one fact: same story, subject, measure, unit and period. Two independent
 * sources disagree when none of the values one gives fits any value the other gives; a source that
 * states both an increment and a total ("an additional $2B, bringing its total to $6B") agrees with one
 * that states the total alone.
 */
import type { Claim, Finding, Severity } from "../types.js";
import { sameTime } from "../attribute/time.js";
import { SEGMENTED } from "../attribute/segment.js";
import { RANK, consistent, pairSeverity, type ToleranceOf } from "./severity.js";
import { findingOf } from "./value-groups.js";
import { addTo } from "../multimap.js";
import { durationFamily, inOneUnit } from "./duration-units.js";
import { DESIGNATOR } from "../resolve/designators.js";

export interface CompareContext {
  originalOf: number[];
  storyOf: number[];
  /** The year each story speaks from, when its articles are dated. */
  storyYear?: Map<number, number>;
  /** Entity keys each document names. */
  docNames?: readonly (readonly string[])[];
  /** For a document that names nobody, the capitalised words opening its sentences (lower-cased). */
  docOpeners?: readonly (readonly string[] | undefined)[];
  /** User-set slack per kind or measure (configuration). */
  toleranceOf?: ToleranceOf;
}

/** An article's figures, read on demand. */
type Figures = (doc: number) => Set<string> | undefined;

export function factConflicts(claims: Claim[], ctx: CompareContext): Finding[] {
  const buckets = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.subject === undefined || c.kind === "entity" || c.kind === "name") continue;
    // A forecast ("analysts expected $12.1 billion") is a different fact from the figure itself.
    // So is the figure of a predecessor ("the previous model cost $899").
    // A company's own expectation of a reported figure ("expects revenue of $9.0 billion to $9.2 billion") is
    // guidance, not the figure.
    const guidance = c.qualifiers.includes("projected") && SEGMENTED.has(c.measure.split(" ").pop()!) ? ["guidance"] : [];
    const forecast = [...["forecast", "previous", "rate", "career", "target", "typical"].filter((q) => c.qualifiers.includes(q)), ...guidance].join("+");
    const key = [ctx.storyOf[c.doc], c.kind, c.measure, c.subject, durationFamily(c) || (c.quantity?.unit ?? ""), forecast].join("\u0000");
    addTo(buckets, key, c);
  }
  // Each article's figures ("count:3400", "money:12000000000"), to tell a source that names nobody apart: read
  // once, and only when such a source is met.
  let figureMap: Map<number, Set<string>> | undefined;
  const figures = (doc: number): Set<string> | undefined => {
    if (!figureMap) {
      figureMap = new Map();
      for (const c of claims) {
        if (typeof c.value !== "number" || c.value < 10 || c.kind === "date" || c.kind === "age") continue;
        let set = figureMap.get(c.doc);
        if (!set) figureMap.set(c.doc, (set = new Set()));
        set.add(`${c.kind}:${c.value}`);
      }
    }
    return figureMap.get(doc);
  };
  const findings: Finding[] = [];
  for (const key of [...buckets.keys()].sort()) {
    const bucket = inOneUnit(buckets.get(key)!);
    const story = ctx.storyOf[bucket[0].doc];
    for (const part of partitionByTime(bucket, String(ctx.storyYear?.get(story) ?? ""), !/scor|point|goal|assist|run|yard|touchdown|rebound|basket|lap|inning/.test(bucket[0].measure))) {
      for (const group of partitionByRecipient(part)) {
        const f = compareGroup(group, story, ctx, figures);
        if (f) findings.push(f);
      }
    }
  }
  return findings;
}

/** Periods: unstated time joins the story's present; other periods stand alone. */
function partitionByTime(claims: Claim[], latestYear: string, fiscal: boolean): Claim[][] {
  const parts = new Map<string, Claim[]>();
  // "next year" is the year after the one the story speaks from ("fiscal 2027" in a story dated 2026).
  const next = latestYear ? `y${Number(latestYear) + 1}` : "next-year";
  // A quarter named without a year is the story's own period; when a fact names two ("third-quarter revenue of
  // $8.7 billion ... forecast fourth-quarter revenue of $9.1 billion"), only the one most sources state as a fact is.
  const own = ownQuarter(claims);
  // "last year" is the year before it ("rose 18% last year" and "climbed 18% in 2025" in a story dated 2026).
  const prev = latestYear ? `y${Number(latestYear) - 1}` : "prev-year";
  // Where the fact is given for a quarter, the year's figure ("its full-year forecast", "this year") is another.
  const quartered = fiscal && claims.some((c) => /^[qh]\d$/.test(c.time));
  const yearly = (t: string) => t === "current" || t === `y${latestYear}`;
  const period = (c: Claim) => (c.time === "next-year" ? next : c.time === "prev-year" ? prev : sameTime(c.time, "", latestYear) && (fiscal || !/^[qh]\d$/.test(c.time)) && (!own || !/^[qh]\d$/.test(c.time) || c.time === own) && !(quartered && yearly(c.time)) ? "" : c.time);
  // A story about next year's plan ("a budget for the 2027 fiscal year") gives some figures without the year:
  // when more sources state the plan's year as a fact (not an expectation) than state the present, unstated
  // figures are the plan's too.
  const sourcesOf = (test: (c: Claim) => boolean) => new Set(claims.filter(test).map((c) => c.doc)).size;
  const planned = sourcesOf((c) => period(c) === next && !c.qualifiers.includes("projected"));
  const plan = planned > 0 && planned > sourcesOf((c) => c.time !== "" && period(c) === "");
  // "73.1% last month" beside figures with no period: a monthly figure the others give as the present one (no
  // source names another month).
  const periods = new Set(claims.map(period));
  const lastMonthIsNow = periods.size === 2 && periods.has("") && periods.has("prev-month");
  for (const c of claims) {
    // A bare "second quarter" is the story's own fiscal period for money and percentages; for points
    // in a game it is a part of the game.
    const key = lastMonthIsNow ? "" : period(c);
    addTo(parts, plan && c.time === "" ? next : key, c);
  }
  return [...parts.values()];
}

/** With two or more bare quarters in one fact, the one most sources state as a fact (not an expectation). */
function ownQuarter(claims: Claim[]): string | undefined {
  const named = new Set<string>();
  const stated = new Map<string, number[]>(); // quarter -> documents that state it as a fact
  for (const c of claims) {
    if (!/^[qh]\d$/.test(c.time)) continue;
    named.add(c.time);
    if (!c.qualifiers.includes("projected")) addTo(stated, c.time, c.doc);
  }
  if (named.size < 2) return undefined;
  const facts = (k: string) => new Set(stated.get(k) ?? []).size;
  return [...named].sort((a, b) => facts(b) - facts(a) || (a < b ? -1 : 1))[0];
}

/** Money to two different recipients is two facts; a claim that names no recipient then fits neither. */
function partitionByRecipient(claims: Claim[]): Claim[][] {
  const named = [...new Set(claims.map((c) => c.recipient).filter((r): r is string => !!r))];
  if (named.length <= 1) return [claims];
  return named.map((r) => claims.filter((c) => c.recipient === r));
}

function selfInconsistent(claims: Claim[], toleranceOf?: ToleranceOf): boolean {
  const plain = claims.filter((c) => (!c.quantity || c.quantity.hedge === "exact") && !c.qualifiers.some((q) => q === "additional" || q === "initial"));
  const sameShare = (a: Claim, b: Claim) => a.qualifiers.includes("total") === b.qualifiers.includes("total");
  return plain.some((a, i) => plain.slice(i + 1).some((b) => sameShare(a, b) && !consistent(a, b, toleranceOf)));
}

/**
 * A figure about the story's event itself (no named subject: "112 people were killed") is compared between
 * two articles only when they share a name, so two similar stories clustered together (two elections, two
 * fires) cannot contradict each other through their turnout or death tolls. Where one side names nobody, a figure
 * (or a name written where a sentence opens) ties them; where neither names anybody, nothing tells them apart.
 */
function groupsShareAName(x: number[], y: number[], bySource: Map<number, Claim[]>, ctx: CompareContext, figures: Figures): boolean {
  const { docNames, docOpeners } = ctx;
  if (!docNames) return true;
  const namesOf = (s: number) => new Set(bySource.get(s)!.flatMap((c) => [...(docNames[c.doc] ?? [])]));
  const xs = x.map(namesOf);
  const ys = y.map(namesOf);
  // (Where neither side names anybody, there is nothing to tell them apart by.)
  if ([...xs, ...ys].every((n) => !n.size)) return true;
  if (xs.some((n) => !n.size) || ys.some((n) => !n.size)) {
    // A source that names nobody ("The outage lasted seven hours and affected over 3,400 customers") is the same
    // event only if it shares some other figure with the other side ...
    const figuresOf = (ss: number[]) => new Set(ss.flatMap((s) => bySource.get(s)!.flatMap((c) => [...(figures(c.doc) ?? [])])));
    const fx = figuresOf(x);
    for (const f of figuresOf(y)) if (fx.has(f)) return true;
    // ... or writes a name of the other side where a sentence opens ("Tarnshire nurses will stage ...").
    const writesAName = (nameless: number[], other: Set<string>[]) =>
      nameless.some((s) => bySource.get(s)!.some((c) => {
        const openers = docOpeners?.[c.doc];
        return !!openers && other.some((names) => [...names].some((k) => k.split(" ").some((w) => w.length >= 4 && openers.includes(w))));
      }));
    return writesAName(x.filter((_, i) => !xs[i].size), ys) || writesAName(y.filter((_, i) => !ys[i].size), xs);
  }
  const union = new Set(ys.flatMap((n) => [...n]));
  // "the Kirra" and "the Obran Kirra": a one-word name that begins or ends a longer one is shared too.
  // ("the Centre Alliance" and "the Civic Alliance" share only a word that says what kind of body each is.)
  const ends = (k: string) => {
    const w = k.split(" ");
    return w.length > 1 ? [w[0], w[w.length - 1]].filter((x) => !DESIGNATOR.test(x)) : [];
  };
  const unionEnds = new Set([...union].flatMap(ends));
  for (const names of xs) {
    for (const k of names) if (union.has(k) || (k.length >= 4 && !k.includes(" ") && unionEnds.has(k)) || ends(k).some((w) => w.length >= 4 && union.has(w))) return true;
  }
  return false;
}

/** What a source states about a fact, as comparisons see it. */
function signature(claims: Claim[]): string {
  return claims
    .map((c) => [c.kind, c.measure, c.time, [...c.qualifiers].sort().join("+"), c.quantity ? `${c.quantity.value}:${c.quantity.low}:${c.quantity.high}:${c.quantity.hedge}:${c.quantity.unit}` : String(c.value).toLowerCase()].join("|"))
    .sort()
    .join("\n");
}

function compareGroup(claims: Claim[], story: number, ctx: CompareContext, figures: Figures): Finding | undefined {
  const { originalOf } = ctx;
  const eventLevel = claims[0].subject === "";
  const bySource = new Map<number, Claim[]>();
  for (const c of claims) {
    const s = originalOf[c.doc];
    addTo(bySource, s, c);
  }
  const sources = [...bySource.keys()].sort((a, b) => a - b);
  if (sources.length < 2) return undefined;
  // Sources that state the very same values (same intervals, qualifiers and periods) behave alike in every
  // comparison: compare one of each kind, so a fact stated by thousands of sources costs the square of the
  // number of distinct statements, not of sources.
  const kinds = new Map<string, number[]>();
  for (const s of sources) addTo(kinds, signature(bySource.get(s)!), s);
  const groups = [...kinds.values()];
  let severity: Severity | undefined;
  let reasons: string[] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const A = bySource.get(groups[i][0])!;
      const B = bySource.get(groups[j][0])!;
      if (A.some((a) => B.some((b) => consistent(a, b, ctx.toleranceOf)))) continue;
      if (eventLevel && !groupsShareAName(groups[i], groups[j], bySource, ctx, figures)) continue;
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
  // A source that gives two different exact values for the "same" fact shows we are mixing facts
  // (two quakes, two bombings, two categories): say so, but do not call it a contradiction.
  if ([...bySource.values()].some((list) => selfInconsistent(list, ctx.toleranceOf))) {
    severity = "info";
    reasons = ["source-disagrees-with-itself"];
  }
  return findingOf(claims, claims[0].kind, severity, reasons, story, originalOf);
}
