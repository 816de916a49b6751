/** Qualifiers of a value: additional, total, initial, previous, projected, forecast, rate, career, target, typical. */
import { PEOPLE_NOUN, QUALIFIER_WORDS } from "./lexicon.js";
import type { Word } from "./words.js";

export function isQualifier(w: string): boolean {
  return QUALIFIER_WORDS.some(([, re]) => re.test(w));
}

/** A person's former post or tie: "former Fenwick Logistics warehouse worker", "ex-chief executive". */
const FORMER_PERSON = /^[\s-]+(?:[\p{L}'’-]+\s+){0,3}?(?:worker|employee|staff(?:er)?|player|manager|executive|chief|director|president|minister|officer|official|member|partner|owner|boss|coach|chairman|chairwoman|chair|head|leader|champion|teacher|student|soldier|councillor|senator|governor|mayor|colleague|boyfriend|girlfriend|husband|wife|employer|nurse|doctor|contractor|aide|adviser|advisor|banker|trader|lawyer|agent|treasurer|clerk|accountant|secretary|cashier|bookkeeper|administrator|trustee|caretaker|guard|driver|pilot|captain|surgeon|priest|pastor|vicar|headteacher|headmaster|headmistress|principal|professor|lecturer|curator|dealer|broker|founder|co-founder|striker|defender|goalkeeper|midfielder|footballer|star|judge|detective|constable|spokesman|spokeswoman|analyst|consultant|engineer|scientist|researcher|editor|reporter|journalist|actor|singer|boxer|athlete|jockey|trainer|ceo|cfo|chancellor|ambassador|bishop)s?\b/iu;

const ESTIMATE_BEFORE = /\b(?:(?:expected|estimated|tipped|predicted|forecast)\s+to\s+(?:fetch|sell|go|make|raise|bring|achieve|realis|realiz)\w*|(?:pre-?sale\s+|auction\s+)?estimates?\s+(?:of|at|was|is|had\s+been)|estimated\s+(?:it\s+)?at)\b[^.;\d]{0,30}$/i;

/** Qualifiers near a value: the words before it in its clause and the compound after it. */
export function qualifiersNear(text: string, words: Word[], valueStart: number, valueEnd: number, clauseStart: number, clauseEnd: number): string[] {
  // A qualifier said before another figure is that figure's: in "gets an extra £6m, taking its budget to £148m"
  // the total is not extra. (A year between, "the total 2026 budget", does not stop the window.)
  const left = words.filter((w) => w.end <= valueStart);
  let figure = left.length - 1;
  while (figure >= 0 && !(/\d/.test(left[figure].lower) && !/^(?:19|20)\d\d(?:-\d\d)?$/.test(left[figure].lower))) figure--;
  const near = [
    ...left.slice(Math.max(figure + 1, left.length - 6)),
    ...words.filter((w) => w.start >= valueEnd && w.end <= clauseEnd).slice(0, 2),
  ];
  const found = new Set<string>();
  for (const w of near) {
    // "older adults", "old people": an age group, not a predecessor.
    if (/^(old|older)$/.test(w.lower) && /^\s+(?:adults|people|patients|residents|women|men|workers|americans|voters|drivers|children|volunteers|participants|persons|individuals)\b/i.test(text.slice(w.end, w.end + 14))) continue;
    // "up 12% from a year earlier, on revenue of $6.3 billion": another figure's base, said in another clause.
    if (w.lower === "earlier" && w.end <= clauseStart && /\b(?:from|than|on|over|versus|with)\s+(?:a|the)\s+(?:year|month|quarter|week|day)\s+$/i.test(text.slice(Math.max(0, w.start - 24), w.start))) continue;
    // "awards former warehouse worker $4.2 million": a former holder of a post, not an earlier value.
    if (/^(former|ex)$/.test(w.lower) && FORMER_PERSON.test(w.end <= valueStart ? text.slice(w.end, valueStart) : text.slice(w.end, w.end + 50))) continue;
    // "first half", "first-quarter": a period, not the first of several payments.
    // "flew for the first time": a first occasion, not the first of several values.
    if (/^first$/.test(w.lower) && /^[\s-]+(?:half|quarter|nine months|six months|three months|time)\b/i.test(text.slice(w.end, w.end + 14))) continue;
    // "The first end of the 21,000-km cable", "the first phase of the $2 billion project": the first of some other thing.
    if (/^first$/.test(w.lower) && w.end <= valueStart && /^\s+\p{L}+\s+of\s+(?:the|its|their|a|an)\s/u.test(text.slice(w.end, valueStart))) continue;
    // "bringing home 121 grams", "brought back": carried, not a running total.
    if (/^(bringing|brings|brought)$/.test(w.lower) && /^\s+(?:home|back)\b/i.test(text.slice(w.end, w.end + 6))) continue;
    // "brought 198 miners to the surface": the thing brought is the figure itself, not a running total.
    if (/^(bringing|brings|brought)$/.test(w.lower) && w.end <= valueStart && /^\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i.test(text.slice(w.end, valueStart))) continue;
    // "an all-time high of $2,590": a record, not a career's total.
    if (w.lower === "all-time" && /^\s+(?:highs?|lows?|records?|peaks?|bests?|worsts?)\b/i.test(text.slice(w.end, w.end + 10))) continue;
    // "initial public offering": a name for a sale of shares, not the first of several.
    if (w.lower === "initial" && /^\s+(?:public|coin)\s+offering/i.test(text.slice(w.end, w.end + 20))) continue;
    // "in May", "last May": the month, not the modal verb.
    if (w.lower === "may" && text[w.start] === "M" && (w.start > 0 || /^\s+\d/.test(text.slice(w.end, w.end + 3)))) continue;
    // "27 league goals": goals after the number are what it counts, not an aim.
    if (/^goals?$/.test(w.lower) && w.start >= valueEnd) continue;
    // "originally expected to cost", "its original budget": a first figure, since changed.
    if (w.lower === "originally" || (w.lower === "original" && /^\s+(?:budget|estimate|cost|costs|price|plan|forecast|target|figure|bid|offer|valuation|projection)\b/i.test(text.slice(w.end, w.end + 14)))) found.add("initial");
    for (const [q, re] of QUALIFIER_WORDS) if (re.test(w.lower)) found.add(q);
  }
  // "350 engineers on the job, with 120 more on the way", "with an additional 120 arriving": the first of two
  // parts; "Some 470 engineers, including 120 drafted in": a whole with a part named.
  const rest = text.slice(valueEnd, Math.min(clauseEnd + 90, valueEnd + 90));
  if (rest.includes("with") && /^[^.;]{0,60}?\bwith\s+(?:(?:an?\s+)?(?:additional|another|further|extra)\s+[\d,]+|[\d,]+\s+more)\b/i.test(rest)) found.add("initial");
  else if (rest.includes("including") && /^\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+,\s+including\s+[\d,]+\s/u.test(rest)) found.add("total");
  // "Detectives arrested seven other suspects": arrests besides the one the story is about, a part of the count.
  if (/^\s+(?:others\b|other\s+(?:suspects|men|people|teens|teenagers|defendants|individuals|persons|gang\s+members)\b)/i.test(text.slice(valueEnd, valueEnd + 30)) && /\b(?:arrest\w*|charged|detained|custody|booked)\b/i.test(text.slice(clauseStart, clauseEnd))) found.add("additional");
  if (/^\s+(?:in total|in all|altogether|overall|to date|so far)\b|^\s+since\s+(?:it|the|its)\b/i.test(text.slice(valueEnd)) || /\b(?:to date|so far)\b/i.test(text.slice(Math.max(0, valueStart - 30), valueStart))) found.add("total");
  // "Analysts had expected revenue of $12.1 billion": someone else's forecast of the figure is another fact.
  if (found.has("projected") && /\b(?:analysts?|consensus|economists?|forecasters?|expectations|polls? (?:had|predicted))\b/i.test(text)) found.add("forecast");
  // "had been expected to fetch between $30 million and $40 million", "a pre-sale estimate of": what an auction
  // house thought a lot would make, not what it made.
  // "Its last round, in March, valued it at $1.6 billion": the round before the one the story is about.
  if (/\b(?:last|previous|prior|earlier)\s+(?:funding\s+|fundraising\s+|investment\s+)?round\b[^.;\d]{0,60}$/i.test(text.slice(Math.max(0, valueStart - 90), valueStart))) found.add("previous");
  if (ESTIMATE_BEFORE.test(text.slice(Math.max(clauseStart, valueStart - 60), valueStart))) found.add("forecast");
  // "$45 million a year", "$3.00 per trip", "$40 each": a rate, not an amount.
  if (/^\s+(?:(?:more|extra)\s+)?(?:a|an|per|each|every)\s+(?:year|month|week|day|night|hour|trip|ride|share|room|person|head|season|game|unit|piece|passenger|customer|resident|household|family|worker|employee|member|student|victim|patient|child|adult|visitor|guest|vehicle|car|bird|animal|acre)\b(?!\s+(?:earlier|ago|later)\b|\s+(?:before|after)\s+(?!(?:insurance|tax|taxes|discounts?|rebates?|subsidies|fees|deductions|expenses)\b))|^\s+(?:annually|apiece|each|yearly|monthly|weekly|daily|hourly)\b|^\s+per\s+(?!cent\b)[a-z]|^\s+(?:per|for\s+each|for\s+every)\s+(?:[a-z-]+\s+)?(?:installation|home|house|property|pump|boiler|panel|device|item|application|grant|claim|dwelling|business|farm|job|hire|pupil|place|seat|ticket|bed|megawatt|kilowatt)s?\b/i.test(text.slice(valueEnd))) found.add("rate");
  // "handles 1.5 million containers a year", "55,000 vehicles a day": a count's noun, then its period.
  else if (/^\s+\p{Ll}[\p{Ll}-]+\s+(?:a|per|each|every)\s+(?:year|month|week|day|night|hour)\b(?!\s+(?:earlier|ago|later|before|after)\b)/u.test(text.slice(valueEnd, valueEnd + 40))) found.add("rate");
  // "pay each passenger £150": an amount given to every one of a group is a rate too.
  else if (!/\b(?:each|every)\s+\p{Ll}+\s+$/u.test(text.slice(Math.max(clauseStart, valueStart - 30), valueStart))) found.delete("rate");
  // "Each turbine stands 250 metres tall and is rated at 12MW": a sentence about every one of a kind gives each one's figure.
  // (Not money every member or worker gets: "Each member receives a one-time bonus of $2,000" is the bonus.)
  const each = /^[\s"“]*(?:Each|Every)\s+(?:one\s+)?(?:of\s+(?:the|its|their)\s+)?(\p{Ll}{3,})\b/u.exec(text.slice(0, valueStart));
  if (each && !PEOPLE_NOUN.test(each[1]) && !PEOPLE_NOUN.test(`${each[1]}s`)) found.add("rate");
  return [...found].sort();
}
