/**
 * What a count counts, where the noun alone does not say: named before the number ("the number of X has reached
 * N", "the X population stands at N", "a majority of 421"), a fact sheet's label ("Injured: 27"), or a quantity in
 * units that was spilled.
 */
import { CLAUSE_WORD, NOT_COUNT_NOUN, PEOPLE_NOUN, PEOPLE_ROLES, PLACE_NOUN, TIME_UNIT } from "./lexicon.js";
import { ruleFor } from "./rule-for.js";
import type { Word } from "./words.js";
import { compoundOf, NOUN_SYNONYM, singular } from "./word-forms.js";
import { SUBSET_MODIFIER } from "./subset.js";

/** "reached", "rose to", "rose 12% to", "stands at", "was". */
/** ("rose by 12% to a record 8.9 million", "in the year to March to 287,000", "to about 3,000".) */
const LEVEL = String.raw`(?:has\s+|have\s+|had\s+)?(?:now\s+|since\s+)?(?:reached|(?:rose|risen|climbed|grown|grew|increased|fallen|fell|dropped|declined|jumped|slipped)\s+(?:by\s+)?(?:[\d.]+\s*(?:%|per\s+cent|percent)\s+)?(?:(?:in|over)\s+the\s+(?:year|month|quarter|\d+\s+months)\s+to\s+\p{Lu}\p{Ll}+\s+)?to|stands\s+at|stood\s+at|totals|totalled|totaled|is|was|are|were)\s+(?:(?:a|an)\s+(?:new\s+)?(?:all-time\s+)?(?:record|high|peak)\s+(?:(?:high|level)\s+)?(?:of\s+)?)?(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|just\s+over|just\s+under)\s+)?$`;
const NUMBER_OF = new RegExp(String.raw`\b(?:the\s+)?(?:number|count|total)\s+of\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,}s)\b[^.;:,]{0,60}?\s` + LEVEL, "u");
const NUMBERS_OF = new RegExp(String.raw`\b(\p{L}{3,}?)\s+numbers\s+(?:(?:at|in|for|across|on)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,4}?)?` + LEVEL, "u");
const POPULATION = new RegExp(String.raw`\b(\p{Ll}{3,})\s+population\s+` + LEVEL, "u");
const PLACE_POPULATION = /(?:\p{Lu}[\p{L}'’-]*['’]s\s+|\b[Tt]he\s+|\b[Aa]\s+|\b[Ii]ts\s+|\b[Tt]heir\s+)population\b(?:\s+of\s+(?:\p{Lu}[\p{L}'’-]*\s*){1,3})?[^.;]{0,60}?(?:\b(?:to|at|of|is|was|reached|totals?|totalled)|\bstands\s+at|\bstood\s+at)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+(?:over|under)\s+)?$/u;
const NUMBER_VERB = /\b(\p{Ll}{3,}s)(?:\s+(?:on|in|at|across)\s+(?:the\s+)?[\p{L}-]+)?\s+(?:now\s+)?(?:number|numbered|total|totalled|totaled)\s+$/u;
/** Nouns that name a group's size: "enrolment reached 31,400" counts students. */
const GROUP_SIZE: Record<string, string> = { enrolment: "student", enrollment: "student", workforce: "employees", headcount: "employees", membership: "member" };
const GROUP_LEVEL = new RegExp(String.raw`\b(?:([\p{L}]+-[\p{L}]+|\p{L}{3,})\s+)?(enrolment|enrollment|workforce|headcount|membership)\s+` + LEVEL, "iu");
const MAJORITY = /\bmajority\s+(?:of|(?:(?:was|is|has\s+been|had\s+been)\s+)?(?:cut|reduced|slashed|narrowed|increased|raised|fell|rose|dropped|grew|shrank)\s+to|was|is|stood\s+at)\s+(?:(?:just|only|some|about|around|nearly|almost|roughly|a\s+mere)\s+)?$/i;
/** "won the seat with a majority of 421.", "her majority was cut to 96": what a winner won an election by. */
export function majorityBefore(left: string): boolean {
  return MAJORITY.test(left);
}
/**
 * What is counted, named before the verb: "The number of giant pandas living in the wild has reached", "The wild
 * panda population has climbed to", "wild pandas now number". A place's population is its population.
 */
export function countedBefore(left: string): string | undefined {
  if (majorityBefore(left)) return "vote:margin";
  // "Visitor numbers at the museum rose to 3.1 million": how many visited is its attendance.
  const numbers = NUMBERS_OF.exec(left);
  if (numbers) return /^(?:visitor|spectator|attendee|fan)$/i.test(numbers[1]) ? "attendance" : NOUN_SYNONYM[numbers[1].toLowerCase()] ?? numbers[1].toLowerCase();
  const m = NUMBER_OF.exec(left) ?? NUMBER_VERB.exec(left);
  if (m) return NOT_COUNT_NOUN.test(m[1]) || TIME_UNIT.test(m[1]) ? undefined : compoundOf(m[0].slice(0, m[0].indexOf(m[1]) + m[1].length)) ?? NOUN_SYNONYM[singular(m[1])] ?? singular(m[1]);
  const g = GROUP_LEVEL.exec(left);
  if (g) {
    const part = g[1]?.toLowerCase();
    return part && SUBSET_MODIFIER.test(part) ? `${GROUP_SIZE[g[2].toLowerCase()]}:${part}` : GROUP_SIZE[g[2].toLowerCase()];
  }
  const p = POPULATION.exec(left);
  // "Dunmore's population grew 8% in the past decade to 1.43 million", "puts Dunmore's population at 1.43 million",
  // "a population of 1.43 million": a place's population, however the sentence reaches the number.
  if (!p && PLACE_POPULATION.test(left)) return "population";
  if (!p) return undefined;
  return PLACE_NOUN.test(p[1]) || /^(?:total|local|urban|rural|global|world|wild|prison|student|general|adult|overall|national)$/.test(p[1]) ? "population" : singular(p[1]);
}

/** A quantity spilled is the event's, apart from what was carried or stored: "spilled 3,400 barrels", "4,300 barrels of crude have leaked". */
export function unitMeasure(unit: string, before: Word[], rest: Word[]): string {
  const clause = rest.slice(0, 5);
  const stop = clause.findIndex((w) => CLAUSE_WORD.test(w.lower));
  const near = [...before.slice(0, 3), ...(stop < 0 ? clause : clause.slice(0, stop))];
  // "800 cubic metres of water per second": a rate of flow, whatever the verb, apart from amounts.
  // ("weighed 60 kg at birth and stood within an hour": a time limit, not a rate.)
  const per = rest.findIndex((w, k) => k < 10 && /^(?:per|a|an|every|each)$/.test(w.lower) && /^(?:second|minute|hour|day)$/.test(rest[k + 1]?.lower ?? "") && !/^(?:within|in|for|after|under|over|than|about|around|nearly|almost|inside|half)$/.test(rest[k - 1]?.lower ?? ""));
  if (per >= 0) return `unit:${unit}:per-${rest[per + 1].lower}`;
  const base = near.some((w) => SPILL_VERB.test(w.lower)) ? `unit:${unit}:spilled` : `unit:${unit}`;
  const what = materialOf(rest);
  return what ? `${base}:${what}` : base;
}

/**
 * "23,000 tonnes of food waste", "182,000 tonnes of household waste": the kind of waste a quantity is of (two
 * kinds in one story are two facts). A bare "tonnes of waste" names no kind.
 */
function materialOf(rest: Word[]): string | undefined {
  if (rest[0]?.lower !== "of" || !rest[1] || !rest[2]) return undefined;
  const [kind, stuff] = [rest[1], rest[2]];
  if (stuff.start - kind.end !== 1 || !/^\p{Ll}{3,}$/u.test(kind.lower) || !/^\p{Ll}{3,}$/u.test(stuff.lower) || !MATERIAL.test(stuff.lower) || /^(the|its|their|his|her|this|that|which|new|more|other|extra)$/.test(kind.lower)) return undefined;
  return `${kind.lower} ${stuff.lower}`;
}
/** Stuff whose kinds are told apart (food waste is not household waste); "crude oil" and "oil" are one stuff. */
const MATERIAL = /^(waste|rubbish|garbage|trash|refuse|plastic|plastics|packaging|debris)$/;
const SPILL_VERB = /^(spill|spills|spilled|spilt|spilling|leak|leaks|leaked|leaking|released|discharged|dumped|gushed)$/;

/**
 * A fact sheet's "Label: N" line, for groups of people only: "Injured: 27", "New first-years: 7,250",
 * "International students: 1,900". Other labels ("Goals: 3") say too little about whose figure it is.
 */
export function labelled(left: string): { measure: string; people: boolean } | undefined {
  const m = /^\s*(?:(\p{L}[\p{L}-]*)\s+)?(\p{L}[\p{L}-]+)\s*:\s*$/u.exec(left);
  if (!m) return undefined;
  const [mod, noun] = [m[1]?.toLowerCase(), m[2].toLowerCase()];
  const role = ruleFor(PEOPLE_ROLES, noun);
  // "Customers affected: 2.4 million": people, and what befell them.
  if (role && (!mod || PEOPLE_NOUN.test(mod))) return { measure: role, people: role !== "employees" };
  const lemma = NOUN_SYNONYM[singular(noun)] ?? singular(noun);
  if (!PEOPLE_NOUN.test(noun) && !lemma.includes(":")) return undefined;
  return { measure: mod && SUBSET_MODIFIER.test(mod) ? `${lemma}:${mod}` : lemma, people: true };
}

/**
 * "Structures destroyed: 86", "Acres burned: 12,400": a label of things and what befell them, written out as the
 * sentence it shortens ("86 structures were destroyed"), with where the number ends in it.
 */
export function labelSentence(left: string, number: string): { text: string; valueEnd: number } | undefined {
  const m = /^[\s*•-]*(\p{L}[\p{Ll}-]+s)\s+(\p{Ll}{3,}(?:ed|en))\s*:\s*$/u.exec(left);
  return m ? { text: `${number} ${m[1].toLowerCase()} were ${m[2]}`, valueEnd: number.length } : undefined;
}
