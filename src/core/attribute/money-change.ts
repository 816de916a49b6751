/**
 * Money said as a change and a level: "cut the police budget by $18 million, to $412 million", "an $18 million cut
 * to the budget, leaving it at $421 million", "bringing it to $412 million". The change is a cut; the level is the
 * figure the sentence named before it.
 */
import { CUT_BY, MONEY_MEASURES } from "./lexicon.js";
import type { Word } from "./words.js";
import { ruleFor } from "./rule-for.js";

const LEVEL_AFTER = /(?:\bby\s+\S+(?:\s+(?:million|billion|thousand|trillion|[mb]n|pence|cents))?\s*,?\s+to|\bleaving\s+(?:it|them|the\s+\p{Ll}+)\s+at|\b(?:bringing|taking)\s+(?:it|them|the\s+\p{Ll}+)\s+to|\bto\s+a\s+(?:new\s+)?(?:total|level)\s+of)\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?$/iu;
const RAISE_BY = /\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lift(?:s|ed|ing)?|hik(?:e|es|ed|ing)|put\s+up|puts\s+up|putting\s+up|(?:go|goes|went|gone|going)\s+up|rose|rise|rises|rising|risen|grew|grow|grows|grown|climbed|climbs|jumped|jumps|gained|gains)\b[^.;$€£\d]{0,40}\bby\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|a\s+further\s+|another\s+)?$/i;
const FALL_BY = /\b(?:(?:go|goes|went|gone|going)\s+down|fell|fall|falls|falling|fallen|dropped|drops|declined|declines|decreased|decreases|slipped|slips|shrank|shrinks|sank|sinks)\b[^.;$€£\d]{0,40}\bby\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|a\s+further\s+|another\s+)?$/i;
const MOVED_BEFORE = /\b(rose|rises|risen|jumped|jumps|soared|soars|climbed|climbs|surged|surges|added|adds|gained|gains|fell|falls|fallen|dropped|drops|slipped|slips|tumbled|tumbles|plunged|plunges|slid|slides|sank|sinks|declined|declines|eased|eases|lost|loses|shed|sheds)\s+(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+|over\s+|another\s+|a\s+further\s+)?$/i;
const DOWN = /^(?:fell|falls|fallen|dropped|drops|slipped|slips|tumbled|tumbles|plunged|plunges|slid|slides|sank|sinks|declined|declines|eased|eases|lost|loses|shed|sheds)$/i;
/** The level's measure: what the sentence names, not the change itself. */
const NOT_LEVEL = /^(?:cuts|investment|commitment|pay)$/;

export function moneyChange(text: string, words: Word[], valueStart: number): string | undefined {
  const before = text.slice(Math.max(0, valueStart - 60), valueStart);
  if (CUT_BY.test(before)) return "cuts";
  // "raised the fare by 25 cents to $3": the rise, not the fare.
  if (RAISE_BY.test(before)) return "increase";
  if (FALL_BY.test(before)) return "decrease";
  // "Fares rose $1 to $3.50": a move, not a price. A share's move ("EDS shares added 26 cents", "soared $5.27")
  // belongs to a trading day the sentence seldom names: no claim ("skip").
  const moved = MOVED_BEFORE.exec(before);
  const market = moved && /\b(?:shares?|stocks?|index|futures|crude|gold|dollar)\b[^.;]{0,30}$/i.test(before.slice(0, moved.index));
  if (market) return "skip";
  if (moved && !/^(?:added|gained|lost|shed)$/i.test(moved[1])) return DOWN.test(moved[1]) ? "decrease" : "increase";
  if (!LEVEL_AFTER.test(before)) return undefined;
  for (const w of words.filter((x) => x.end <= valueStart).reverse()) {
    const m = ruleFor(MONEY_MEASURES, w.lower);
    if (m && !NOT_LEVEL.test(m)) return m;
  }
  return undefined;
}
