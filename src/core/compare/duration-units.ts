/**
 * Durations written in different units ("a 48-hour strike", "a two-day strike", "three days") are one fact: a
 * bucket of durations is put into the smallest unit any of its claims uses, so 2 days and 48 hours agree and
 * 72 hours stands against them. Months and years convert to each other; minutes to weeks among themselves.
 */
import type { Claim } from "../types.js";

const SHORT: Record<string, number> = { minute: 1, minutes: 1, hour: 60, hours: 60, day: 1440, days: 1440, week: 10080, weeks: 10080 };
const LONG: Record<string, number> = { month: 1, months: 1, year: 12, years: 12 };

/** The unit family a duration's unit compares within ("" for other units). */
export function durationFamily(c: Claim): string {
  if (c.kind !== "duration" || !c.quantity) return "";
  const u = c.quantity.unit;
  return u in SHORT ? "time:short" : u in LONG ? "time:long" : "";
}

/** The claims in the smallest unit any of them uses (the claims themselves when they share one). */
export function inOneUnit(claims: Claim[]): Claim[] {
  const units = new Set(claims.map((c) => c.quantity?.unit));
  if (units.size < 2 || claims.some((c) => !durationFamily(c))) return claims;
  const table = durationFamily(claims[0]) === "time:short" ? SHORT : LONG;
  const smallest = [...units].sort((a, b) => table[a!] - table[b!])[0]!;
  return claims.map((c) => {
    const q = c.quantity!;
    if (q.unit === smallest) return c;
    const f = table[q.unit] / table[smallest];
    return { ...c, value: q.value * f, quantity: { ...q, value: q.value * f, low: q.low * f, high: q.high * f, unit: smallest } };
  });
}
