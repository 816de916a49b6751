/** How sure a disagreement between two claims is: error, warning or info, with the reasons as codes. */
import type { Claim, Severity } from "../types.js";

const SPORTS_STAT = /^(point|goal|assist|rebound|touchdown|pass|passe|yard|homer|home run|run|hit|strikeout|block|steal|carry|carrie|catch|game|save|shot|inning|lap|set|match|wicket|try|basket|knockout|win|loss|season)(:|$)/;

/**
 * Values further apart than this are read as different things: counts 50 times apart are two groups ("11 members
 * were charged" / "at least 10,000 members nationwide"); sums more than a thousand times apart are two things
 * ("rooms from 210 euros" / "cost 810 million euros"), while a thousandfold slip (million for billion) still compares.
 */
const SCOPE_RATIO: Partial<Record<Claim["kind"], number>> = { count: 50, money: 1000 };

export const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Two values of a kind further apart than its scope ratio: two things, not one miscounted. */
export function farApart(kind: Claim["kind"], x: number, y: number): boolean {
  const scope = SCOPE_RATIO[kind];
  return scope !== undefined && Math.max(x, y) / Math.max(1, Math.min(x, y)) > scope;
}

function share(c: Claim): "additional" | "initial" | "total" | "plain" {
  if (c.qualifiers.includes("additional")) return "additional";
  if (c.qualifiers.includes("initial")) return "initial";
  if (c.qualifiers.includes("total")) return "total";
  return "plain";
}

export function pairSeverity(a: Claim, b: Claim): { severity: Severity; reasons: string[] } {
  const sa = share(a);
  const sb = share(b);
  const reasons: string[] = [];
  if ((sa === "additional" && sb === "total") || (sa === "total" && sb === "additional")) return { severity: "info", reasons: ["additional-vs-total"] };
  if ((sa === "initial") !== (sb === "initial")) return { severity: "info", reasons: ["initial-vs-other"] };
  if (tollFloors(a, b)) return { severity: "info", reasons: ["toll-floors"] };
  if (sa !== sb && (sa === "additional" || sb === "additional")) {
    // "two additional suspects" and "four suspects": people counted on top of others are a part, not the count.
    if (a.kind === "count") return { severity: "info", reasons: ["additional-vs-plain"] };
    reasons.push("additional-vs-plain");
  }
  // How many did it: suspects are found and charged over days, so counts of them move.
  if (a.measure.startsWith("perpetrator:")) reasons.push("suspects-evolve");
  if (a.time !== b.time) reasons.push("time-implied");
  if ((a.quantity && a.quantity.hedge !== "exact") || (b.quantity && b.quantity.hedge !== "exact")) reasons.push("hedged");
  if (a.qualifiers.includes("projected") || b.qualifiers.includes("projected")) reasons.push("projected");
  // Game statistics far apart are usually a game against a season or a career ("23 points" / "2,116 points").
  if (SPORTS_STAT.test(a.measure) && typeof a.value === "number" && typeof b.value === "number") {
    const ratio = Math.max(a.value, b.value) / Math.max(1, Math.min(a.value, b.value));
    if (ratio > 3) return { severity: "info", reasons: ["different-scope"] };
    reasons.push("game-statistic");
  }
  // Values orders of magnitude apart are two things, not one thing miscounted.
  if (typeof a.value === "number" && typeof b.value === "number" && farApart(a.kind, a.value, b.value)) {
    return { severity: "info", reasons: ["different-scope"] };
  }
  // Ages a year or two apart: a birthday between two reports is common.
  if (a.kind === "age" && typeof a.value === "number" && typeof b.value === "number" && Math.abs(a.value - b.value) <= 2) reasons.push("age-close");
  return { severity: reasons.length ? "warning" : "error", reasons };
}

/** Extra slack a user allows for a kind of claim or a measure: a fraction of the value and/or an absolute amount. */
export interface Tolerance {
  relative: number;
  absolute: number;
}

export type ToleranceOf = (c: Claim) => Tolerance | undefined;

const FLOOR = new Set(["at-least", "more-than"]);
/** Tolls that grow as an event goes on: a lower floor is an earlier count. */
const GROWING_TOLL = /^(?:killed|dead|died|injured|wounded|hurt|missing|evacuated|displaced|affected|infected|sick|hospitali[sz]ed|arrested|rescued|homeless|stranded)(?::|$)/;

/**
 * "more than 300 trains" and "more than 130 trains": a floor is said close to the count, so two floors two to five
 * times apart disagree. Nearer ones are rounding; further ones a part ("injuring at least two" in a riot that
 * left "at least 70 injured"); and a toll's floors rise as it is counted.
 */
function floorsDisagree(a: Claim, b: Claim, slack: number): boolean {
  if (!a.quantity || !b.quantity) return false;
  // "more than 1,300" against an exact 3,100: a floor is said close to the count, so one two to five times under it
  // is another figure (not a toll's: its floors are earlier counts).
  const [floor, exact] = FLOOR.has(a.quantity.hedge) && b.quantity.hedge === "exact" ? [a.quantity, b.quantity] : FLOOR.has(b.quantity.hedge) && a.quantity.hedge === "exact" ? [b.quantity, a.quantity] : [];
  if (floor && exact) return !GROWING_TOLL.test(a.measure) && floor.value > 0 && exact.value > 2 * floor.value + slack && exact.value <= 5 * floor.value;
  if (!FLOOR.has(a.quantity.hedge) || !FLOOR.has(b.quantity.hedge)) return false;
  const [lo, hi] = [Math.min(a.quantity.value, b.quantity.value), Math.max(a.quantity.value, b.quantity.value)];
  if (tollFloors(a, b)) return lo > 0 && hi > 1.05 * lo + slack && hi <= 5 * lo;
  return lo > 0 && hi > 2 * lo + slack && hi <= 5 * lo;
}

/**
 * "at least 23 killed" and "at least 32 killed": a toll's floors apart may be one count updated, so they are shown
 * (as info), never an error or a warning.
 */
function tollFloors(a: Claim, b: Claim): boolean {
  return !!a.quantity && !!b.quantity && FLOOR.has(a.quantity.hedge) && FLOOR.has(b.quantity.hedge) && GROWING_TOLL.test(a.measure);
}

export function consistent(a: Claim, b: Claim, toleranceOf?: ToleranceOf): boolean {
  if (a.quantity && b.quantity) {
    const ta = toleranceOf?.(a);
    const tb = toleranceOf?.(b);
    const slack = (q: NonNullable<Claim["quantity"]>, t: Tolerance | undefined) => (t ? Math.max(t.absolute, Math.abs(q.value) * t.relative) : 0);
    const sa = slack(a.quantity, ta);
    const sb = slack(b.quantity, tb);
    // "up to 400 megawatts" and "up to 600 megawatts": two stated maxima of one thing disagree.
    if (a.quantity.hedge === "at-most" && b.quantity.hedge === "at-most") return Math.abs(a.quantity.value - b.quantity.value) <= Math.max(sa, sb, 1e-9 * Math.abs(a.quantity.value));
    if (floorsDisagree(a, b, sa + sb)) return false;
    return a.quantity.low - sa <= b.quantity.high + sb && b.quantity.low - sb <= a.quantity.high + sa;
  }
  const x = String(a.value);
  const y = String(b.value);
  if (x.startsWith("--") || y.startsWith("--")) return x.slice(-5) === y.slice(-5);
  return x.toLowerCase() === y.toLowerCase();
}
