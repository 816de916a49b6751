import { CONTRIBUTE_VERB, GIVE_VERB, GIVING_BODY, LAND_VERB, RECEIVE_VERB } from "./lexicon.js";
import type { Word } from "./words.js";

/**
 * Money handed over, said only by the verb: received from someone named ("will receive $84 million from the
 * foundation"), given to someone or something ("will give Northfield University $48 million", "gave $2 million to
 * the museum"), contributed. Not what each share or holder receives ("shareholders will receive $3 a share").
 */
const RECEIVED_FROM = new RegExp(String.raw`^\s+(?:\([^)]*\)\s+)?(?:(?:in\s+[\p{L}-]+|upfront|up\s+front|in\s+cash|immediately)\s+)?from\s+(?:the\s+)?(?:\p{Lu}|(?:${GIVING_BODY})\b)`, "u");

/** "$120 million upfront": paid at once, as a deal's first payment. */
export const UPFRONT_AFTER = /^\s+(?:upfront|up\s+front)\b/i;

export function handedOver(text: string, left: Word[], valueStart: number, valueEnd: number): boolean {
  const rest = text.slice(valueEnd, valueEnd + 40);
  if (/^\s+(?:a|an|per|each)\s+(?:share|unit|month|year|week|day)\b|^\s+(?:each|apiece)\b/i.test(rest)) return false;
  // "will give Ridgeway School District an extra $18 million": read back past the receiver's name and "an extra".
  let reach = 3;
  while (reach < Math.min(left.length, 8) && /^(?:an?|the|extra|additional|further|another|more)$/.test(left[reach - 1].lower)) reach++;
  while (reach < Math.min(left.length, 8) && /^\p{Lu}/u.test(text.slice(left[reach - 1].start, left[reach - 1].end))) reach++;
  const upfront = UPFRONT_AFTER.test(rest);
  const verb = left.slice(0, reach).find((w) => RECEIVE_VERB.test(w.lower) || GIVE_VERB.test(w.lower) || CONTRIBUTE_VERB.test(w.lower) || (upfront && LAND_VERB.test(w.lower)));
  if (!verb) return false;
  if (CONTRIBUTE_VERB.test(verb.lower)) return true;
  if (RECEIVE_VERB.test(verb.lower) || LAND_VERB.test(verb.lower)) return RECEIVED_FROM.test(rest);
  // "is providing £48m for a new hospital": provided for a purpose.
  if (/^provid/.test(verb.lower)) return /^\s+(?:to|toward|towards|for)\b/i.test(rest);
  return /^\s+(?:to|toward|towards)\b/i.test(rest) || /\p{Lu}/u.test(text.slice(verb.end, valueStart));
}

