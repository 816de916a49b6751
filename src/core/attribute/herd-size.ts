/**
 * The size of an animal group a story is about: "The zoo's herd now numbers six", "The herd now has seven
 * elephants", "brings the zoo's herd to six elephants", "a colony of 40 penguins".
 */
const GROUP = String.raw`(herd|flock|pack|colony|pride|pod|troop|troupe|shoal|swarm|litter|clutch|brood)`;
import { HEDGE_PREFIX as HEDGE } from "./lexicon.js";
const GROUP_IS = new RegExp(String.raw`\b${GROUP}\s+(?:now\s+|currently\s+|still\s+)?(?:numbers|numbered|totals|totalled|totaled|stands\s+at|stood\s+at|has|had|contains|contained|includes|included|is|was)\s+(?:now\s+)?${HEDGE}$`, "i");
const BRINGS_TO = new RegExp(String.raw`\b(?:brings?|brought|bringing|takes?|took|taking|increases?|increased|increasing|swells?|swelled|swelling|grows?|grew|growing|boosts?|boosted|boosting)\s+(?:the|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,2}?${GROUP}\s+to\s+${HEDGE}$`, "iu");
const GROUP_OF = new RegExp(String.raw`\b${GROUP}\s+of\s+${HEDGE}$`, "i");

/** "herd:size", "flock:size", or nothing. */
export function herdSize(text: string, clauseStart: number, valueStart: number, valueEnd: number): string | undefined {
  const before = text.slice(Math.max(clauseStart, valueStart - 80), valueStart);
  const m = GROUP_IS.exec(before) ?? BRINGS_TO.exec(before) ?? GROUP_OF.exec(before);
  // ("The herd is 40 years old", "the pack was 12 miles away": a number with a unit is no size.)
  if (!m || /^\s*(?:-|\s)?(?:years?|months?|weeks?|days?|miles?|km|kilomet|metres?|meters?|feet|ft|per\s*cent|percent|%)/i.test(text.slice(valueEnd, valueEnd + 12))) return undefined;
  return `${m[1].toLowerCase()}:size`;
}
