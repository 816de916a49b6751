/**
 * Money said as a change and a level: "cut the police budget by $18 million, to $412 million", "an $18 million cut
 * to the budget, leaving it at $421 million", "bringing it to $412 million". The change is a cut; the level is the
 * figure the sentence named before it.
 */
import { CUT_BY, MONEY_MEASURES } from "./lexicon.js";
import type { Word } from "./words.js";
import { ruleFor } from "./measure.js";

const LEVEL_AFTER = /(?:\bby\s+\S+\s+(?:million|billion|thousand|trillion|[mb]n)?\s*,?\s+to|\bleaving\s+(?:it|them|the\s+\p{Ll}+)\s+at|\bbringing\s+(?:it|them|the\s+\p{Ll}+)\s+to|\bto\s+a\s+(?:new\s+)?(?:total|level)\s+of)\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?$/iu;
/** The level's measure: what the sentence names, not the change itself. */
const NOT_LEVEL = /^(?:cuts|investment|commitment|pay)$/;

export function moneyChange(text: string, words: Word[], valueStart: number): string | undefined {
  const before = text.slice(Math.max(0, valueStart - 60), valueStart);
  if (CUT_BY.test(before)) return "cuts";
  if (!LEVEL_AFTER.test(before)) return undefined;
  for (const w of words.filter((x) => x.end <= valueStart).reverse()) {
    const m = ruleFor(MONEY_MEASURES, w.lower);
    if (m && !NOT_LEVEL.test(m)) return m;
  }
  return undefined;
}
