/**
 * The same money fact given in two currencies ("€2.9 billion ($3.2 billion)", or one source in euros and
 * another in dollars). Without exchange rates claimcheck cannot tell whether the amounts agree, so this is
 * never a contradiction: an `info` note for the editor to check the conversion.
 */
import type { Claim, Finding } from "../types.js";
import type { CompareContext } from "./fact-conflicts.js";
import { buildValueGroups } from "./value-groups.js";

export function currencyNotes(claims: Claim[], ctx: CompareContext): Finding[] {
  const facts = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.kind !== "money" || !c.subject || !c.quantity || c.qualifiers.some((q) => q === "previous" || q === "forecast" || q === "rate")) continue;
    const key = [ctx.storyOf[c.doc], c.measure, c.subject, c.time].join("\u0000");
    facts.set(key, [...(facts.get(key) ?? []), c]);
  }
  const out: Finding[] = [];
  for (const key of [...facts.keys()].sort()) {
    const list = facts.get(key)!;
    const currencies = new Set(list.map((c) => c.quantity!.unit));
    if (currencies.size < 2) continue;
    // One claim per currency and value, most cited first.
    const first = list[0];
    out.push({
      kind: "money",
      severity: "info",
      story: ctx.storyOf[first.doc],
      subject: first.subject!,
      subjectLabel: first.subjectLabel ?? first.subject!,
      measure: first.measure,
      time: first.time,
      values: buildValueGroups(list, ctx.originalOf),
      reasons: ["other-currency"],
    });
  }
  return out;
}
