/** What a count measures, read from the words around it, and the helpers every measure uses (word lists: lexicon.ts; money: money-measure.ts). */
import {
  AGENT_NOUN, CLAUSE_WORD, COUNT_VERBS, DETECTED, NOT_AGENT, NOT_COUNT_NOUN, PEOPLE_NOUN, PEOPLE_ROLES, PERPETRATOR,
  PLACE_NOUN, TIME_UNIT,
} from "./lexicon.js";
import { wordsOf, type Word } from "./words.js";
import { countedBefore, labelled, labelSentence, majorityBefore, unitMeasure } from "./counted-before.js";
import { SUBSET_MODIFIER } from "./subset.js";
import { isVacancy, SHORT_OF } from "./vacancy.js";
import { compoundNoun, NOUN_SYNONYM, singular, stemOf, verbOfAction } from "./word-forms.js";
import { outageOf } from "./outage.js";
import { illnessRole } from "./illness-role.js";
import { venueCapacity } from "./venue-capacity.js";
import { ruleFor } from "./rule-for.js";
import { areaAfter } from "./area-unit.js";
import { ageBound, bareScore, broughtOut, buildingsToo, crimeGang, groupCount, toGo, dataOwners, goalTally, listedPart, salesLevel, crewCount, MADE_TO, PART_NOUN, TO_SEA, scheduledVerb, takenOff, TOOK_PART, weekSales, WORLDWIDE, TOOK_PLACE, trialPatients, VERB_BEFORE_PART, verbBefore, WIDE_BODY } from "./count-cues.js";
import { ACROSS_INCIDENTS, actionTo, CHEAPER_AFTER, countKind, fellInto, GOODS, IN_INCIDENTS, injuryCondition, leftTo, MARGIN_BY, moreOf, ORDER_FOR, pastAppositive, PRICE_CUT_ON, ROUND_SCORE_AFTER, ROUND_SCORE_BEFORE, SURVEY_OF, TIMES_DONE, UNIT_ABBREVIATION, WHOLE_SURVEYED, winningMargin } from "./count-phrases.js";
import { AREA_NOUN, DEPLOYED, FACT_NOUN, isRank, JOB_NOUN, JOBS_AT_RISK, JOBS_BROUGHT, NOT_VERB, RECALL_SCOPE, RECEIVED_NOUN, RESPONDERS, STATE_VERB, UNIT_NOUN, VACCINE_SHOT } from "./count-words.js";

export interface Trigger {
  measure: string;
  start: number;
  end: number;
}

/** "members of the", "employees of its": some of a group, not the group's size. */
const PARTITIVE = /^\s+of\s+(?:the|his|her|its|their|our|this|that)\b/i;
const MODIFIER = /^(more|other|additional|young|small|large|major|local|foreign|new|innocent|unarmed|armed|masked|hooded|seriously|critically|badly|severely|confirmed|reported|total|further|extra|full-time|part-time|permanent|temporary|civilian|military|american|british|french|german|chinese|indian|israeli|palestinian|russian|ukrainian|syrian|iraqi|afghan|somali|yemeni|mexican|local|female|male|police|elderly|adult|\w+ly|\w+-\w+)$/;

/** A count: "112 people killed", "Ten people were killed", "killing 12", "14,000 employees", "2 million units sold". */
export function countMeasure(text: string, words: Word[], value: number, valueStart: number, valueEnd: number, clauseStart: number, clauseEnd: number): { measure: string; people: boolean } | undefined {
  if (ageBound(text, valueStart, valueEnd)) return undefined;
  const m = baseCountMeasure(text, words, value, valueStart, valueEnd, clauseStart, clauseEnd);
  // "2 killed in 6 Shreveport shootings", "2 slain in Sunday shootings": a toll across several incidents (a city's
  // weekend round-up) is not one incident's, and round-ups at different hours differ: not read.
  if (m && m.people && m.measure !== "incident" && (ACROSS_INCIDENTS.test(text.slice(valueEnd, valueEnd + 120)) || listedPart(text, valueStart, valueEnd))) return undefined;
  if (!m || m.measure.startsWith("injured:")) return m;
  if (m.measure === "employees" && WORLDWIDE.test(text.slice(valueEnd, valueEnd + 50))) return { ...m, measure: "employees:worldwide" };
  const parts: string[] = [];
  for (const w of words) {
    if (w.end <= valueEnd) continue;
    if (w.start > clauseEnd || !SUBSET_MODIFIER.test(w.lower) || text.slice(valueEnd, w.start).trim().split(/\s+/).filter(Boolean).length > parts.length) break;
    parts.push(w.lower);
  }
  return parts.length ? { ...m, measure: `${m.measure}:${parts.join(":")}` } : m;
}

