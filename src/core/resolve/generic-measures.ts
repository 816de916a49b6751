/**
 * "Amazon commits $5B", "Castell Bank will pay €1.1 billion": a commitment or a payment says only that money
 * changes hands. Such a claim joins the money measure its subject has most often in the story (investment,
 * fine, deal...), and stays a commitment when the subject has none or two equally often.
 */
import type { Claim } from "../types.js";
import { GENERIC_MONEY } from "../attribute/lexicon.js";

export function joinGenericMeasures(claims: Claim[], storyOf: number[]): void {
  const counts = new Map<string, Map<string, number>>();
  const key = (c: Claim) => `${storyOf[c.doc]}\u0000${c.subject ?? ""}`;
  for (const c of claims) {
    if (c.kind !== "money" || GENERIC_MONEY[c.measure]) continue;
    const m = counts.get(key(c)) ?? new Map<string, number>();
    m.set(c.measure, (m.get(c.measure) ?? 0) + 1);
    counts.set(key(c), m);
  }
  for (const c of claims) {
    const family = c.kind === "money" ? GENERIC_MONEY[c.measure] : undefined;
    if (!family || !c.subject) continue;
    const ranked = [...(counts.get(key(c)) ?? new Map<string, number>()).entries()].filter(([m]) => family.has(m)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1])) c.measure = ranked[0][0];
  }
}
