/**
 * What the words after a count of people say they did or went through: "12,400 patients have been waiting more
 * than 18 weeks" (waiting:>18w), "A dozen patients dropped out" (withdrawn).
 */
import { parseNumberWords } from "../extract/number-words.js";

const WAITED = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:(?:have|has|had|are|were|is|was)\s+)?(?:been\s+)?(?:waiting|waited|wait)\s+(?:for\s+(?:[\p{Ll}-]+\s+){0,2}?)?(?:(?:longer|more)\s+than|over|at\s+least|beyond)\s+(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(hour|day|week|month|year)s?\b/iu;
const UNIT: Record<string, string> = { hour: "h", day: "d", week: "w", month: "mo", year: "y" };
/** "dropped out", "withdrew", "stopped taking the drug", "left the trial": people who left a study. */
const WITHDREW = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:(?:have|has|had)\s+)?(?:dropped\s+out|pulled\s+out|withdrew|withdrawn|stopped\s+taking|left\s+the\s+(?:trial|study))\b/iu;

/** The measure a count of people takes from what follows it, if the words say. */
export function peopleAfter(text: string, valueEnd: number): string | undefined {
  const after = text.slice(valueEnd, valueEnd + 110);
  if (WITHDREW.test(after)) return "withdrawn";
  const m = /\bwait/i.test(after) ? WAITED.exec(after) : null;
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : /^an?$/i.test(m[1]) ? 1 : parseNumberWords(m[1].toLowerCase());
  return n === undefined ? undefined : `waiting:>${n}${UNIT[m[2].toLowerCase()]}`;
}
