/** The distinct values of one disputed fact, each with the claims and independent sources behind it. */
import type { Claim, Finding, ValueGroup } from "../types.js";
import { addTo } from "../multimap.js";

export function valueKey(c: Claim): string {
  if (typeof c.value === "number") return Number(c.value.toPrecision(9)).toString();
  // "The Salt Line" and "Salt Line" name one film.
  return c.kind === "entity" ? String(c.value).toLowerCase().replace(/^the\s+/, "") : String(c.value).toLowerCase();
}

/** The spelling most claims use; ties go to the fuller ("The Salt Line"), then the first in order. */
function usualValue(claims: Claim[]): number | string {
  if (typeof claims[0].value === "number") return claims[0].value;
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(String(c.value), (counts.get(String(c.value)) ?? 0) + 1);
  if (counts.size === 1) return claims[0].value;
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0][0];
}

export function buildValueGroups(claims: Claim[], originalOf: number[]): ValueGroup[] {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) addTo(groups, valueKey(c), c);
  const out: ValueGroup[] = [];
  for (const list of groups.values()) {
    const sorted = [...list].sort((a, b) => a.doc - b.doc || a.start - b.start);
    const firstPerDoc = sorted.filter((c, i) => i === 0 || sorted[i - 1].doc !== c.doc);
    const texts = new Map<string, number>();
    for (const c of sorted) texts.set(c.text, (texts.get(c.text) ?? 0) + 1);
    const text = [...texts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    out.push({
      value: usualValue(sorted),
      unit: sorted[0].quantity?.unit ?? (sorted[0].kind === "date" ? "date" : sorted[0].kind === "score" ? "score" : "name"),
      text,
      hedged: sorted.every((c) => c.quantity !== undefined && c.quantity.hedge !== "exact"),
      qualifiers: [...new Set(sorted.flatMap((c) => c.qualifiers))].sort(),
      sources: new Set(sorted.map((c) => originalOf[c.doc])).size,
      claims: firstPerDoc,
    });
  }
  return out.sort((a, b) => b.sources - a.sources || compareValues(a.value, b.value));
}

export function compareValues(a: number | string, b: number | string): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** A finding about the fact the claims share (their first claim names it). */
export function findingOf(
  claims: Claim[],
  kind: string,
  severity: Finding["severity"],
  reasons: string[],
  story: number,
  originalOf: number[],
): Finding {
  const first = claims[0];
  return {
    kind,
    severity,
    story,
    subject: first.subject ?? "",
    subjectLabel: first.subjectLabel ?? first.subject ?? "",
    measure: first.measure,
    time: [...new Set(claims.map((c) => c.time))].sort().join(","),
    values: buildValueGroups(claims, originalOf),
    reasons,
  };
}
