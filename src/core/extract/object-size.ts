/**
 * The size of the story's object said before its noun: "a 12.6 cm hailstone", "A 340-metre asteroid", "the 96-metre
 * spire". Only things with one obvious dimension: across for round things, up for tall ones, so the figure meets
 * "16.2 centimetres across" or "96 metres high" in another source.
 */
import type { NumberMention } from "./scan-numbers.js";
import type { Classified } from "./classify-number.js";
import { LENGTH_UNITS, lengthUnit } from "./length-units.js";

const ROUND = /^(?:hailstone|asteroid|meteorite|meteor|crater|sinkhole|boulder|pearl|diamond|egg|dish)$/;
const TALL = /^(?:tower|spire|skyscraper|statue|tree|wave|turbine|mast|chimney|monument|obelisk|cliff|sculpture|waterfall|steeple|minaret)$/;
/** The unit, then the noun or a modifier and the noun, past a name between ("The 310-metre Meridian Point tower"). */
const SIZE_BEFORE_NOUN = new RegExp(`^[\\s-](${LENGTH_UNITS})\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}([\\p{Ll}-]{3,})\\b(?:\\s+(\\p{Ll}{3,})\\b)?`, "u");

/** "A hailstone 16.2 centimetres wide", "An asteroid about 340 metres wide": the thing named right before its size. */
export const THING_BEFORE = /\b(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+)?(?!(?:lies|sits|rests|stands|measures|reaches|rises|runs|stretches|sinks|sank|lay|stood|rose)\s)(\p{Ll}{3,})\s+$/u;

/** One kind of tall building, whatever a source calls it. */
export const buildingNoun = (noun: string) => (/^(?:tower|skyscraper|building|block|high-rise)$/.test(noun) ? "building" : noun);

const TALLEST_AFTER = new RegExp(`^[\\s-](${LENGTH_UNITS})\\b[^.;]{0,30}?\\b(?:the\\s+)?(?:tallest|highest)\\s+(\\p{Ll}{3,})`, "u");

/** "which at 301 metres will be the tallest building": a height said beside a superlative. */
export function superlativeHeight(text: string, n: NumberMention): Classified | undefined {
  if (!/\bat\s+$/i.test(text.slice(Math.max(0, n.hedgeStart - 4), n.hedgeStart))) return undefined;
  const m = TALLEST_AFTER.exec(text.slice(n.end));
  if (!m) return undefined;
  const unit = lengthUnit(m[1]);
  return { kind: "count", end: n.end + m[1].length + 1, unit, noun: `height:${buildingNoun(m[2].toLowerCase())}:${unit}` };
}

export function compoundSize(text: string, n: NumberMention): Classified | undefined {
  if (!/\b(?:a|an|the|its)\s+$/i.test(text.slice(Math.max(0, n.hedgeStart - 5), n.hedgeStart))) return undefined;
  const m = SIZE_BEFORE_NOUN.exec(text.slice(n.end));
  if (!m) return undefined;
  // The noun itself, or after one modifier ("a 340-metre rocky asteroid").
  const noun = [m[2], m[3]].map((w) => w?.toLowerCase()).find((w) => w && (ROUND.test(w) || TALL.test(w)));
  if (!noun) return undefined;
  const dimension = ROUND.test(noun) ? "width" : TALL.test(noun) ? "height" : undefined;
  if (!dimension) return undefined;
  const unit = lengthUnit(m[1]);
  return { kind: "count", end: n.end + m[1].length + 1, unit, noun: `${dimension}:${dimension === "height" ? buildingNoun(noun) : noun}:${unit}` };
}
