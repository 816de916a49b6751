/**
 * The people a fraud or theft took from: "took money from 14 clients", "stole £2.3m from 41 clients", "targeted 14
 * people", "defrauded 30 pensioners". Counted as victims, as "14 victims" is.
 */
import { HEDGE_PREFIX as HEDGE } from "./lexicon.js";
/** A verb of taking money by a crime, then the money, then "from" right before the number. */
const TOOK_FROM = new RegExp(String.raw`\b(?:stole|stolen|steal|steals|stealing|embezzl\w+|siphon\w*|defraud\w*|swindl\w*|conned|scamm\w+|cheat\w*|took|taken|taking|fleec\w+)\b[^.;]{0,50}?(?:[£$€]\s?\d|\bmoney\b|\bcash\b|\bsavings\b|\bfunds\b|\bmillion\b|\bthousands?\b)(?:[^.;]|\.\d){0,30}?\bfrom\s+${HEDGE}$`, "i");
/** A verb whose object is the victim: "targeted 14 people", "defrauded 30 pensioners", "conned 12 customers". */
const DID_TO = new RegExp(String.raw`\b(?:defrauded|defrauding|defrauds|conned|conning|swindled|swindling|scammed|scamming|cheated|cheating|duped|duping|fleeced|fleecing|targeted|targeting|targets|preyed\s+on|preying\s+on|tricked|tricking)\s+${HEDGE}$`, "i");
/** Who a fraud's victims are. */
const VICTIM_NOUN = /^\s+(?:[\p{Ll}-]+\s+)?(?:people|persons|clients|customers|pensioners|investors|residents|victims|families|women|men|homeowners|savers|members|patients|elderly\s+people|households|individuals|shoppers|businesses|companies|firms|charities)\b/iu;

export function victimCount(text: string, clauseStart: number, valueStart: number, valueEnd: number): boolean {
  const before = text.slice(Math.max(clauseStart, valueStart - 120), valueStart);
  if (!TOOK_FROM.test(before) && !DID_TO.test(before)) return false;
  return VICTIM_NOUN.test(text.slice(valueEnd, valueEnd + 40));
}
