/** Which segment a reported figure is of: "cloud revenue" is not total revenue. */
import { isCommonWord } from "../nlp/compromise.js";
import { NOT_COUNT_NOUN } from "./lexicon.js";
import type { Word } from "./words.js";
import { singular } from "./word-forms.js";

/** Reported figures whose segments differ: total revenue is not cloud revenue. */
export const SEGMENTED = new Set(["revenue", "profit", "loss", "margin", "earning", "income", "sale"]);
const NEUTRAL_MODIFIER = /^(will|would|can|could|may|might|must|should|to|also|which|that|it|they|net|total|overall|annual|yearly|quarterly|full-year|record|reported|combined|consolidated|group|company|headline|its|their|his|her|the|a|an|this|that|new|strong|weak|higher|lower|first|second|third|fourth|fiscal|same|last|next|current|expected|estimated|projected|average|further|additional|initial|record-high|all-time)$/;

/** A period ("third-quarter revenue", "nine-month sales") or a verb ("expects revenue of") does not narrow a figure. */
const NOT_SEGMENT = /^(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)-(?:quarter|half)|(?:three|six|nine|twelve)-month|half-year|year-end|(?:expects?|expected|sees|saw|forecasts?|projects?|projected|predicts?|predicted|targets?|guides?|guided|reports?|reported|posts?|posted|books?|booked|records?|recorded|says?|said|had|has|have|lifts?|lifted|raises?|raised|cuts?|lowers?|lowered|boosts?|boosted|grows?|grew|doubles?|doubled))$/;

/** Names for sales at shops open a year or more: one segment, "like-for-like". */
const LIKE_FOR_LIKE = /^(?:like-for-like|same-store|same-stores|comparable|comparable-store|lfl)$/;
/** "Sales at stores open at least a year": the same segment said in full. */
const OPEN_A_YEAR = /^\p{L}+\s+(?:at|in|from)\s+(?:\p{Ll}+\s+)?(?:stores|shops|outlets|branches|restaurants|sites|locations)\s+(?:that\s+have\s+been\s+|which\s+have\s+been\s+)?open(?:ed)?\s+(?:for\s+)?(?:at\s+least|more\s+than|over|longer\s+than)\s+(?:a|one)\s+year\b/u;

/** "Sales in its 46 stores", "revenue at its restaurants": a figure of the business's shops. */
const IN_SHOPS = /^\p{L}+\s+(?:in|at|from)\s+(?:its|their|the\s+chain['’]s|the\s+group['’]s)\s+(?:[\d,]+\s+)?(?:physical\s+|own\s+)?(stores|shops|branches|restaurants)\b/iu;

/** The word right before a noun, when it narrows it ("cloud" revenue, "operating" margin). */
export function modifierBefore(text: string, words: Word[], start: number): string | undefined {
  if (OPEN_A_YEAR.test(text.slice(start, start + 90))) return "like-for-like";
  // "Sales in its 46 stores rose 1.1%": the shops' segment, as "store sales" is.
  const inShops = IN_SHOPS.exec(text.slice(start, start + 60));
  if (inShops) return /^(?:stores|shops)$/i.test(inShops[1]) ? "store" : singular(inShops[1].toLowerCase());
  const prev = [...words].reverse().find((w) => w.end <= start);
  if (!prev || !/^\s*-?\s*$/.test(text.slice(prev.end, start))) return undefined;
  const surface = text.slice(prev.start, prev.end);
  const lower = surface.toLowerCase();
  const opensSentence = words[0] === prev;
  // A capital opening the sentence may be any word, but not a name ("Ostrava sales climb 81%"); a compound of
  // ordinary words is no name ("Like-for-like sales").
  const ordinary = isCommonWord(lower) || (lower.includes("-") && lower.split("-").every((part) => isCommonWord(part)));
  if (!(opensSentence ? /^\p{L}[\p{Ll}-]+$/u : /^\p{Ll}[\p{Ll}-]+$/u).test(surface) || (opensSentence && surface !== lower && !ordinary) || NEUTRAL_MODIFIER.test(lower) || NOT_COUNT_NOUN.test(lower) || NOT_SEGMENT.test(lower)) return undefined;
  return LIKE_FOR_LIKE.test(lower) ? "like-for-like" : lower;
}

