/** People waiting longer than a threshold: "12,400 patients have been waiting more than 18 weeks". */
import { parseNumberWords } from "../extract/number-words.js";

const WAITED = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:(?:have|has|had|are|were|is|was)\s+)?(?:been\s+)?(?:waiting|waited|wait)\s+(?:for\s+(?:[\p{Ll}-]+\s+){0,2}?)?(?:(?:longer|more)\s+than|over|at\s+least|beyond)\s+(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(hour|day|week|month|year)s?\b/iu;
const UNIT: Record<string, string> = { hour: "h", day: "d", week: "w", month: "mo", year: "y" };

/** The measure of a count of people who waited longer than a stated time ("waiting:>18w"), if the words say so. */
export function waitedOver(text: string, valueEnd: number): string | undefined {
  const m = WAITED.exec(text.slice(valueEnd, valueEnd + 110));
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : /^an?$/i.test(m[1]) ? 1 : parseNumberWords(m[1].toLowerCase());
  return n === undefined ? undefined : `waiting:>${n}${UNIT[m[2].toLowerCase()]}`;
}
