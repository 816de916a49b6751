/**
 * A takeover's price is the company bought's, whichever side a sentence names: "HP will pay $12 billion" is the
 * price of EDS when the story says HP is buying EDS ("Hewlett-Packard will acquire Electronic Data Systems").
 * A price whose subject is a buyer the story names takes that buyer's target, when the buyer has only one.
 */
import type { Claim } from "../types.js";
import { canonicalName } from "../extract/entities.js";

export function priceToTarget(claims: Claim[], storyOf: number[]): void {
  const targets = new Map<string, { key: string; label?: string } | null>(); // story\0buyer -> its one target (null: several)
  for (const c of claims) {
    if (c.kind !== "entity" || c.measure !== "buyer" || !c.subject || typeof c.value !== "string") continue;
    const k = `${storyOf[c.doc]}\u0000${canonicalName(c.value)}`;
    const known = targets.get(k);
    if (known === undefined) targets.set(k, { key: c.subject, label: c.subjectLabel });
    else if (known && known.key !== c.subject) targets.set(k, null);
  }
  if (!targets.size) return;
  for (const c of claims) {
    if (c.kind !== "money" || c.measure !== "price" || !c.subject) continue;
    const t = targets.get(`${storyOf[c.doc]}\u0000${c.subject}`);
    if (!t) continue;
    c.subject = t.key;
    c.subjectLabel = t.label;
  }
}
