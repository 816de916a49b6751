/**
 * Power cuts: "1.2 million customers without power", "knocked out electricity to 1.2 million homes", "2.1 million
 * customers lost power". One measure whatever the noun (customers, homes, households, businesses) or none. How many
 * are still cut off later ("6,000 homes remained without electricity", "restored to all but 6,000") is a fact of
 * its own, apart from the peak.
 */
const OUTAGE_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?((?:(?:were|are|was|is|remain|remained|remains|still|left)\s+)*)(?:without|lost|lose|losing)\s+(?:power|electricity|service|supply)\b/iu;
const OUTAGE_BEFORE = /\b(?:knocked\s+out|knocking\s+out|knocks\s+out|cut|cuts|cutting|lost|left)\s+(?:power|electricity|service)\s+(?:to|for)\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+|roughly\s+|around\s+|over\s+)?$/i;
/** "left 48,000 properties cut off", "48,000 homes in the dark": in a sentence about power. */
const CUT_OFF_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:cut\s+off|in\s+the\s+dark)\b/iu;
const POWER = /\b(?:power|electricity|outages?|blackouts?|network\s+operator|grid|supply|reconnect\w*)\b/i;
const REMAINING_BEFORE = /\b(?:all\s+but|still|remaining|remain|remained)\s+(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+)?$/i;
const OUTAGE_NOUN = /^(customers?|homes?|households?|businesses|residents?|people|properties|accounts?|users?)$/;

/** "outage", "outage:remaining" (still cut off later), or nothing. */
export function outageOf(sentence: string, clauseEnd: number, valueStart: number, valueEnd: number, noun: string | undefined): string | undefined {
  if (noun && !OUTAGE_NOUN.test(noun)) return undefined;
  // What the clause says of the figure; whether the sentence is about power at all.
  const text = sentence.slice(0, clauseEnd);
  const after = OUTAGE_AFTER.exec(text.slice(valueEnd, valueEnd + 80));
  const before = text.slice(Math.max(0, valueStart - 60), valueStart);
  const cut = after || OUTAGE_BEFORE.test(before) || (CUT_OFF_AFTER.test(text.slice(valueEnd, valueEnd + 60)) && POWER.test(sentence));
  const restoredBut = /\brestored\b[^.;]{0,40}\ball\s+but\s+(?:about\s+|some\s+|around\s+)?$/i.test(before) && POWER.test(sentence);
  if (!cut && !restoredBut) return undefined;
  return restoredBut || REMAINING_BEFORE.test(before) || /\b(?:remain|remained|remains|still)\b/i.test(after?.[1] ?? "") ? "outage:remaining" : "outage";
}
