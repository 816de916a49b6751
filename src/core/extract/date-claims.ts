/**
 * Dates of a sentence that date an event: a launch, a concert, a trial, an election, a death, a rule taking effect.
 * (Hearings are not read: a case has many, each rescheduled, and real coverage named different ones.)
 */
import type { EntityMention } from "../resolve/gazetteer.js";
import type { SubjectRef } from "../attribute/subject.js";
import { qualifiersNear } from "../attribute/qualifiers.js";
import type { Clauses, Word } from "../attribute/words.js";
import { isFirstName } from "../nlp/compromise.js";
import { isoDate, type DateMention } from "./dates.js";
import type { LocalClaim } from "./sentence-claims.js";

const DATE_EVENTS: [string, RegExp][] = [
  ["performance", /^(concert|concerts|gig|gigs|performance|performances|recital|headline|headlines|headlining|perform|performs|performing)$/],
  ["trial", /^(trial)$/],
  // The day of a theft is the story's event: "stole three landscapes ... on March 9", "the March 8 heist". (Not
  // shootings or "reported stolen": real coverage of one shooting dates earlier shootings, a stolen car, a hearing.)
  ["event", /^(struck|hit|occurred|happened|erupted|crashed|exploded|collapsed|stole|theft|robbery|burgled|burglary|heist|break-in)$/],
  ["launch", /^(launch|launched|launches|launching|liftoff|lift-off|lifted|blasted|flew|release|released|releases|debut|debuts|debuted|unveiled|unveil|available|ship|ships|shipping|arrive|arrives|goes|go)$/],
  ["election", /^(election|elections|vote|voting|polls|ballot|referendum|runoff|primary)$/],
  ["born", /^(born)$/],
  ["died", /^(died|death|passed)$/],
  ["founded", /^(founded|established|formed|incorporated)$/],
  ["opening", /^(open|opens|opened|opening|inaugurated)$/],
  // A reopening is another day than the first opening of the same place.
  ["reopening", /^(reopen|reopens|reopened|reopening|reopenings)$/],
  ["deadline", /^(deadline|expires|expire|expiry)$/],
  // "will make its closest approach to the Sun on July 9", "will pass closest to Earth on": a comet's or asteroid's.
  ["approach", /^(closest|perihelion|flyby|fly-by)$/],
];
/** Nouns that name the event however far from the date in its clause ("pushed back the launch of its Kestrel cargo rocket to April 10"). */
const STRONG_EVENT: [string, RegExp][] = [
  ["launch", /^(launch|release|premiere|debut)$/],
  ["performance", /^(concert|gig|recital)$/],
  ["trial", /^(trial)$/],
  ["election", /^(election|referendum|runoff)$/],
  ["event", /^(stole|theft|robbery|heist|burglary|break-in)$/],
];
/** "a second show", "the first show": a show that is a performance (not "figures show"). */
const SHOW_BEFORE = /^(a|an|the|second|third|first|final|extra|another|new|opening|farewell|sold-out|added|one-off|one-night|outdoor|open-air|homecoming|reunion|comeback|stadium|arena|special)$/;
/** "on sale", "begin selling", "starts selling": a product's first day in the shops. */
const ON_SALE = /^(?:on sale|(?:begin|begins|began|start|starts|started) selling)$/;
/** Words that make "play" a band's or a singer's: "will play Brockhurst Park on June 21, their first UK concert". */
const MUSIC_WORD = /^(concert|concerts|gig|gigs|tour|band|singer|rapper|orchestra|album|fans|tickets)$/;

