/** Phrases around a length: what is that long, wide, deep or high, and how a source says so. */
import { LENGTH_UNITS } from "./length-units.js";

export const STRETCH = /^(stretch|section|segment|portion|strip|swath|swathe|road|highway|motorway|railway|track|line|coast|coastline|beach|beaches|shoreline|riverbank|levee|embankment)$/;
/** "a 300-metre section", "the 366-metre container ship", "a 2-km-long stretch". */
export const LENGTH_AFTER = new RegExp(`^[\\s-]?(${LENGTH_UNITS})(?:[\\s-]long)?\\s+(?:(?!(?:of|the|a|an|to|in|on|at|for|and|or|from|with)\\s)[\\p{L}-]+\\s+){0,2}(stretch|section|segment|portion|strip|swath|swathe|ship|vessel|tanker|freighter|yacht|bridge|tunnel|bore|wall|runway|pipeline|cable|dam|levee|fence|barrier|stage|route|course|diversion|detour)\\b`, "iu");
/** "stage 4 (128 km)", "the route (12 miles)": a length in brackets after what has it. */
const BRACKETED_BEFORE = /\b(stage|route|course)(?:\s+\d{1,2})?\s*\(\s*$/i;
const BRACKETED_UNIT = new RegExp(`^[\\s-]?(${LENGTH_UNITS})\\s*\\)`, "iu");
export function bracketedLength(before: string, after: string): [string, string, string] | undefined {
  const thing = BRACKETED_BEFORE.exec(before);
  const unit = thing ? BRACKETED_UNIT.exec(after) : null;
  return thing && unit ? [unit[0], unit[1], thing[1]] : undefined;
}
/** "300 metres of the road", "15 miles of beaches": how much of something linear. */
export const LENGTH_OF = new RegExp(`^[\\s-](${LENGTH_UNITS})\\s+of\\s+(?:the\\s+|its\\s+)?(?:[\\p{Ll}-]+\\s+)?(road|highway|motorway|railway|track|line|coast|coastline|beach|beaches|shoreline|riverbank|levee|embankment)\\b`, "iu");

/** "was around 18 metres long", "a 14-metre-long ...", "N metres in length": how long something is. */
export const SIZE_AFTER = new RegExp(`^[\\s-](${LENGTH_UNITS})(?:[\\s-]long\\b|\\s+in\\s+length\\b)`, "iu");
/** Sizes across, down and up: one measure each, whatever the word ("wide" and "across" are both a width). */
export const DIMENSION_AFTER = new RegExp(`^[\\s-](${LENGTH_UNITS})(?:[\\s-](wide|deep|high|tall|across(?!\\s+(?:the|a|an|its|their|\\p{Lu}))|thick)\\b|\\s+in\\s+(width|depth|height|diameter)\\b)`, "iu");
export const DIMENSION: Record<string, string> = { wide: "width", across: "width", width: "width", diameter: "width", deep: "depth", depth: "depth", high: "height", tall: "height", height: "height", thick: "thickness" };
export const PLUME_BEFORE = /\b(?:ash|plumes?|columns?|clouds?|smoke)\b[^.;]{0,40}$/i;
export const PLUME_ROSE_BEFORE = /\b(?:plumes?|columns?|clouds?)\s+(?:\p{Ll}+\s+)?(?:reached|reaches|rose|rises|climbed|climbs|soared|soars|towered|towers|extended|extends)\s+(?:to\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+|as\s+high\s+as\s+)?$/iu;
export const PLUME_INTO_AFTER = new RegExp(`^[\\s-](${LENGTH_UNITS})(?:\\s+(?:into|in)\\s+the\\s+(?:sky|air|atmosphere|stratosphere)\\b|[\\s-](?:high|tall)\\b)`, "iu");
export const PLUME_UNIT_AFTER = new RegExp(`^[\\s-](${LENGTH_UNITS})\\b`, "iu");
/** The thing a clause gives the size of: "The new tower will be", "the crater on Dunlow Road was", "the hole measured". */
export const THING_SIZED = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\p{Ll}\d-]+\s+){0,2}?(\p{Ll}{3,})(?:\s+(?:on|in|at|near|of|off)(?:\s+the)?(?:\s+\p{Lu}[\p{L}'’-]*){1,3})?\s+(?:(?:that|which)\s+)?(?:alone\s+)?(?:is|was|are|were|will\s+be|would\s+be|is\s+now|measured|measures|measuring|stands|stood|reached|reaches)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|up to\s+|at\s+least\s+)?(?:[\d.,]+[\s-]?\p{L}+\s+(?:wide|deep|high|tall|across|long|thick)\s*,?\s+(?:and|by)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|up to\s+|at\s+least\s+)?)?$/u;
/** One kind of opening in the ground, whatever a source calls it. */
export const HOLE = /^(?:hole|sinkhole|crater|pit|chasm|cavity|void)$/;
/** "measured about 14 metres from snout to tail", "stretched some 14 metres", "spans 1.2 km". */
export const SIZE_BEFORE = /\b(?:measured|measures|measuring|stretched|stretches|stretching|spanned|spans|spanning)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|up to\s+|just over\s+|just under\s+)?$/i;
export const SIZE_UNIT = new RegExp(`^[\\s-](${LENGTH_UNITS})\\b(?![.-]?\\d)`, "iu");
/** "extend the runway at Glenbrae Airport to 3,200 metres", "lengthen its runway to 2,300 metres": the length it will have. */
export const EXTENDED_TO = /\b(?:extend(?:ed|s|ing)?|lengthen(?:ed|s|ing)?)\b[^.;]{0,50}?\bto\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$/i;
export const RUN_FOR_BEFORE = /\b(?:run|runs|running|extend|extends|extending|extended)\s+(?:for\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$/i;
export const LINEAR_THING = /\b(tunnel|bore|bridge|pipeline|cable|runway|wall|fence|barrier|canal|railway|motorway|highway)s?\b/gi;
/** "Its neck alone was about 6 metres long", "the crack measured 12 metres": a part's length is a fact of its own. */
export const PART_SUBJECT = /\b(?:its|the|their|his|her|a|an)\s+(neck|tail|skull|head|wing|wingspan|leg|arm|body|trunk|jaw|tooth|horn|fin|crack|gash|hole|breach|queue|line|tear|rupture|scar)\s+(?:alone\s+)?(?:was|is|were|are|measured|measures|measuring|stretched|stretches|spanned|spans|reached)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|up to\s+)?$/i;
/** "survived a fall of 300 metres", "falling 30 metres", "a 300-metre fall": how far someone fell. */
export const FELL_BEFORE = /\b(?:fell|falling|fallen|fall\s+of|plunged|plunging|tumbled|tumbling|plummeted|plummeting)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+)?$/i;
export const FALL_AFTER = new RegExp(`^-(${LENGTH_UNITS})\\s+(?:fall|plunge|drop)\\b`, "iu");

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12 };
/**
 * A race's stages are many: "the 182 km fourth stage", "stage 4 (128 km)" name which one ("stage-4"); a stage with
 * no number is the story's one.
 */
export function stageName(matched: string, before: string): string {
  const word = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\s+stage\b/i.exec(matched)?.[1] ?? /\b(?:stage\s+(\d{1,2})|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+stage)\s*\(?\s*$/i.exec(before)?.slice(1).find(Boolean);
  if (!word) return "stage";
  return `stage-${ORDINAL[word.toLowerCase()] ?? parseInt(word, 10)}`;
}
