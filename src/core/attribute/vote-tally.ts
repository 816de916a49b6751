/**
 * The other candidate's tally, written as a bare number beside votes already counted: "winning 41,230 votes to
 * 36,870 for the sitting mayor, Paul Dremmel", "against Paul Dremmel's 36,780", "defeating Paul Dremmel, who got
 * 36,870". The number counts votes and is that candidate's.
 */
import type { EntityMention } from "../resolve/gazetteer.js";

const VOTES_TO = /\b[\d,]+\s+votes?\s+to\s+$/i;
const FOR_NAME = /^\s+for\s+(?:the\s+)?(?:[\p{Ll}-]+[\s,]+){0,3}?$/u;
const WHO_GOT = /,?\s+who\s+(?:got|received|won|took|polled|secured|had|gained)\s+(?:about\s+|around\s+|just\s+)?$/i;
const BARE_AFTER = /^\s*(?:[.,;:)]|$|\s+(?:for|against|votes?)\b)/i;

export function talliedTo(text: string, entities: EntityMention[], valueStart: number, valueEnd: number): EntityMention | undefined {
  if (!/\bvotes?\b/i.test(text) || !BARE_AFTER.test(text.slice(valueEnd, valueEnd + 10))) return undefined;
  const before = text.slice(Math.max(0, valueStart - 40), valueStart);
  if (VOTES_TO.test(before)) return entities.find((e) => e.start >= valueEnd && e.start - valueEnd <= 60 && FOR_NAME.test(text.slice(valueEnd, e.start)));
  return entities.find((e) => e.end <= valueStart && valueStart - e.end <= 30 && (/^['’]s\s+$/.test(text.slice(e.end, valueStart)) || WHO_GOT.test(text.slice(e.end, valueStart))));
}