export function dateClaims(text: string, words: Word[], dates: DateMention[], clauses: Clauses, entities: EntityMention[], year: number | undefined, subjectAt: (at: number) => SubjectRef | undefined): LocalClaim[] {
  const out: LocalClaim[] = [];
  for (const d of dates) {
    if (d.day === undefined) continue;
    // A date's own commas ("on Wednesday, April 9,", "a November 12, 2026 release") do not end its clause.
    const weekday = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*$/.exec(text.slice(Math.max(0, d.start - 12), d.start));
    const clause = { start: clauses.of(weekday ? Math.max(0, d.start - 12) + weekday.index : d.start).start, end: clauses.of(Math.max(d.start, d.end - 1)).end };
    // The day a breach or fault came to light: "was discovered on March 21" (right before the date only).
    const found = /\b(?:(?:was|were|been|first)\s+(?:discovered|detected)|(?:discovered|detected)\s+(?:the\s+)?(?:breach|attack|cyber-?attack|hack|intrusion|leak|fault|flaw))\s+on\s+$/i.test(text.slice(Math.max(0, d.start - 40), d.start));
    const measure = effectiveDate(text, d.start, d.end, clause.start, clause.end) ? "effective" : found ? "discovered" : dateMeasure(words, d.start, d.end, clause.start, clause.end);
    if (!measure) continue;
    // A launch or opening date belongs to the thing launched: the thing named after the event's noun ("a November
    // 12 release for Glass Harbour 2", "targets April 9 for the launch of its Kestrel rocket"), else the nearest
    // name before it. (A person "released on bond" is not a product launch.)
    const named = entities.find((e) => e.start >= d.end && e.end <= clause.end && /\b(?:release|launch|premiere|debut|opening)\s+(?:of|for)\s+(?:the\s+|its\s+|their\s+)?["“]?$/i.test(text.slice(Math.max(d.end, e.start - 40), e.start)));
    const near = named ?? [...entities].reverse().find((e) => e.end <= d.start);
    const placed = measure === "launch" || measure === "opening" || measure === "reopening";
    if (placed && near && isFirstName(near.label.split(" ")[0])) continue;
    // What takes effect is someone's change: Citgo's price rise and Phillips's are two facts.
    const subject = measure === "born" || measure === "died" || measure === "effective" ? subjectAt(d.start) : placed ? (near ? { key: near.key, label: near.label } : undefined) : { key: "", label: "" };
    out.push({ kind: "date", start: d.start, end: d.end, text: text.slice(d.start, d.end), value: isoDate(d, year), measure: `date:${measure}`, subject: subject?.key, subjectLabel: subject?.label, time: d.year === undefined ? "" : `y${d.year}`, qualifiers: qualifiersNear(text, words, d.start, d.end, clause.start, clause.end) });
  }
  return out;
}

/**
 * The day a rule, price or wage starts to apply: "takes effect January 1, 2027", "effective March 3",
 * "From July 1, 2027, employers must pay", "will rise to $17.50 on July 1, 2027".
 */
function effectiveDate(text: string, start: number, end: number, clauseStart: number, clauseEnd: number): boolean {
  const left = text.slice(Math.max(clauseStart, start - 40), start);
  // Only a change still to come: "raised its prices, effective June 17" is history, and one company's changes differ.
  if (/\b(?:takes?|come|comes|goes|go)\s+(?:into\s+)?(?:effect|force)\s+(?:on\s+|from\s+)?$/i.test(left)) return true;
  if (/\beffective\s+(?:from\s+|on\s+|as\s+of\s+)?$/i.test(left) && /\b(?:will|shall|must|is to|are to|is set to|are set to|is due to|are due to)\b/i.test(text.slice(clauseStart, start))) return true;
  // "From July 1, 2027, employers ... must pay": a sentence that opens with the date, about what will apply.
  const rest = text.slice(end, clauseEnd);
  if (/^\s*(?:from|starting|beginning|as of)\s+$/i.test(text.slice(0, start)) && /^,\s/.test(text.slice(end)) && /\b(?:must|will|shall|have to|has to|need to|needs to)\b/i.test(text.slice(end, end + 120))) return true;
  // "will raise the minimum wage to $17.50 an hour on July 1, 2027": a change, dated, in the future.
  return /\bon\s+$/i.test(left) && /\b(?:will|would|is set to|are set to|is due to|are due to)\s+(?:[\p{Ll}-]+\s+)?(?:raise|rise|increase|climb|go up|lift|cut|fall|drop|lower|reduce|change)\b/iu.test(text.slice(clauseStart, start)) && !/\b(?:said|announced|voted)\b/.test(rest.slice(0, 12));
}

function dateMeasure(words: Word[], start: number, end: number, clauseStart: number, clauseEnd: number): string | undefined {
  const inClause = words.filter((w) => w.start >= clauseStart && w.end <= clauseEnd);
  const near = inClause.filter((w) => w.end <= start || w.start >= end).sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start));
  for (const w of near.slice(0, 8)) {
    for (const [m, re] of DATE_EVENTS) if (re.test(w.lower)) return m;
    // "a second show has been scheduled for June 14".
    // "The band's June 14 show": a show named right after its date.
    if (/^shows?$/.test(w.lower) && (SHOW_BEFORE.test(inClause[inClause.indexOf(w) - 1]?.lower ?? "") || (w.start > end && w.start - end <= 2))) return "performance";
    if (/^(play|plays|playing)$/.test(w.lower) && words.some((o) => MUSIC_WORD.test(o.lower))) return "performance";
    // A product put "on sale" or that "will begin selling" on the date: its launch (not "sales rose on March 3").
    if (ON_SALE.test(`${inClause[inClause.indexOf(w) - 1]?.lower} ${w.lower}`)) return "launch";
  }
  for (const w of near.slice(8, 16)) for (const [m, re] of STRONG_EVENT) if (re.test(w.lower)) return m;
  // "launched its Vantage rocket for the first time on 3 March 2026, placing ...": the verb of the clause the date
  // ends, however many words the clause goes on for.
  const left = near.filter((w) => w.end <= start).slice(0, 14);
  for (const w of left) if (/^(launched|lifted|blasted|flew|debuted|released|unveiled|opened|inaugurated|reopened)$/.test(w.lower)) return DATE_EVENTS.find(([, re]) => re.test(w.lower))?.[0];
  // "Thieves broke into the museum in the early hours of March 8": a break-in anywhere in the clause.
  if (near.some((w) => w.lower === "broke" && /^(?:into|in)$/.test(inClause[inClause.indexOf(w) + 1]?.lower ?? ""))) return "event";
  // "the first flight of its Halcyon rocket on March 14", "the maiden voyage ... planned for March 14".
  if (inClause.some((w, k) => /^(first|maiden|inaugural)$/.test(w.lower) && /^(flight|voyage|launch|sailing)$/.test(inClause[k + 1]?.lower ?? ""))) return "launch";
  // "The rocket lifted off at 6:42 a.m. local time on November 26": a take-off anywhere in the clause.
  if (near.some((w, k) => /^(lifted|lifts|blasted|blasts|took|takes)$/.test(w.lower) && near.some((o) => o.lower === "off" && o.start > w.end && o.start - w.end <= 2) && k < 16)) return "launch";
  return undefined;
}
