/**
 * Which time something happens: "It is the fourth strike in the dispute since October", "This was the club's third
 * title in five years", "the Bank's second rate cut this year". A count of the event so far (kind `count`, measure
 * `nth:<event>` with the span it counts over: `nth:strike:since-october`), compared only between sources that
 * count over the same span. "For the third time" is not read (of what, the sentence may not say).
 */
import type { LocalClaim } from "./sentence-claims.js";

const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12 };
const EVENT = String.raw`(strikes?|walkouts?|stoppages?|protests?|(?:interest\s+)?rate\s+(?:rises?|cuts?|increases?|hikes?|rise|cut)|recalls?|outbreaks?|breaches|breach|attacks?|shootings?|crash|crashes|derailments?|closures?|lockdowns?|titles?|championships?|evacuations?|eruptions?|heatwaves?|(?:league|cup|consecutive|straight)\s+(?:wins?|victories|victory|defeats?|titles?)|victory|defeat|elections?|referendums?|downgrades?|upgrades?|postponements?|delays?|launch(?:es)?)`;
const NTH = new RegExp(String.raw`\b(?:is|was|are|were|marks|marked|marking|will\s+be|would\s+be|becomes|became|be|been|represents|represented)\s+(?:the|its|their|his|her|(?:the\s+)?\p{Lu}[\p{L}'’-]*['’]s?)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:such|major|national|major|separate|straight|consecutive|successive|day\s+of|round\s+of)\s+)?${EVENT}\b`, "giu");
/** The span counted over, right after the event: "since October", "this year", "in five years", "of the season". */
const SPAN = /^\s+(?:(?:in|of)\s+(?:the|this)\s+(?:dispute|row|campaign|conflict)\s+)?(?:(since)\s+(\p{L}+|\d{4})|(?:this|of\s+the)\s+(year|month|season|week|decade|century)|in\s+(?:the\s+(?:past|last)\s+)?(\p{L}+|\d+)\s+(years|months|weeks|seasons|days))/iu;

export function nthEventClaims(text: string): LocalClaim[] {
  if (!/\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\s/i.test(text)) return [];
  const out: LocalClaim[] = [];
  for (const m of text.matchAll(NTH)) {
    const word = m[1].toLowerCase();
    const value = ORDINALS[word] ?? Number.parseInt(word, 10);
    if (!value) continue;
    const start = m.index! + m[0].toLowerCase().lastIndexOf(` ${word} `) + 1;
    const end = start + word.length;
    const event = m[2].toLowerCase().replace(/\s+/g, " ").replace(/(?:es|s)$/, "").replace(/victorie$/, "victory").replace(/breache?$/, "breach");
    const span = SPAN.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 50));
    const scope = !span ? "" : span[1] ? `:since-${span[2].toLowerCase()}` : span[3] ? `:this-${span[3].toLowerCase()}` : `:in-${span[4].toLowerCase()}-${span[5].toLowerCase()}`;
    out.push({ kind: "count", start, end, text: text.slice(start, end), value, measure: `nth:${event.replace(/ /g, "-")}${scope}`, subject: "", subjectLabel: "", time: "", qualifiers: [] });
  }
  return out;
}
