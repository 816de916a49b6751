/**
 * What the words after a count of people say they did or went through: "12,400 patients have been waiting more
 * than 18 weeks" (waiting:>18w), "A dozen patients dropped out" (withdrawn).
 */
import { parseNumberWords } from "../extract/number-words.js";

const WAITED = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:(?:have|has|had|are|were|is|was)\s+)?(?:been\s+)?(?:waiting|waited|wait)\s+(?:for\s+(?:[\p{Ll}-]+\s+){0,2}?)?(?:(?:longer|more)\s+than|over|at\s+least|beyond)\s+(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(hour|day|week|month|year)s?\b/iu;
const UNIT: Record<string, string> = { hour: "h", day: "d", week: "w", month: "mo", year: "y" };
/** "dropped out", "withdrew", "stopped taking the drug", "left the trial": people who left a study. */
const WITHDREW = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:(?:have|has|had)\s+)?(?:dropped\s+out|pulled\s+out|withdrew|withdrawn|stopped\s+taking|left\s+the\s+(?:trial|study))\b/iu;

/** "6.7 million people ... are now on waiting lists", "7.6 million people are waiting for hospital treatment". */
const ON_LIST = /^\s+(?:(?:people|patients)\s+)?(?:in\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?(?:(?:are|were|is|was|remain|remained)\s+)?(?:now\s+|still\s+)?(?:on\s+(?:the\s+|a\s+)?(?:[\p{Ll}-]+\s+)?waiting\s+lists?\b|waiting\s+for\s+(?:[\p{Ll}-]+\s+){0,2}?(?:treatment|surgery|operations?|care|appointments?)\b(?!\s+(?:for\s+)?(?:more|longer|over|at\s+least|beyond)\b))/u;
/** A list's level ("reached", "rose to", "stands at") and the hedge before its number ("about", "a record"). */
const LEVEL_VERB = String.raw`(?:reached|hit|hits|stands\s+at|stood\s+at|(?:rose|risen|climbed|grew|grown|fell|fallen|dropped|increased)\s+to|is|was|tops|topped)`;
const LEVEL_HEDGE = String.raw`(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|a\s+record\s+)?$`;
/** "the hospital waiting list reached 7.6 million", "a waiting list of 7.6 million", "waiting list hits 6.7 million". */
const LIST_BEFORE = new RegExp(String.raw`\bwaiting\s+lists?\s+(?:for\s+(?:[\p{Ll}-]+\s+){1,3}?)?(?:in\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?(?:has\s+|have\s+|had\s+)?(?:now\s+)?(?:of|at|to|${LEVEL_VERB})\s+${LEVEL_HEDGE}`, "iu");

/** "The number of people waiting for routine hospital treatment in Pentlow rose to 7.6 million". */
const NUMBER_WAITING = new RegExp(String.raw`\bnumber\s+of\s+(?:people|patients)\s+(?:still\s+)?waiting\b(?!\s+(?:more|longer|over|at\s+least|beyond)\b)[^.;\d]{0,80}?\b${LEVEL_VERB}\s+${LEVEL_HEDGE}`, "iu");

/** A whole waiting list: the people on it, told before or after the number. */
export function waitingList(text: string, clauseStart: number, valueStart: number, valueEnd: number): string | undefined {
  if (!/\bwait/i.test(text)) return undefined;
  const left = text.slice(Math.max(clauseStart, valueStart - 140), valueStart);
  return LIST_BEFORE.test(left) || NUMBER_WAITING.test(left) || ON_LIST.test(text.slice(valueEnd, valueEnd + 90)) ? "waiting" : undefined;
}

/** The measure a count of people takes from what follows it, if the words say. */
export function peopleAfter(text: string, valueEnd: number): string | undefined {
  const after = text.slice(valueEnd, valueEnd + 110);
  if (WITHDREW.test(after)) return "withdrawn";
  const m = /\bwait/i.test(after) ? WAITED.exec(after) : null;
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : /^an?$/i.test(m[1]) ? 1 : parseNumberWords(m[1].toLowerCase());
  if (n === undefined) return undefined;
  const unit = UNIT[m[2].toLowerCase()];
  // ("longer than 12 months" is "more than a year"; "104 weeks", two years.)
  if (unit === "mo" && n % 12 === 0) return `waiting:>${n / 12}y`;
  if (unit === "w" && n % 52 === 0) return `waiting:>${n / 52}y`;
  return `waiting:>${n}${unit}`;
}
