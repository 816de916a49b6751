/**
 * Entity claims: who won a named prize or award. "Mara Quist has won the Halden Prize for Fiction", "Ruth Ogilvie
 * won the £50,000 Halden Prize", "The Halden Prize for Fiction was awarded on Tuesday to Ruth Ogilvie", "Halden
 * Prize goes to Mara Quist". Sources that name different winners of one prize disagree, unless one names both
 * (checked later). A past winner ("last year's prize went to ...", "won it in 2019") is no claim about this one.
 */
import type { EntityMention } from "../resolve/gazetteer.js";
import type { LocalClaim } from "./sentence-claims.js";
import { titleStart } from "./entities.js";
import { isFirstName } from "../nlp/compromise.js";

/** A prize's name: "Halden Prize", "Booker Award"; or a festival's metal-named statuette ("Golden Heron", "Silver Bear"). */
const PRIZE = /\b(?:Prize|Award|Medal|Trophy|Medallion|Fellowship)$|^(?:Golden|Silver|Bronze|Crystal)\s+\p{Lu}\p{Ll}+$/u;
const WON = /^\s+(?:has\s+|have\s+|had\s+)?(?:won|wins|took|takes|claimed|claims|scooped|collected|collects|picked\s+up|was\s+awarded|has\s+been\s+awarded|received|receives)\s+(?:the\s+|this\s+year['’]s\s+)?(?:[£$€][\d.,]+\s*(?:million|m|bn)?\s+|[\d.,]+\s+(?:million\s+)?(?:euros?|dollars?|pounds?|kronor|francs?)\s+)?$/iu;
const WON_ASIDE = new RegExp(`^(?:\\s*,[^,;]{1,60}){0,2}?,?${WON.source.slice(1)}`, "iu");
const AWARDED_TO = /^\s+(?:was|has\s+been|is|will\s+be)\s+(?:awarded|given|presented)\s+(?:on\s+\p{Lu}\p{Ll}+\s+|this\s+year\s+|posthumously\s+)?to\s+(?:(?:the\s+)?\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
const GOES_TO = /^\s+(?:goes|went|has\s+gone)\s+to\s+(?:(?:the\s+)?\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
/** "for Fiction", "in Physics": the prize's category, part of which prize it is. */
const CATEGORY = /^\s+(?:for|in)\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*)*)/u;
/** An earlier year's winner or a loser: no claim about this year's. */
const NOT_THIS_WIN = /\b(?:last\s+year|previous(?:ly)?|former|past|(?:19|20)\d\d|twice|times|never|not|n['’]t|nominated|shortlisted)\b/i;

const EARLIER_AFTER = /^[^.;]{0,12}?\b(?:in\s+(?:19|20)\d\d|last\s+year|a\s+year\s+ago)\b/i;

export function winnerClaims(text: string, entities: EntityMention[]): LocalClaim[] {
  if (entities.length < 2 || !/\b(?:Prize|Award|Medal|Trophy|Medallion|Fellowship|Golden|Silver|Bronze|Crystal)\b/.test(text)) return [];
  const out: LocalClaim[] = [];
  for (const [k, prize] of entities.entries()) {
    if (!PRIZE.test(prize.label)) continue;
    const category = CATEGORY.exec(text.slice(prize.end, prize.end + 60));
    const prizeEnd = category ? prize.end + category[0].length : prize.end;
    // "Elena Markova, 61, of the University of Vienna, has won the Nobel Prize": a person before asides.
    const won = entities.slice(0, k).reverse().filter((e) => !PRIZE.test(e.label) && WON_ASIDE.test(text.slice(e.end, prize.start)));
    const before = won.find((e) => e.label.includes(" ") && isFirstName(e.label.split(" ")[0])) ?? won.find((e) => WON.test(text.slice(e.end, prize.start)));
    const after = entities.slice(k + 1).find((e) => e.start >= prizeEnd);
    const winner =
      before ? before :
      after && !PRIZE.test(after.label) && (AWARDED_TO.test(text.slice(prizeEnd, after.start)) || GOES_TO.test(text.slice(prizeEnd, after.start))) ? after : undefined;
    // "The 2026 Nobel Prize": a year naming the prize's edition is no earlier win.
    const edition = /\b(?:19|20)\d\d\s+$/.test(text.slice(Math.max(0, prize.start - 6), prize.start)) ? text.slice(0, prize.start).replace(/\b(?:19|20)\d\d\s+$/, "") : text.slice(0, Math.min(winner?.start ?? 0, prize.start));
    if (!winner || NOT_THIS_WIN.test(text.slice(Math.min(winner.start, prize.start), Math.max(winner.end, prizeEnd))) || NOT_THIS_WIN.test(edition.slice(0, Math.min(winner.start, edition.length))) || EARLIER_AFTER.test(text.slice(Math.max(winner.end, prizeEnd), Math.max(winner.end, prizeEnd) + 30))) continue;
    // A title's own "The" is part of it ("The Salt Line won ...").
    const start = titleStart(text, winner.start);
    const label = text.slice(start, winner.end);
    const cat = category ? `:${category[1].toLowerCase().replace(/^the\s+/, "")}` : "";
    out.push({ kind: "entity", start, end: winner.end, text: label, value: label, measure: `winner${cat}`, subject: prize.key, subjectLabel: prize.label, time: "", qualifiers: [] });
  }
  return out;
}
