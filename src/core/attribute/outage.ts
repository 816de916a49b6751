/**
 * Power cuts: "1.2 million customers without power", "knocked out electricity to 1.2 million homes", "2.1 million
 * customers lost power". One measure whatever the noun (customers, homes, households, businesses) or none. How many
 * are still cut off later ("6,000 homes remained without electricity", "restored to all but 6,000") is a fact of
 * its own, apart from the peak. Water, gas, heating and internet cut off are counted apart from power ("3,500 homes
 * left without running water", "cut off supplies to 5,300 homes" in a sentence about a water main).
 */
const OUTAGE_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?((?:(?:were|are|was|is|have|has|had|been|remain|remained|remains|still|left)\s+)*)(?:without|lost|lose|losing)\s+(?:(?:running|drinking|tap|mains|clean|hot)\s+)?(power|electricity|service|supply|supplies|water|gas|heating|heat|internet|broadband)\b/iu;
const OUTAGE_BEFORE = /\b(?:knocked\s+out|knocking\s+out|knocks\s+out|cut|cuts|cutting|lost|left)\s+(?:off\s+)?(?:(?:the|their|its)\s+)?(power|electricity|service|supply|supplies|water(?:\s+supplies)?|gas(?:\s+supplies)?)\s+(?:to|for)\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+|roughly\s+|around\s+|over\s+)?$/i;
/** "left 48,000 properties cut off", "48,000 homes in the dark": in a sentence about power. */
const CUT_OFF_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:cut\s+off|in\s+the\s+dark)\b/iu;
/** The utility a generic word ("supply", "service") stands for in a sentence that names one. */
const UTILITY = /\b(water|gas|broadband|internet)\b/i;
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
  const cutBefore = OUTAGE_BEFORE.exec(before);
  const cut = after || cutBefore || (CUT_OFF_AFTER.test(text.slice(valueEnd, valueEnd + 60)) && POWER.test(sentence));
  const restoredBut = /\brestored\b[^.;]{0,40}\ball\s+but\s+(?:about\s+|some\s+|around\s+)?$/i.test(before) && POWER.test(sentence);
  if (!cut && !restoredBut) return undefined;
  const base = restoredBut || REMAINING_BEFORE.test(before) || /\b(?:remain|remained|remains|still)\b/i.test(after?.[1] ?? "") ? "outage:remaining" : "outage";
  const utility = utilityOf((after?.[2] ?? cutBefore?.[1] ?? "").toLowerCase(), sentence);
  return utility ? `${base}:${utility}` : base;
}

/** "water", "gas", "heating", "internet" for what was cut off; nothing for power. */
function utilityOf(word: string, sentence: string): string | undefined {
  const w = word.split(/\s+/)[0];
  if (/^(?:water|gas|internet)$/.test(w)) return w;
  if (/^(?:heating|heat)$/.test(w)) return "heating";
  if (w === "broadband") return "internet";
  if (/^(?:service|supply|supplies)$/.test(w) && !/\b(?:power|electricity|electric)\b/i.test(sentence)) return UTILITY.exec(sentence)?.[1].toLowerCase().replace("broadband", "internet");
  return undefined;
}
