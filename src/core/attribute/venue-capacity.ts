/**
 * A place's capacity: "to hold 28,000 fans"; or a venue's, said with no noun after the number: "increase Haverly Park's capacity to 45,000", "The
 * stadium's current capacity is 36,500", "The ground currently holds 36,500". Counted as seats, as "42,000 seats"
 * is.
 */
const HEDGE = String.raw`(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+|just\s+(?:over|under)\s+)?`;
const CAPACITY_BEFORE = new RegExp(String.raw`\b(?:seating\s+)?capacity\s+(?:(?:will\s+)?(?:rise|rises|rising|grow|grows|growing|increase|increases|increasing)\s+)?(?:to|at|of|is|was|will\s+be|would\s+be|stands\s+at|stood\s+at)\s+${HEDGE}$`, "i");
const HOLDS_BEFORE = new RegExp(String.raw`\b(?:currently\s+|now\s+|already\s+)?(?:holds|held|seats|seated|accommodates)\s+${HEDGE}$`, "i");
const VENUE = /\b(?:stadium|ground|arena|park|venue|theatre|theater|hall|ballpark|dome|bowl|amphitheatre|amphitheater|auditorium|stand|stands|field|coliseum|velodrome|racecourse)\b/i;
/** No noun of its own after the number: the end of the phrase, a verb, or a word for people there. */
const NO_NOUN_AFTER = /^(?:\s*(?:[,.;:)?!]|$)|\s+(?:has|have|had|was|were|is|are|will|would|could|after|when|and|but|from|by|in|at|on|to|for|with|seats|fans|spectators|supporters|people|today|now)\b)/i;

/** "to hold 28,000 fans", "can seat 2,000 people": what a place holds, with people named after the number. */
const TO_HOLD = /\b(?:to|can|could|will|would|able\s+to)\s+(?:hold|seat|accommodate)\s+(?:up\s+to\s+|about\s+|around\s+|roughly\s+|some\s+|more\s+than\s+|nearly\s+|almost\s+)?$/i;
const HELD_PEOPLE = /^\s+(?:fans|spectators|people|supporters|visitors|guests|worshippers|delegates|seats|persons|concertgoers)\b/i;

export function venueCapacity(text: string, clauseStart: number, valueStart: number, valueEnd: number): boolean {
  if (TO_HOLD.test(text.slice(Math.max(clauseStart, valueStart - 40), valueStart)) && HELD_PEOPLE.test(text.slice(valueEnd, valueEnd + 16))) return true;
  const left = text.slice(Math.max(clauseStart, valueStart - 80), valueStart);
  if (!NO_NOUN_AFTER.test(text.slice(valueEnd, valueEnd + 16))) return false;
  return (CAPACITY_BEFORE.test(left) || HOLDS_BEFORE.test(left)) && VENUE.test(text);
}
