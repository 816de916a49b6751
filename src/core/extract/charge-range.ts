/**
 * How far a vehicle goes on one charge or tank: "can travel up to 610 kilometres on a single charge", "a claimed
 * range of 560 km", "610 km of range". One fact of the story's vehicle, in its unit.
 */
import type { NumberMention } from "./scan-numbers.js";
import type { Classified } from "./classify-number.js";

const DISTANCE_UNIT = /^[\s-]?(kilomet(?:re|er)s?|km|miles?|mi)\b/i;
const RANGE_OF = /\branges?\s+(?:of|is|was|will\s+be|rated\s+at)\s+(?:up\s+to\s+|about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i;
const ON_A_CHARGE = /^\s+(?:of\s+range\b|(?:of\s+driving\s+)?on\s+a\s+(?:single\s+|full\s+)?(?:charge|tank)\b)/i;

export function chargeRange(text: string, n: NumberMention): Classified | undefined {
  const unit = DISTANCE_UNIT.exec(text.slice(n.end, n.end + 14));
  if (!unit) return undefined;
  const before = text.slice(Math.max(0, n.hedgeStart - 40), n.hedgeStart);
  if (!RANGE_OF.test(before) && !ON_A_CHARGE.test(text.slice(n.end + unit[0].length, n.end + unit[0].length + 40))) return undefined;
  const u = /^k/i.test(unit[1]) ? "km" : "mi";
  return { kind: "count", end: n.end + unit[0].length, unit: u, noun: `range:${u}` };
}
