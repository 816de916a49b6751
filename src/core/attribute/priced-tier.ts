/**
 * Which offering a consumer price is of: "The family plan will cost $19.99", "its individual plan ... from $10.99 to
 * $11.99", "the student plan stays at $5.99". One service's tiers have different prices, so each tier's price is
 * a fact of its own. Only a tier named with a word that says which one counts ("the plan" alone does not), and
 * only amounts a person pays (a $2.5 billion development plan is a project, not a tier).
 */
import { PREPOSITIONS, type Word } from "./words.js";

const TIER_NOUN = /^(plans?|tiers?|subscriptions?|memberships?|passes|pass|tickets?|bundles?|editions?|packages?|versions?|rides?|trips?|journeys?)$/;
const NOT_MODIFIER = /^(the|a|an|its|their|his|her|our|your|this|that|these|those|each|every|per|new|current|same|whole|entire|price|prices|cost|costs|monthly|month|annual|year|total|overall|government|federal|state|city|rescue|recovery|stimulus|peace|pension|budget|spending|investment|development|business|and|or|but|is|was|are|were|be|will|would|january|february|march|april|may|june|july|august|september|october|november|december|\d.*)$/;
/** Tiers one buys for a ride or a period, not a plan: named alone or by how long they last. */
const SINGLE_USE = /^(ride|trip|journey|ticket|pass|membership)$/;
/** Consumer prices stay below this. */
const MAX_TIER_PRICE = 100_000;

/** "family-plan", when a tier is named before `valueStart` in the sentence with no other amount in between. */
export function pricedTier(text: string, words: Word[], valueStart: number, value: number): string | undefined {
  if (value >= MAX_TIER_PRICE) return undefined;
  const before = words.filter((w) => w.end <= valueStart);
  for (let k = before.length - 1; k >= 0; k--) {
    const w = before[k];
    // Another amount between the tier and this one is that amount's.
    if (/^\d/.test(w.lower)) return undefined;
    if (!TIER_NOUN.test(w.lower)) continue;
    const noun = w.lower === "passes" ? "pass" : w.lower.replace(/(?<!s)s$/, "");
    const mod = before[k - 1];
    // "an annual pass", "a day ticket": how long a pass lasts names it (a plan's billing period does not).
    const period = mod && SINGLE_USE.test(noun) && /^(annual|monthly|weekly|daily|day|week|month|year|season)$/.test(mod.lower);
    if (!mod || w.start - mod.end > 1 || (!period && (NOT_MODIFIER.test(mod.lower) || PREPOSITIONS.has(mod.lower))) || !/^\p{L}[\p{L}-]+$/u.test(mod.lower)) {
      // "Rides cost $2", "a ticket is $40": a single-use tier named alone, right before its price.
      return SINGLE_USE.test(noun) && /^\s+(?:will\s+)?(?:cost|costs|is|are|go\s+for|sell\s+for)\s+(?:just\s+|only\s+)?$/i.test(text.slice(w.end, valueStart)) ? noun : undefined;
    }
    return `${mod.lower}-${noun}`;
  }
  return undefined;
}
