/**
 * Levels and limits a number can set: how high a river crested ("crested at 8.4 metres", "a 4.8m peak"), the age
 * a rule draws its line at ("children under 16 will be barred", "a ban for under-16s"), and how close an object
 * passes Earth ("will pass within 2.1 million kilometres of Earth").
 */
import type { NumberMention } from "./scan-numbers.js";
import type { Classified } from "./classify-number.js";

const WATER = /\b(?:river|rivers|water|waters|flood|floods|flooding|tide|tides|lake|reservoir|creek|stream|canal|estuary)\b/i;
const PEAK_BEFORE = /\b(?:crest(?:ed|s|ing)?|peak(?:ed|s|ing)?|topped\s+out|(?:a|its|the)\s+(?:peak|crest|high|maximum)\s+of)\s+(?:at\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|just\s+(?:over|under|below|above)\s+)?$/i;
const LEVEL_UNIT = /^[\s-]?(metres?|meters?|m|feet|foot|ft)\b(?![.-]?\d)/i;
const PEAK_AFTER = /^[\s-]?(metres?|meters?|m|feet|foot|ft)\s+(?:peak|crest|high)\b/i;

/** How high water peaked, in metres or feet. */
export function waterPeak(text: string, n: NumberMention, unitOf: (written: string) => string): Classified | undefined {
  const after = text.slice(n.end);
  const unit = PEAK_BEFORE.test(text.slice(Math.max(0, n.hedgeStart - 40), n.hedgeStart)) ? LEVEL_UNIT.exec(after) : PEAK_AFTER.exec(after);
  if (!unit || !WATER.test(text)) return undefined;
  const u = unitOf(unit[1]);
  return { kind: "count", end: n.end + /^[\s-]?\S+/.exec(after)![0].length, unit: u, noun: `level:peak:${u}` };
}

const PEOPLE_UNDER = /\b(?:children|kids|anyone|those|people|users|teenagers|teens|minors|pupils|youngsters|young\s+people|under)\s+(?:aged\s+)?(?:under|below|younger\s+than)\s+(?:the\s+age\s+of\s+)?$/i;
const RULE_CUE = /\b(?:ban|bans|banned|banning|bar|barred|barring|prohibit\w*|forbid\w*|restrict\w*|not\s+(?:be\s+)?allowed|law|rules?|limit|verify|verification)\b/i;

/** The age a ban or law draws its line at: "children under 16 will be barred", "social media for under-16s". */
export function ageLimit(text: string, n: NumberMention): Classified | undefined {
  if (n.value < 5 || n.value > 25 || !Number.isInteger(n.value)) return undefined;
  // "under" reads as a hedge ("under 16" = less than 16): the words before the number itself.
  const before = text.slice(Math.max(0, n.start - 40), n.start);
  const plural = /\bunder-$/i.test(before) && /^s\b/.test(text.slice(n.end, n.end + 2));
  if (!plural && !PEOPLE_UNDER.test(before)) return undefined;
  if (!RULE_CUE.test(text)) return undefined;
  return { kind: "count", end: n.end + (plural ? 1 : 0), unit: "years", noun: "age:limit:years", exact: true };
}

const APPROACH_BEFORE = /\b(?:(?:pass(?:es|ed|ing)?|fl(?:y|ies|ew|ying)|com(?:e|es|ing)|came|sweep(?:s|ing)?|swept|approach(?:es|ed|ing)?|miss(?:es|ed|ing)?)\s+(?:[\p{L}-]+\s+){0,3}?(?:at\s+a\s+distance\s+of|within|by)|closest\s+approach\s+of|at\s+a\s+distance\s+of)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|just\s+|only\s+|less\s+than\s+)?$/iu;
const APPROACH_UNIT = /^\s?(kilomet(?:re|er)s|km|miles)\b/i;

/** How close an object passes Earth: "will pass within 2.1 million kilometres of Earth", "at a distance of 1.2 million km". */
export function approachDistance(text: string, n: NumberMention): Classified | undefined {
  const unit = APPROACH_UNIT.exec(text.slice(n.end));
  if (!unit || !/\b(?:Earth|planet|of\s+us|the\s+Moon)\b/.test(text) || !APPROACH_BEFORE.test(text.slice(Math.max(0, n.start - 80), n.start))) return undefined;
  const u = /^m/i.test(unit[1]) ? "mile" : "km";
  return { kind: "count", end: n.end + unit[0].length, unit: u, noun: `approach:${u}`, exact: true };
}