function baseCountMeasure(text: string, words: Word[], value: number, valueStart: number, valueEnd: number, clauseStart: number, clauseEnd: number): { measure: string; people: boolean } | undefined {
  // "seek 3rd suspect", "number two fuel oil": a rank, not a count.
  if (/^(?:st|nd|rd|th)\b/i.test(text.slice(valueEnd, valueEnd + 3)) || isRank(text.slice(Math.max(0, valueStart - 30), valueStart))) return undefined;
  // "to hold 28,000 fans", "can seat 2,000 people": what a place holds is its capacity, counted as seats.
  if (venueCapacity(text, clauseStart, valueStart, valueEnd)) return { measure: "seat", people: false };
  // "Dunmoor short of 840 teachers": posts to fill. "first-week sales of 49,000": a record's copies sold.
  if (SHORT_OF.test(text.slice(Math.max(clauseStart, valueStart - 30), valueStart)) && /^\s+(?:[\p{L}-]+\s+)?(?:teachers|nurses|doctors|staff|workers|drivers|officers|carers|midwives|pilots|engineers|posts|places)\b/u.test(text.slice(valueEnd, valueEnd + 30))) return { measure: "vacancy", people: false };
  if (weekSales(text, valueStart)) return { measure: "copy:sold", people: false };
  if (goalTally(text, valueStart, valueEnd)) return { measure: "goal:scored", people: false };
  const group = groupCount(text, clauseStart, clauseEnd, valueStart, valueEnd);
  if (group) return group;
  if (dataOwners(text, clauseStart, clauseEnd, valueStart)) return { measure: "affected", people: true };
  // "completed 28 of 41 passes", "won 9 out of 12 races": the whole a part is taken from says nothing alone;
  // "one in eight offices", "3 in 10 voters": a ratio, not a count.
  if (/(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s+(?:(?:out\s+)?of|in)\s+$/i.test(text.slice(Math.max(clauseStart, valueStart - 12), valueStart))) return undefined;
  // "burned 48,000 acres", "the 12,000 square metre building": an area, in the unit it is written in.
  const area = areaAfter(text.slice(valueEnd, valueEnd + 24));
  if (area) return { measure: area, people: false };
  const after = words.filter((w) => w.start >= valueEnd && w.end <= clauseEnd);
  after.push(...pastAppositive(text, words, valueEnd));
  const before = words.filter((w) => w.end <= valueStart && w.start >= clauseStart).reverse();
  if (WIDE_BODY.test(text.slice(valueEnd, valueEnd + 20))) return { measure: /\border|\bbuy|\bbought|\bpurchas/i.test(text.slice(clauseStart, clauseEnd)) ? "aircraft:buy" : "aircraft", people: false };
  const condition = injuryCondition(text.slice(valueEnd, valueEnd + 60));
  if (condition) return { measure: condition, people: true };
  // "162 of the 300 seats": the noun comes after the total. "2.3 million of its customers": read through.
  // "one of the men killed", "two of them": a part, not the total.
  const partOf = /^\s+of\s+(?:(?:the|its|their|his|her)\s+(?:[\p{L}-]+['’]s\s+)?|[\p{L}-]+['’]s\s+)(?:[\d,]+\s+)?/iu.exec(text.slice(valueEnd));
  // "rescuers refloated 32 of the whales": a verb's object read through too (not "one of the men killed").
  if (partOf && (/\d/.test(partOf[0]) || /^\s+of\s+(?:its|their|his|her)\b/i.test(partOf[0]) || (value > 1 && VERB_BEFORE_PART.test(text.slice(Math.max(clauseStart, valueStart - 40), valueStart)) && PART_NOUN.test(text.slice(valueEnd + partOf[0].length))))) {
    const from = valueEnd + partOf[0].length;
    after.splice(0, after.length, ...after.filter((w) => w.start >= from));
  } else if (/^\s+of\b/i.test(text.slice(valueEnd, valueEnd + 4))) return undefined;
  // "38 of the train's 150 cars": the 150 is the whole the part is taken from, not what the verb did (but "78% of
  // the 1,200 reefs surveyed" also says how many were studied).
  if (!WHOLE_SURVEYED.test(text.slice(valueEnd, valueEnd + 50)) && /(?:\d\s?%|\d\s+(?:percent|per cent)|\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)(?:-[a-z]+)?)\s+of\s+(?:(?:the|its|their|his|her|a|an)\s+(?:[\p{L}-]+['’]s\s+)?|[\p{L}-]+['’]s\s+)$/iu.test(text.slice(Math.max(clauseStart, valueStart - 60), valueStart))) return undefined;
  let i = 0;
  // Skip up to two modifiers: "14,000 full-time employees", "3.2 million Verity Health customers".
  // "30 Airbus A321neo jets": a maker and a model name too.
  while (i < after.length && i < 3 && (MODIFIER.test(after[i].lower) || /^\p{Lu}(?:\p{Ll}|[\p{L}\d-]*\d)|^(?:AI|EV|LED|GPU|CPU|HGV|LNG|SUV|5G)$/u.test(text.slice(after[i].start, after[i].end))) && !ruleFor(PEOPLE_ROLES, after[i].lower) && after[i + 1]) i++;
  const noun = after[i];
  if (noun && broughtOut(text, before, noun.end)) return { measure: "rescued", people: true };
  if (/\bin\s+$/i.test(text.slice(Math.max(clauseStart, valueStart - 4), valueStart)) && IN_INCIDENTS.test(text.slice(valueEnd, valueEnd + 40))) return { measure: "incident", people: true };
  // "The number of giant pandas ... has reached 1,864.": a number that ends its phrase counts what was named before.
  // "Passenger numbers at Elsmere Airport rose to 24.8 million last year.": a time may end the phrase first.
  if (/^(?:\s+(?:(?:last|this|next)\s+(?:year|month|week|season|quarter)|in\s+(?:19|20)\d\d|a\s+year\s+(?:earlier|ago)))?\s*(?:[,.;:)]|$)/.test(text.slice(valueEnd, valueEnd + 24))) {
    const label = valueStart < 60 ? labelled(text.slice(0, valueStart)) : undefined;
    if (label) return label;
    // "Structures destroyed: 86": read as the sentence the label shortens ("86 structures were destroyed").
    const said = valueStart < 60 ? labelSentence(text.slice(0, valueStart), text.slice(valueStart, valueEnd)) : undefined;
    if (said) return baseCountMeasure(said.text, wordsOf(said.text), value, 0, said.valueEnd, 0, said.text.length);
    const named = countedBefore(text.slice(Math.max(clauseStart, valueStart - 120), valueStart));
    if (named) return { measure: named, people: named.endsWith(":margin") };
  }
  // "None of its 23 crew members was injured", "were unhurt": a negated role says nothing of that kind.
  const negated = /\b(?:none|no one|nobody|neither|not|never|no)\b/i.test(text.slice(clauseStart, clauseEnd));
  // Burns hurt people, not homes: "19 people were burned", "31 have suffered burns" (not "burned 200 homes").
  const hurtable = !noun || PEOPLE_NOUN.test(noun.lower) || (AGENT_NOUN.test(noun.lower) && !NOT_AGENT.test(noun.lower)) || /^(?:were|was|have|had|suffered|sustained)$/.test(noun.lower);
  const role = (w?: Word) => {
    let r = w ? illnessRole(ruleFor(PEOPLE_ROLES, w.lower), w, text, hurtable) : undefined;
    // "2,500 people were told to leave their homes", "ordered to evacuate": evacuated.
    if (!r && w && /^(?:told|ordered|urged|forced|asked)$/.test(w.lower) && /^\s+to\s+(?:leave|evacuate|flee)\b/i.test(text.slice(w.end, w.end + 20))) r = "evacuated";
    // "received a measles shot", "got their first shot": a shot one receives is a vaccination.
    if (r === "shot" && w && VACCINE_SHOT.test(text.slice(Math.max(0, w.start - 60), w.start))) r = "vaccinated";
    // "212 people on board"; but "the board will be reduced to seven" is a company's board.
    if (r === "aboard" && w?.lower === "board" && !/\bon\s+$/i.test(text.slice(Math.max(0, w.start - 4), w.start))) r = undefined;
    // "the five operations it carried out": done, not carried.
    if (r === "aboard" && w && /^carr/.test(w.lower) && /^\s+out\b/i.test(text.slice(w.end, w.end + 5))) r = undefined;
    // "Three escaped prisoners were caught" (counted for what happened next), "escaped serious injury" (spared).
    if (r === "escaped" && w && (w.start - valueEnd <= 1 || /^\s+(?:[\p{L}-]+\s+)?(?:injury|injuries|harm|death|unhurt|unscathed)\b/u.test(text.slice(w.end, w.end + 30)))) return undefined;
    return r && negated && r !== "employees" ? undefined : r;
  };
  // "now on open shelves": a word after a preposition or an article is not a verb.
  const verbAt = (w: Word) => (/\b(?:on|in|at|the|an?|its|their)\s+$/i.test(text.slice(Math.max(0, w.start - 6), w.start)) ? undefined : ruleFor(COUNT_VERBS, w.lower));
  const verbNear = () => {
    for (const w of [...before.slice(0, 3), ...after.slice(i + 1, i + 4)]) {
      const v = verbAt(w);
      if (v) return v;
    }
    return undefined;
  };
  /** Any verb right before the number, reduced to its stem: "close 150 stores", "closing 105 stores". */
  const plainVerb = () => {
    const w = before[0];
    if (!w || valueStart - w.end > 2 || !/^\p{Ll}{3,}$/u.test(text.slice(w.start, w.end))) return undefined;
    if (NOT_COUNT_NOUN.test(w.lower) || NOT_VERB.test(w.lower) || PEOPLE_NOUN.test(w.lower)) return undefined;
    return stemOf(w.lower);
  };
  /**
   * The clause's verb after a longer noun phrase: "28 cars of a 150-car freight train derailed", "38 cars
   * ... jumped the tracks". Only verbs that make a count a fact, and not past a new clause.
   */
  const verbOfPhrase = () => {
    const rest = text.slice(noun ? noun.end : valueEnd, clauseEnd);
    if (/^[^.;]{0,60}?\b(?:left|jumped|came off|went off|ran off)\s+the\s+(?:tracks|rails)\b/i.test(rest)) return "derailed";
    // "Five paintings with a combined value of about 20 million euros were stolen": up to a dozen words.
    for (const w of after.slice(i + 1, i + 13)) {
      if (CLAUSE_WORD.test(w.lower)) return undefined;
      const v = verbAt(w);
      if (v) return v;
    }
    return undefined;
  };
  // Jobs: "cut 1,200 jobs", "lay off 2,100 employees", "hired 1,500 workers".
  // "1,800 layoffs", "1,800 redundancies": jobs cut, whatever the verb.
  if (noun && /^(?:layoffs?|redundancies|redundancy)$/.test(noun.lower)) return { measure: "job:cut", people: false };
  if (noun && JOB_NOUN.test(noun.lower)) {
    // "will employ 23,000 people before the cuts": the verb before the number says what the number is.
    const v = /^employ/.test(before[0]?.lower ?? "") ? undefined : /\b(?:(?:loss|losses|axing|cutting|shedding|elimination)\s+of|(?:cost|costs|costing)(?:\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*){0,3})\s+(?:about\s+|around\s+|some\s+|up\s+to\s+|nearly\s+|more\s+than\s+)?$/iu.test(text.slice(Math.max(clauseStart, valueStart - 40), valueStart)) ? "cut" : verbNear() ?? (before[0]?.lower === "and" ? before.slice(1, 10).map(verbAt).find(Boolean) : undefined);
    if (v === "cut" || v === "added") return { measure: `job:${v}`, people: false };
    // "will bring around 2,000 jobs to Licking County": jobs a site brings are jobs it adds.
    if (JOBS_BROUGHT.test(text.slice(Math.max(clauseStart, valueStart - 40), valueStart))) return { measure: "job:added", people: false };
    // "3,200 jobs could go", "putting 3,200 jobs at risk", "3,200 employees could lose their jobs".
    if (JOBS_AT_RISK.test(text.slice(noun.end, noun.end + 40))) return { measure: "job:cut", people: false };
  }
  // "When one is killed": "one" without a noun is a pronoun.
  if (/^(one|a|an)$/i.test(text.slice(valueStart, valueEnd).trim()) && !(noun && (PEOPLE_NOUN.test(noun.lower) || PERPETRATOR.test(noun.lower) || /^(person|man|woman|child|boy|girl|officer|victim|student|adult|teen|teenager)$/.test(noun.lower)))) return undefined;
  // "held seven people hostage", "holding five bank employees and customers hostage".
  if (/\bhostage\b/i.test(text.slice(valueEnd, Math.min(clauseEnd, valueEnd + 60)))) return { measure: "hostages", people: true };
  const outage = outageOf(text, clauseEnd, valueStart, valueEnd, noun && !/^(without|lost|lose)$/.test(noun.lower) ? noun.lower : undefined);
  // Homes cut off are the event's, whatever place the sentence names; a utility's customers are its own.
  if (outage) return { measure: outage, people: !!noun && /^(?:homes?|households?|properties|residents?|people)$/.test(noun.lower) };
  // "drawing up to 600 megawatts": a quantity in units of energy, volume or mass is that, whatever the verb.
  // "was downloaded 10 million times", "has been streamed 40 million times": how many it reached.
  const done = /^\s+times\b/.test(text.slice(valueEnd, valueEnd + 7)) ? TIMES_DONE.exec(text.slice(Math.max(clauseStart, valueStart - 50), valueStart)) : null;
  if (done) return { measure: `${done[1].toLowerCase().replace(/ed$/, "")}:reach`, people: false };
  // "450kg of scales": a unit written onto the number.
  const glued = /^(\p{L}{1,3})\b/u.exec(text.slice(valueEnd, valueEnd + 4))?.[1].toLowerCase();
  const unit = glued && UNIT_ABBREVIATION[glued] ? UNIT_ABBREVIATION[glued] : noun ? UNIT_ABBREVIATION[noun.lower] ?? singular(noun.lower) : undefined;
  if (unit && UNIT_NOUN.test(unit)) return { measure: unitMeasure(unit, before, after.slice(i + 1)), people: true };
  const direct = role(noun);
  // "Sixty-three spectators were injured": what happened to the crowd, not its size.
  if (direct === "attendance") {
    const harm = after.slice(i + 1, i + 5).map((w) => role(w)).find((r) => r && r !== "attendance");
    if (harm) return { measure: harm, people: true };
  }
  // "31 staff had fallen ill", "members of staff are off sick": what happened to a workforce, not its size.
  let befell: string | undefined;
  for (const w of direct === "employees" ? after.slice(i + 1, i + 6) : []) {
    if (CLAUSE_WORD.test(w.lower) || (befell = role(w))) break;
  }
  if (befell && befell !== "employees") return { measure: befell, people: true };
  if (direct && noun.lower !== "lives") return { measure: direct, people: direct !== "employees" };
  const leftRole = () => {
    // "Two runners died and 17 were treated": after a conjunction the verb on the left is the other number's.
    if (before[0] && /^(and|or|but|while|plus|with|as)$/.test(before[0].lower)) return undefined;
    for (const w of before.slice(0, 4)) {
      const r = role(w);
      if (r) return r;
    }
    // "The number of people killed by the storm has risen to 32", "the death toll now stands at 121".
    const wide = before.slice(0, 12);
    if (wide.some((w) => /^(number|toll|tally|count|total)$/.test(w.lower))) {
      for (const w of wide) {
        const r = role(w);
        if (r) return r;
      }
    }
    return undefined;
  };
  /** The verb after the noun: "Ten people were killed", "20 were wounded", "40 people in six states have been sickened". */
  const predicate = (from: number, acrossAnd = false): string | undefined => {
    // Within the clause, up to seven words ("123 people aboard an Andina Airways flight were killed"),
    // stopping where another clause starts ("who", "when", "after").
    // "312 of its passengers and 14 crew members came down with ...": both groups of people share the verb, so
    // an "and" right after the noun that starts another count is read through (four more words).
    const coordinated = acrossAnd && after[from]?.lower === "and" && /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|hundreds?)$)/.test(after[from + 1]?.lower ?? "");
    for (const w of after.slice(coordinated ? from + 1 : from, from + (coordinated ? 11 : 7))) {
      const r = role(w);
      // "94 patients and 31 staff had fallen ill": the other group's noun says who they are, not what befell them.
      if (coordinated && r === "employees") continue;
      if (r) return r;
      if (CLAUSE_WORD.test(w.lower)) return undefined;
    }
    return undefined;
  };
  /** "1.5 million children were acutely malnourished": the participle after an auxiliary says what is counted. */
  const participle = (start: number): string | undefined => {
    // "About 120 homes in Corda were flooded": a place named after the noun comes before the verb.
    let from = start;
    if (/^(in|at|across|near|around|throughout)$/.test(after[from]?.lower ?? "")) for (let k = from + 1; k < from + 4 && /^\p{Lu}/u.test(text[after[k]?.start] ?? ""); k++) if (/^(were|was|are|is|have|has|had)$/.test(after[k + 1]?.lower ?? "")) from = k + 1;
    // "1,200 flights could be cancelled": a modal and "be" before the participle.
    const modal = /^(could|would|will|may|might|should|must|can)$/.test(after[from]?.lower ?? "") && /^(be|have)$/.test(after[from + 1]?.lower ?? "") ? 1 : 0;
    const ws = after.slice(from + modal, from + modal + 4);
    if (!ws.length || !/^(were|was|are|is|have|has|had|be|been|remain|remained)$/.test(ws[0].lower)) return undefined;
    for (const w of ws.slice(1)) {
      if (/^(been|being|still|all|now|also|reportedly|\w+ly)$/.test(w.lower)) continue;
      // "1.8 million hens were ordered culled": what was ordered is the verb.
      if (/^(ordered|set|due|scheduled)$/.test(w.lower) && /^\p{Ll}{4,}(?:ed|en)$/u.test(ws[ws.indexOf(w) + 1]?.lower ?? "")) continue;
      // "1,480 transplants were carried out": done.
      if (w.lower === "carried" && ws[ws.indexOf(w) + 1]?.lower === "out") return negated ? undefined : "performed";
      return /^\p{Ll}{4,}(?:ed|en)$/u.test(w.lower) && !negated ? w.lower : undefined;
    }
    return undefined;
  };
  const kindOf = noun ? countKind(noun.lower, value, text.slice(noun.start, noun.end + 40), text.slice(Math.max(clauseStart, valueStart - 30), valueStart)) : undefined;
  if (kindOf) return kindOf;
  // "killing five off-piste skiers", "Four skiers were killed": a role verb right before or after any noun.
  const tightLeft = before.slice(0, 2).map((w) => role(w)).find(Boolean);
  // "260 student rooms": a people noun that only qualifies a thing is no count of people.
  const qualifies = noun && !/s$/.test(noun.lower) && after[i + 1] && after[i + 1].start - noun.end === 1 && /^\p{Ll}+s$/u.test(text.slice(after[i + 1].start, after[i + 1].end)) && !PEOPLE_NOUN.test(after[i + 1].lower) && !ruleFor(PEOPLE_ROLES, after[i + 1].lower);
  if (noun && !qualifies && (PEOPLE_NOUN.test(noun.lower) || PERPETRATOR.test(noun.lower))) {
    if (trialPatients(text, noun.lower, clauseStart, valueStart)) return { measure: "patient", people: false }; // "a trial of 420 people"
    const gang = crimeGang(text, noun.end, noun.lower, text.slice(Math.max(clauseStart, valueStart - 30), valueStart));
    if (gang) return { measure: gang, people: true };
    // "A poll of 2,000 adults", "the survey questioned 1,850 beekeepers": how many were asked.
    if (SURVEY_OF.test(text.slice(Math.max(clauseStart, valueStart - 30), valueStart))) return { measure: `${singular(noun.lower)}:survey`, people: false };
    // "the evacuation of all 412 passengers", "All 421 passengers were taken off": everyone, so everyone aboard.
    if (/^(passengers|people|persons|guests|occupants)$/.test(noun.lower) && /\ball\s+(?:of\s+)?(?:the\s+|its\s+)?$/i.test(text.slice(Math.max(clauseStart, valueStart - 12), valueStart))) {
      const r = predicate(i + 1, true) ?? leftRole();
      if (!r || r === "evacuated" || r === "rescued" || r === "aboard") return { measure: "aboard", people: true };
    }
    // "saved 140 people trapped by rising water": the verb before wins over a participle describing the people.
    const verbRightBefore = before[0] && before[0].end >= valueStart - 1 ? role(before[0]) : undefined;
    if (verbRightBefore && after[i + 1] && /^\p{Ll}+ed$/u.test(after[i + 1].lower) && /^(by|in|on|at|under|inside|beneath|for|after)$/.test(after[i + 2]?.lower ?? "")) {
      return { measure: verbRightBefore, people: verbRightBefore !== "employees" };
    }
    const p = predicate(i + 1, true);
    // "412 passengers and 58 crew aboard": the crew aboard is counted apart from the passengers.
    const crew = /^crew$/.test(noun.lower) ? crewCount(p ?? leftRole(), text.slice(clauseStart, valueStart)) : undefined;
    if (crew) return crew;
    if (p) return { measure: p, people: p !== "employees" };
    // "Two suspects were seen on footage", "three gunmen": how many did it is a fact of the crime at any size.
    // "arrested two suspects"; but in "Four were injured when one shooter opened fire" the shooter was not.
    if (PERPETRATOR.test(noun.lower)) {
      // "the two suspects", "both gunmen": people already counted; "two suspects in custody" were arrested.
      if (before[0] && /^(the|these|those|both|all)$/.test(before[0].lower) && valueStart - before[0].end <= 1) return undefined;
      if (/^\s+(?:are|were|remain|remained|now)?\s*(?:in|into)\s+(?:police\s+)?custody\b/i.test(text.slice(noun.end, noun.end + 30))) return { measure: "arrested", people: true };
      const r = verbRightBefore ?? participle(i + 1);
      return { measure: r ?? `perpetrator:${singular(noun.lower.replace(/men$/, "man").replace(/ves$/, "f"))}`, people: true };
    }
    const r = leftRole() ?? participle(i + 1);
    // "1,540 firefighters were assigned to the fire", "500 troops were deployed": responders sent are those there.
    if (r && DEPLOYED.test(r) && RESPONDERS.test(noun.lower)) return { measure: singular(noun.lower), people: true };
    if (r) return { measure: r, people: r !== "employees" };
    // "restored service to 300,000 customers": people served again.
    if (verbBefore(before) === "restored") return { measure: `${singular(noun.lower)}:restored`, people: true };
    // "14 miners", "3,400 teachers": people counted by what they are, when the group is not tiny; but "11 members
    // of his church" are some of a group, named for something the sentence goes on to say, not its size.
    // "Dunmore now has 1.34 million residents", "is home to 1.34 million people": a place's population.
    if (/^(?:residents|inhabitants|people)$/.test(noun.lower) && value >= 10_000 && /\b(?:has|have|had|home\s+to)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i.test(text.slice(Math.max(clauseStart, valueStart - 30), valueStart))) return { measure: "population", people: false };
    if (!/^(people|persons|individuals|others|men|women|adults|children|kids)$/.test(noun.lower) && value >= 10 && !PARTITIVE.test(text.slice(noun.end, noun.end + 12))) {
      return { measure: singular(noun.lower), people: true };
    }
    return undefined;
  }
  if (noun && TIME_UNIT.test(noun.lower)) return undefined; // "about 20 minutes later"
  // "four Hollin valley towns were evacuated", "evacuated 41 villages": places, counted apart from the people a
  // role counts.
  const place = after.slice(i, i + 3).filter((w) => PLACE_NOUN.test(w.lower)).at(-1);
  if (noun && !NOT_COUNT_NOUN.test(noun.lower) && /^\p{Ll}/u.test(text.slice(noun.start, noun.end))) {
    // "carried 60 internet satellites": a verb of carrying makes people aboard, not things.
    const r = predicate(i + 1) ?? (tightLeft === "aboard" ? undefined : tightLeft);
    // "240 flights were affected": things affected are counted apart from the people ("38,000 passengers affected").
    const thing = place ?? (r === "affected" || r === "aboard" ? noun : undefined);
    if (r && r !== "employees") return { measure: thing ? `${r}:${singular(thing.lower).replace(/ie$/, "y")}` : r, people: true };
  }
  if (!noun || NOT_COUNT_NOUN.test(noun.lower) || noun.start - valueEnd > 24) {
    // "shot a final-round 66", "shot 72 to finish second": a player's score for a round, not people shot.
    if (ROUND_SCORE_BEFORE.test(text.slice(Math.max(clauseStart, valueStart - 40), valueStart)) || ROUND_SCORE_AFTER.test(text.slice(valueEnd, valueEnd + 30))) return undefined;
    if (bareScore(text, clauseStart, valueStart, valueEnd, value)) return { measure: "score", people: false };
    const r = predicate(i) ?? leftRole();
    return r ? { measure: r, people: r !== "employees" } : undefined;
  }
  const surface = text.slice(noun.start, noun.end);
  if (!/^\p{Ll}/u.test(surface) && !/^\p{Lu}{2,}s$/u.test(surface)) {
    // A capitalised word after the number starts a name ("to 32, Governor ..."): no noun here.
    const r = predicate(i) ?? leftRole();
    return r ? { measure: r, people: r !== "employees" } : undefined;
  }
  // "sport utility vehicles": the head of a short compound is its last plural word.
  let head = noun;
  for (let k = i; k < Math.min(after.length, i + 3) && !/s$/.test(head.lower); k++) {
    const w = after[k + 1];
    if (!w || NOT_COUNT_NOUN.test(w.lower) || !/^\p{Ll}/u.test(text.slice(w.start, w.end))) break;
    if (/s$/.test(w.lower)) head = w;
  }
  // "the two companies", "both sides": a known set, not a reported count.
  const det = before[0]?.lower;
  // "of the 1,200 reefs surveyed" is how many were studied, though.
  const surveyed = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{4,}ed)\b/u.exec(text.slice(head.end, head.end + 24));
  const studied = (surveyed && stemOf(surveyed[1]) === "survey") || SURVEY_OF.test(text.slice(Math.max(clauseStart, valueStart - 30), valueStart));
  if (!studied && det && /^(the|these|those|its|their|his|her|our|both|all|each|every|first|last)$/.test(det) && valueStart - before[0].end <= 2) return undefined;
  // "with 14,800 sold": the verb stands where the noun would; units of the story's product.
  const verbAsNoun = ruleFor(COUNT_VERBS, head.lower) && /(?:ed|wn|ld|pped)$/.test(head.lower);
  // "cut prices on 800 products", "lower the price of 600 items", "800 lines will be cheaper": goods made cheaper.
  const cheaper = PRICE_CUT_ON.test(text.slice(Math.max(clauseStart, valueStart - 50), valueStart)) || CHEAPER_AFTER.test(text.slice(head.end, Math.min(clauseEnd, head.end + 60)));
  const named = (buildingsToo(text, head.end) ? "structure" : undefined) ?? compoundNoun(text.slice(valueEnd, Math.min(clauseEnd, valueEnd + 80))) ?? NOUN_SYNONYM[singular(head.lower)] ?? singular(head.lower);
  const lemma = verbAsNoun ? "unit" : cheaper && GOODS.test(named) ? "product" : isVacancy(text.slice(valueEnd, head.end), named, text.slice(head.end, head.end + 12)) ? "vacancy" : named;
  // "1,280 x 800", "magazines holding 30 rounds each": not a count of anything, or a count per item.
  if (lemma.length < 3 || /^\s+(?:each|apiece|per\b|a piece|at a time)/i.test(text.slice(head.end, head.end + 12))) return undefined;
  // "12,000 more acres": an area written apart from its number.
  if (AREA_NOUN.test(lemma)) return lemma === "square" ? undefined : { measure: `area:${lemma}`, people: false };
  // Quantities in units of energy, volume or mass are facts whatever the verb ("generate 5,150 megawatts").
  if (UNIT_NOUN.test(lemma)) return { measure: unitMeasure(lemma, before, after.slice(i + 1)), people: true };
  const margin = winningMargin(text, lemma, clauseStart, valueStart, head.end);
  if (margin) return { measure: margin, people: false };
  // Votes and seats are won, whatever verb says so ("with 61,245 votes", "collected 61,425 votes").
  if (/^(vote|seat|delegate|ballot)$/.test(lemma)) {
    // "won by 412 votes", "ahead of Garrity by 214 votes", "a margin of 412 votes": the race's margin, not a tally.
    if (MARGIN_BY.test(text.slice(Math.max(clauseStart, valueStart - 24), valueStart)) || (lemma === "vote" && majorityBefore(text.slice(Math.max(clauseStart, valueStart - 40), valueStart)))) return { measure: `${lemma}:margin`, people: true };
    return { measure: lemma, people: false };
  }
  // "found at 12 farms", "confirmed in 14 schools": the places where something was detected.
  if (/^(at|in|across)$/.test(before[0]?.lower ?? "") && before.slice(1, 4).some((w) => DETECTED.test(w.lower))) return { measure: `${lemma}:detected`, people: false };
  // "the culling of 1.8 million hens", "the closing of 12 stores", "the relocation of 263 elephants": a verb's
  // gerund or an action's noun before "of" is its verb.
  const gerund = before[0]?.lower === "of" && /^(the|a|an|its|their)$/.test(before[2]?.lower ?? "") ? verbOfAction(before[1]?.lower ?? "") : undefined;
  // "64,000 heat pumps were installed": after the compound's head.
  // "a new block with 260 beds has opened": after "with", the verb is the block's.
  const withOf = /\bwith\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(Math.max(clauseStart, valueStart - 16), valueStart));
  // ("68 homes and outbuildings had been destroyed": a second plural noun shares the verb.)
  const alsoNoun = after[i + 1]?.lower === "and" && after[i + 2]?.lower === "other" ? 4 : after[i + 1]?.lower === "and" && /^\p{Ll}{3,}s$/u.test(after[i + 2]?.lower ?? "") && !NOT_COUNT_NOUN.test(after[i + 2].lower) ? 3 : 0;
  const after1 = withOf ? undefined : participle(i + 1) ?? (head !== noun ? participle(after.indexOf(head) + 1) : alsoNoun ? participle(i + alsoNoun) : undefined);
  // "as it pulls out of four cities", "leaves four cities": places a business leaves.
  const bequest = leftTo(text, clauseStart, valueStart, head.end);
  const exits = !bequest && /\b(?:pull(?:s|ed|ing)?\s+out\s+of|withdraw(?:s|ing|n)?\s+from|withdrew\s+from|exit(?:s|ed|ing)?|leav(?:e|es|ing)|left|quit(?:s|ting)?)\s+(?:the\s+)?$/i.test(text.slice(Math.max(clauseStart, valueStart - 30), valueStart)) && !/^\s+(?:cut\s+off|without|stranded|homeless|trapped|dead|injured|in\s+the\s+dark|isolated)\b/i.test(text.slice(head.end, head.end + 20));
  // "ordered 1,200 schools to close", "forced 30 stores to shut": what they were made to do is what was done.
  const madeTo = MADE_TO.test(before[0]?.lower ?? "") ? /^\s+to\s+(\p{Ll}{3,})\b/u.exec(text.slice(head.end, head.end + 24))?.[1] : undefined;
  const made = madeTo ? ruleFor(COUNT_VERBS, madeTo) : undefined;
  // "hit 24 fours and five sixes", "sold 24 cars and five trucks": a second count after "and" shares the verb.
  const shared = before[0]?.lower === "and" && /^\p{Ll}+s$/u.test(before[1]?.lower ?? "") && /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/.test(before[2]?.lower ?? "") ? before[3] : undefined;
  const sharedVerb = shared && before[2].start - shared.end <= 2 && /^\p{Ll}{3,}$/u.test(shared.lower) && !NOT_VERB.test(shared.lower) && !NOT_COUNT_NOUN.test(shared.lower) ? ruleFor(COUNT_VERBS, shared.lower) ?? stemOf(shared.lower) : undefined;
  // "won an order for 120 buses", "an order of 40 jets": what is bought.
  const ordered = ORDER_FOR.test(text.slice(Math.max(clauseStart, valueStart - 40), valueStart)) ? "buy" : undefined;
  const found = (studied ? "survey" : undefined) ?? (cheaper ? "cut" : undefined) ?? (bequest ? "giv" : undefined) ?? (fellInto(text, clauseStart, valueStart, head.end) ? "swallow" : undefined) ?? ordered ?? made ?? (TOOK_PLACE.test(text.slice(head.end, clauseEnd)) ? "done" : TOOK_PART.test(text.slice(head.end, clauseEnd)) ? "participat" : undefined) ?? (exits ? "exit" : undefined) ?? (RECALL_SCOPE.test(text.slice(Math.max(0, valueStart - 120), valueStart)) ? "recalled" : undefined) ?? actionTo(text.slice(Math.max(clauseStart, valueStart - 40), valueStart)) ?? salesLevel(text.slice(clauseStart, valueStart)) ?? takenOff(text, before, head.end) ?? toGo(text, head.end, lemma) ?? verbBefore(before) ?? (gerund ? ruleFor(COUNT_VERBS, gerund) ?? stemOf(gerund) : undefined) ?? (after1 ? ruleFor(COUNT_VERBS, after1) ?? stemOf(after1) : undefined) ?? plainVerb() ?? sharedVerb ?? (withOf ? undefined : verbNear() ?? verbOfPhrase());
  // "participants across 12 countries": a preposition is not what was done to them.
  // "returned 23 whales to the sea", "23 were guided back into deeper water": stranded animals refloated.
  const afloat = found && /^(?:return|releas|guid|push|help|carri|put)$/.test(found) && TO_SEA.test(text.slice(head.end, clauseEnd)) ? "refloat" : found;
  const placed = afloat && /^(?:acros|among|between|through|within|throughout|around|along|beyond|near|toward|into|onto|upon|via|per)$/.test(afloat) ? undefined : afloat;
  const verb = verbAsNoun ? placed ?? ruleFor(COUNT_VERBS, head.lower) : moreOf(placed, text, clauseStart, valueStart, valueEnd);
  // "carrying 4,900 containers": what a vessel carries is aboard it, as "with 9,400 containers on board" says.
  if (verb === "launched" && before.slice(0, 3).some((w) => /^carr(?:y|ies|ied|ying)$/.test(w.lower)) && !/^(?:satellite|probe|spacecraft|astronaut|payload|capsule|module|lander|rover)$/.test(lemma)) return { measure: `aboard:${singular(lemma)}`, people: true };
  // "3,400 teachers", "200 nurses": people counted by what they do (not small groups, "three climbers").
  // "with 24 goals", "27 league goals to win the golden boot": goals a player or side has are goals scored.
  if (lemma === "goal" && (verb || /\bwith\s+$/i.test(text.slice(Math.max(clauseStart, valueStart - 6), valueStart)))) return { measure: /^(?:conced|allow|let)/.test(verb ?? "") ? "goal:conceded" : "goal:scored", people: false };
  if (!verb && AGENT_NOUN.test(head.lower) && !NOT_AGENT.test(head.lower) && value >= 10) return { measure: lemma, people: true };
  if (!verb && PEOPLE_NOUN.test(head.lower) && PARTITIVE.test(text.slice(head.end, head.end + 12))) return undefined;
  // A bare noun count ("11 knockouts", "four seasons") is a fact only for nouns that are facts by themselves.
  // Large counts of things ("48 million bags", "90,000 tonnes") are facts by themselves.
  if (!verb && !FACT_NOUN.test(lemma) && value < 1000) return undefined;
  // Homes destroyed, buildings damaged: what the event did, whoever the sentence names. Verbs of having or
  // serving ("six sites were open", "four sites are distributing water", "can power 108,000 homes") say
  // nothing more than the noun.
  // "scored 212 runs", "scored 31 points": a player's score, as a bare "made 178" is.
  if (/^scor(?:ed)?$/.test(verb ?? "") && /^(run|point)$/.test(lemma)) return { measure: "score", people: false };
  // "operates a fleet of 86 aircraft", "has 68 planes in its fleet": the fleet's size, apart from any order.
  if (lemma === "aircraft" && (!verb || STATE_VERB.test(verb)) && /\bfleet\b/i.test(text.slice(clauseStart, clauseEnd))) return { measure: "aircraft:fleet", people: false };
  const counted = verb && !STATE_VERB.test(verb) && !RECEIVED_NOUN.test(lemma) ? `${lemma}:${scheduledVerb(lemma, verb)}` : lemma;
  return { measure: counted, people: verb === "destroyed" || verb === "burned" || verb === "swallow" };
}
