/** Phrases that say how long an event or a wait lasted. */

/** "The average ambulance response time for category two calls ... was 24 minutes": an average named before its copula. */
export const AVERAGE_TIME_BEFORE = /\b(?:average|mean|median)\s+(?:[\p{L}-]+\s+){0,2}?(?:time|wait|waiting\s+time|delay|journey)\b[^.;\d]{0,100}?\b(?:was|is|of|at|rose\s+to|fell\s+to|reached|stood\s+at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+over\s+|just\s+under\s+)?$/iu;

/** Gatherings whose length is the event's: "The festival ran for four days" is "the four-day festival". */
const GATHERING_NOUN = String.raw`festival|fair|conference|summit|tournament|championships?|games|exhibition|carnival|congress|convention|expo|celebrations?`;
export const GATHERING = new RegExp(String.raw`\b(?:${GATHERING_NOUN})\b`, "i");
export const GATHERING_AFTER = new RegExp(String.raw`^-(day|week)(?:-long)?\s+(?:[\p{L}'’-]+\s+){0,4}?(?:${GATHERING_NOUN})\b`, "iu");

/**
 * "Tuesday's outage, which lasted about seven hours": what lasted, when it is a thing whose length a story
 * otherwise gives before its noun ("a four-hour outage", "a nine-day strike").
 */
const LASTED_THING = /\b(outage|blackout|strike|walkout|stoppage|lockout|closure|shutdown|siege|curfew|drought|ceasefire|standoff)\b[^.;]{0,64}$/i;
export function lastedNoun(before: string): string {
  const m = LASTED_THING.exec(before)?.[1].toLowerCase();
  return !m ? "event" : /^(?:walkout|stoppage)$/.test(m) ? "strike" : m;
}

/**
 * A length said of one part of the story's event is that part's: "a two-hour set" (a band's, at a three-day
 * festival), "a 40-minute speech", "a two-hour delay". The event itself ("a 78-minute final") is "event".
 */
export function partOfEvent(noun: string): string {
  const n = noun.toLowerCase();
  return /^(?:set|speech|address|interview|delay|wait|drive|walk|journey|trip|ride)$/.test(n) ? `task:${n}` : "event";
}
