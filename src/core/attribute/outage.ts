/**
 * Power cuts: "1.2 million customers without power", "knocked out electricity to 1.2 million homes", "2.1 million
 * customers lost power". One measure whatever the noun (customers, homes, households, businesses) or none.
 */
const OUTAGE_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:were|are|was|is|remain|remained|still|left)\s+)*(?:without|lost|lose|losing)\s+(?:power|electricity|service)\b/iu;
const OUTAGE_BEFORE = /\b(?:knocked\s+out|knocking\s+out|knocks\s+out|cut|cuts|cutting|lost|left)\s+(?:power|electricity|service)\s+(?:to|for)\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+|roughly\s+|around\s+|over\s+)?$/i;
const OUTAGE_NOUN = /^(customers?|homes?|households?|businesses|residents?|people|properties|accounts?|users?)$/;

export function isOutage(text: string, valueStart: number, valueEnd: number, noun: string | undefined): boolean {
  if (noun && !OUTAGE_NOUN.test(noun)) return false;
  return OUTAGE_AFTER.test(text.slice(valueEnd, valueEnd + 80)) || OUTAGE_BEFORE.test(text.slice(Math.max(0, valueStart - 60), valueStart));
}
