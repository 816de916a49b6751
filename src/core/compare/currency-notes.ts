/**
 * The same money fact given in two currencies ("€2.9 billion ($3.2 billion)", or one source in euros and
 * another in dollars). Without exchange rates claimcheck cannot tell whether the amounts agree, so this is
 * never a contradiction: an `info` note for the editor to check the conversion.
 */
import type { Claim, Finding } from "../types.js";
import type { CompareContext } from "./fact-conflicts.js";
import { findingOf } from "./value-groups.js";
import { addTo } from "../multimap.js";

export function currencyNotes(claims: Claim[], ctx: CompareContext): Finding[] {
  const facts = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.kind !== "money" || !c.subject || !c.quantity || c.qualifiers.some((q) => q === "previous" || q === "forecast" || q === "rate")) continue;
    const key = [ctx.storyOf[c.doc], c.measure, c.subject, c.time].join("\u0000");
    addTo(facts, key, c);
  }
  const out: Finding[] = [];
  for (const key of [...facts.keys()].sort()) {
    const list = facts.get(key)!;
    const currencies = new Set(list.map((c) => c.quantity!.unit));
    if (currencies.size < 2) continue;
    const finding = findingOf(list, "money", "info", ["other-currency"], ctx.storyOf[list[0].doc], ctx.originalOf);
    // "$11.99" and "€11.99" group as one value: a note needs two to point at.
    if (finding.values.length >= 2) out.push(finding);
  }
  return out;
}
