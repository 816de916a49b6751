/** Cues around a count that say what was done to the things counted. */
import { COUNT_VERBS } from "./lexicon.js";
import { ruleFor } from "./rule-for.js";
import type { Word } from "./words.js";
import { peopleAfter, waitingList } from "./people-after.js";
import { singular } from "./word-forms.js";
import { victimCount } from "./victim-count.js";
import { herdSize } from "./herd-size.js";

/** "45 rescue workers took part in the operation": those who joined in, no more than the noun says. */
export const TOOK_PART = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:took|take|takes|taking|have\s+taken|had\s+taken)\s+part\b/iu;
/** "1,480 transplants took place in 2025": they were done. */
export const TOOK_PLACE = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:took|take|takes|taking|have\s+taken|had\s+taken)\s+place\b/iu;
/** "returned 23 whales to the sea": back into the water. */
export const TO_SEA = /^[^,;]{0,40}?\b(?:back\s+)?(?:in)?to\s+(?:the\s+)?(?:open\s+|deeper\s+)?(?:sea|water|ocean|surf)\b/i;
/** The plain plural after "32 of the": no number ("two of the three men"), participle or relative clause after it. */
export const PART_NOUN = /^(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundreds|thousands)\b)(?:(?!\p{Ll}+ed\b)[\p{Ll}-]+\s+)?(?!\p{Ll}+ed\b)\p{Ll}{3,}s\b(?!\s+(?:\p{Ll}+ed|\p{Ll}+ing|who|that|which|accused|charged|suspected)\b)/u;
/** "rescuers had refloated 32 of the whales": a verb acting on a part (not one of wanting or saying). */
export const VERB_BEFORE_PART = /\b(?:had|have|has)?\s*(?!(?:wanted|needed|demanded|expected|required|asked|predicted|estimated|claimed|reported)\s)\p{Ll}{3,}ed\s+(?:(?:about|around|nearly|almost|some|more\s+than|over|at\s+least|only|just)\s+)?$/u;

const SCORED_BEFORE = /\b(?:scored|scores|scoring|made|makes|making|hit|hits|hitting|struck|smashed|compiled|racked\s+up)\s+(?:an?\s+)?(?:(?:career-best|career-high|personal-best|season-best|unbeaten|maiden|superb|brilliant|fine|patient|quickfire|rapid|stylish|magnificent)\s+)?$/i;
const SCORE_END = /^(?:\s*[,.;:!?)]|\s*$|\s+(?:as|for|on|in|before|after|off|from|against|not\s+out|to\s+(?:help|lead|guide|steer|take|give|put|set))\b)/i;
const NOT_SCORER = /\b(?:temperatures?|prices?|rates?|inflation|index|indices|shares?|stocks?|mercury|unemployment|gusts?|winds?|waves?|quakes?|earthquakes?|magnitude|tolls?|sales|revenue|demand|output|production|numbers?|figures?|levels?|costs?|values?)\b/i;

/** "Okonjo hit a career-best 187 on the second day", "Daniel Okonjo made 178 as Harlow took control": a player's score. */
export function bareScore(text: string, clauseStart: number, valueStart: number, valueEnd: number, value: number): boolean {
  if (!Number.isInteger(value) || value < 1 || value > 999) return false;
  const before = text.slice(Math.max(clauseStart, valueStart - 40), valueStart);
  return SCORED_BEFORE.test(before) && SCORE_END.test(text.slice(valueEnd, valueEnd + 24)) && !NOT_SCORER.test(text.slice(clauseStart, valueStart));
}

/** "30 wide-bodies", "12 narrow-body jets": aircraft, never bodies of the dead. */
export const WIDE_BODY = /^\s+(?:wide|narrow)-bod(?:y|ies)\b/i;

/** "In a trial of 420 people", "a study involving 240 participants": those a trial takes in are its patients. */
const TRIAL_OF = /\b(?:trial|study)\s+(?:of|involving|with|enrolling|including)\s+(?:about\s+|around\s+|roughly\s+|more\s+than\s+|some\s+|nearly\s+|almost\s+|over\s+)?$/i;
/** "enrolled 4,200 adults", "recruited 900 volunteers": taken into a trial. */
const ENROLLED = /\b(?:enrolled|enrolling|enrols|enrolls|recruited|recruiting|involved|involving|included|including|randomi[sz]ed|tested\s+on)\s+(?:about\s+|around\s+|roughly\s+|more\s+than\s+|some\s+|nearly\s+|almost\s+|over\s+)?$/i;
/** (Not men or women: "the trial of two men accused of ..." is a court's.) */
const TRIAL_PEOPLE = /^(?:people|participants|volunteers|subjects|adults)$/;
/** A drug or vaccine's trial, not a survey or a court's: "phase 3 study", "vaccine", "placebo". */
const CLINICAL = /\b(?:phase\s+(?:[123]|i{1,3})|vaccines?|drugs?|placebo|efficacy|effective|treatment|therapy|dose|doses)\b/i;

/**
 * People a clinical trial takes in: "a trial of 420 people", "a phase 3 study of 2,400 people", "a trial that
 * enrolled 4,200 adults". (Not "the trial of two men accused ...": only people, participants and the like.)
 */
export function trialPatients(text: string, noun: string, clauseStart: number, valueStart: number): boolean {
  if (!TRIAL_PEOPLE.test(noun)) return false;
  const before = text.slice(Math.max(clauseStart, valueStart - 30), valueStart);
  return (TRIAL_OF.test(before) && (/\btrial\s/i.test(before) || CLINICAL.test(text))) || (ENROLLED.test(before) && /\b(?:trial|study)\b/i.test(text) && CLINICAL.test(text));
}

/**
 * A vessel's crew counted beside its passengers: "412 passengers and 58 crew aboard", "The ship was carrying 212
 * passengers and 28 crew", "All 212 passengers and 18 crew were safely evacuated" all say how many crew were aboard;
 * other crew counts are read as any count of people is ("18 crew" is never the passengers' count).
 */
export function crewCount(role: string | undefined, before: string): { measure: string; people: boolean } | undefined {
  if (role === "aboard" || role === "evacuated" || (!role && /\b(?:carrying|carried|carries)\b/i.test(before))) return { measure: "aboard:crew", people: true };
  return undefined;
}

/** Verbs of making someone do something: "ordered 1,200 schools to close". */
export const MADE_TO = /^(?:ordered|orders|order|forced|forces|force|told|tells|tell|required|requires|require|asked|asks|ask|allowed|allows|allow)$/;

/** The verb among the three words before a count ("cut 1,200 jobs"), read nearest first. */
export function verbBefore(before: Word[]): string | undefined {
  for (const [k, w] of before.slice(0, 3).entries()) {
    // "faced 287 deliveries and hit 24 fours": no verb past the conjunction.
    if (k > 0 && /^(and|or|but|while)$/.test(w.lower)) return undefined;
    // "The ship carries 14,000 containers": a word after an article is a noun, not the verb.
    if (/^(the|a|an|its|their|his|her)$/.test(before[k + 1]?.lower ?? "")) continue;
    // "carried out 250 experiments": done, not carried.
    if (w.lower === "out" && /^carr(?:y|ies|ied|ying)$/.test(before[k + 1]?.lower ?? "")) return "done";
    // "has turned up 47 species": found.
    if (w.lower === "up" && /^turn(?:s|ed|ing)?$/.test(before[k + 1]?.lower ?? "")) return "find";
    // "took part in 520 events": joined in, not won.
    if (k > 0 && before[k - 1].lower === "part" && /^(?:took|take|takes|taking|taken)$/.test(w.lower)) return "participat";
    const v = ruleFor(COUNT_VERBS, w.lower);
    if (v) return v;
  }
  return undefined;
}

/** Things that happen on a timetable: one scrapped, axed or cut is one cancelled ("scrapped 240 flights"). */
const SCHEDULED = /^(?:flight|train|service|sailing|departure|show|performance|concert|match|game|fixture|class|lesson|appointment|operation|surgery|procedure)$/;
export function scheduledVerb(lemma: string, verb: string): string {
  return verb === "cut" && SCHEDULED.test(lemma) ? "cancel" : verb;
}

/** "Rescue teams brought 198 miners to the surface", "brought 12 people to safety": those brought out were rescued. */
const BROUGHT_OUT = /^\s+(?:(?:up\s+)?to\s+(?:the\s+)?surface|to\s+safety|out\s+alive|ashore)\b/i;
/** "Eleven walkers were led to safety", "Eleven walkers brought down from Cairnmore": the same, said of them. */
const LED_TO_SAFETY = /^\s+(?:(?:were|was|have\s+been|had\s+been|are\s+being)\s+)?(?:led|brought|taken|carried|helped|guided|escorted|walked|lowered|winched|airlifted)\s+(?:down\s+)?(?:to\s+safety|down\s+from|off\s+the\s+(?:mountain|hill|fell|cliff|ledge|roof))\b/i;
export function broughtOut(text: string, before: Word[], headEnd: number): boolean {
  return (/^(?:brought|bring|brings|bringing)$/.test(before[0]?.lower ?? "") && BROUGHT_OUT.test(text.slice(headEnd, headEnd + 24))) || LED_TO_SAFETY.test(text.slice(headEnd, headEnd + 50));
}

/** "should take 40,000 vehicles a day off the old bridge": things taken off something are removed from it. */
const TAKEN_OFF = /^\s+(?:(?:a|per|each)\s+(?:day|week|month|year)\s+)?off\s+(?:the|its|their|a)\b/i;
export function takenOff(text: string, before: Word[], headEnd: number): string | undefined {
  return /^(?:take|takes|took|taking|taken)$/.test(before[0]?.lower ?? "") && TAKEN_OFF.test(text.slice(headEnd, headEnd + 30)) ? "remov" : undefined;
}

/** "employs 5,300 people worldwide": a whole group's workforce, apart from any one site's. */
export const WORLDWIDE = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:worldwide|globally|around\s+the\s+world|across\s+the\s+(?:world|globe)|in\s+(?:\d+|[a-z]+)\s+countries)\b/u;

/** "debuted at number one with first-week sales of 49,000": copies of a record or book sold. */
const WEEK_SALES = /\b(?:first-week|opening-week|week-one|first\s+week|opening\s+week)\s+sales\s+of\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|some\s+)?$/i;
export function weekSales(text: string, valueStart: number): boolean {
  return WEEK_SALES.test(text.slice(Math.max(0, valueStart - 40), valueStart)) && /\b(?:album|record|single|book|novel|game|title|memoir)\b/i.test(text);
}

/**
 * "two juveniles and eight adults were wounded", "Three men and two women were killed": each number of a list of
 * people by age or sex is a part of one toll, never the toll ("212 passengers and 18 crew" count two roles).
 */
const LIST_NUM = String.raw`(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const PEOPLE_PART = String.raw`(?:[\p{Ll}-]+\s+)?(?:men|women|man|woman|child|children|(?:boy|girl|teen|teenager|juvenile|adult|minor)s?)`;
const LISTED_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\d,])${LIST_NUM}\s+${PEOPLE_PART}\s+and\s+$`, "iu");
const LISTED_AFTER = new RegExp(String.raw`^\s+${PEOPLE_PART}\s+and\s+${LIST_NUM}\s+${PEOPLE_PART}\b`, "iu");
export function listedPart(text: string, valueStart: number, valueEnd: number): boolean {
  return LISTED_BEFORE.test(text.slice(Math.max(0, valueStart - 40), valueStart)) || LISTED_AFTER.test(text.slice(valueEnd, valueEnd + 60));
}

/**
 * A scorer's running tally: "taking his tally for the season to 14 goals", "takes him to 14 goals for the season",
 * "now has 16 goals this season": goals scored, as "has scored 14 goals" says.
 */
const TALLY_BEFORE = /\b(?:(?:now\s+)?(?:has|have|had)|(?:takes?|taking|took|moves?|moving|moved|brings?|bringing|brought)\s+(?:him|her|them|his|her|their)\s+(?:(?:tally|total|haul|count)\s+)?(?:(?:for|of|this|the)\s+(?:the\s+)?(?:season|campaign|year|tournament)\s+)?(?:on\s+)?to)\s+$/i;
export function goalTally(text: string, valueStart: number, valueEnd: number): boolean {
  return /^\s+(?:league\s+)?goals\b/i.test(text.slice(valueEnd, valueEnd + 16)) && TALLY_BEFORE.test(text.slice(Math.max(0, valueStart - 60), valueStart));
}

/** "third-quarter deliveries fell 14% to 421,000 vehicles", "sales reached 1.2 million cars": units sold. */
const SALES_LEVEL = /\b(?:deliveries|sales|shipments)\s+(?:(?:have\s+|has\s+)?(?:rose|risen|fell|fallen|climbed|dropped|jumped|slipped|grew|grown|declined|increased|decreased|slumped|surged|edged\s+(?:up|down))\s+(?:by\s+)?(?:[\d.]+\s*(?:%|per\s+cent|percent)\s+)?to|reached|totall?ed|hit|were|of)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|a\s+record\s+)?$/i;
export function salesLevel(before: string): string | undefined {
  return SALES_LEVEL.test(before) ? "sold" : undefined;
}

/**
 * "had stolen the personal details of 4.2 million customers", "exposed the records of 1.1 million policyholders":
 * people whose data a breach reached are the people affected, not how many customers there are.
 */
const DATA_OF = /\b(?:data|details|records|information|accounts|files|emails|passwords)\s+(?:of|belonging\s+to|on|for|from)\s+(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+|as\s+many\s+as\s+)?$/i;
const BREACHED = /\b(?:hackers?|breach|cyber-?attack|access|obtained|stole|stolen|steal|stealing|exposed|exposing|leaked|leaking|hacked|compromised|breached|accessed|taken|affected|affecting)\b/i;
/** "Venturo breach hits 1.2 million customers": whom a breach reached. */
const BREACH_HITS = /\b(?:breach|hack|cyber-?attack|data\s+leak|leak)\s+(?:hits|hit|affects|affected|impacts|impacted|exposes|exposed)\s+(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+|as\s+many\s+as\s+)?$/i;
export function dataOwners(text: string, clauseStart: number, clauseEnd: number, valueStart: number): boolean {
  const before = text.slice(Math.max(clauseStart, valueStart - 50), valueStart);
  return (DATA_OF.test(before) && BREACHED.test(text.slice(clauseStart, clauseEnd))) || BREACH_HITS.test(before);
}

/** "68 homes and outbuildings", "homes and other structures": every kind of building, counted as structures. */
const AND_BUILDINGS = /^\s+and\s+(?:other\s+)?(?:outbuildings|buildings|businesses|structures|barns|sheds|garages|cabins)\b/i;
export function buildingsToo(text: string, headEnd: number): boolean {
  return /(?:homes|houses|residences)$/i.test(text.slice(Math.max(0, headEnd - 10), headEnd)) && AND_BUILDINGS.test(text.slice(headEnd, headEnd + 30));
}

/** "severe cases in people over 60", "adults aged under 25": an age group's bound, no count (the hedge word is the value's). */
const AGE_GROUP_BEFORE = /\b(?:people|persons|adults|those|patients|women|men|anyone|children|residents|drivers|voters|workers)\s+(?:aged\s+)?(?:over|under|above|below|older\s+than|younger\s+than)\s+$/i;
export function ageBound(text: string, valueStart: number, valueEnd: number): boolean {
  const lead = text.slice(Math.max(0, valueStart - 40), valueStart) + (/^\D+/.exec(text.slice(valueStart, valueEnd))?.[0] ?? "");
  return AGE_GROUP_BEFORE.test(lead) && !/^\s+\p{Ll}/u.test(text.slice(valueEnd, valueEnd + 3));
}

/**
 * "About 6,000 people marched through Durrow", "16,000 join march", "6,000 people joined Saturday's march": a
 * crowd's size, as whoever counted it says ("police said": `crowd:police`; organisers: `crowd:organisers`), for
 * police and organisers count apart; a size no one is said to have counted is `crowd`.
 */
const CROWD_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:people\s+|protesters\s+|demonstrators\s+|marchers\s+|campaigners\s+|supporters\s+|residents\s+)?(?:have\s+|had\s+)?(?:marched|march|protested|demonstrated|rallied|took\s+to\s+the\s+streets|joined\s+(?:the\s+|a\s+|\p{L}+['’]s\s+)?(?:\p{Ll}+\s+)?(?:march|protest|rally|demonstration))\b/iu;
/** "putting 460 people out of work", "left 300 staff out of a job": jobs cut. */
const PUT_OUT = /\b(?:put|puts|putting|throw|throws|throwing|threw|thrown|left|leave|leaves|leaving)\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|up\s+to\s+)?$/i;
const OUT_OF_WORK = /^\s+(?:[\p{Ll}-]+\s+)?(?:people|workers|staff|employees|men|women)?\s*out\s+of\s+(?:work|a\s+job|jobs|their\s+jobs)\b/iu;
/** "45,000 people came to this year's festival", "fans flocked to the match": those who came are its attendance. */
const CAME_TO = /^\s+(?:people|visitors|fans|spectators|music\s+fans|revellers|festival-?goers|racegoers)\s+(?:came|flocked|poured|turned\s+out|headed|descended|travelled|traveled)\s+(?:to|on|for|into)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:festival|event|show|concert|fair|parade|carnival|exhibition|gala|tournament|match|game|race|marathon)\b/iu;
export function crowdOf(text: string, valueEnd: number, clauseEnd: number): string | undefined {
  if (!CROWD_AFTER.test(text.slice(valueEnd, Math.max(clauseEnd, valueEnd + 60)))) return undefined;
  const police = /\bpolice\b/i.test(text);
  const organisers = /\borgani[sz]ers\b/i.test(text);
  return police && organisers ? undefined : police ? "crowd:police" : organisers ? "crowd:organisers" : "crowd";
}

/** "3,200 people have been moved from their homes", "2,300 people have had to leave their homes": evacuated. */
const LEFT_HOMES = /^\s+(?:[\p{Ll}-]+\s+)?(?:(?:have|has|had|were|was)\s+(?:been\s+)?)?(?:moved|forced|driven|displaced|taken|had\s+to\s+leave|left|fled|ordered\s+(?:out\s+of|from))\s+(?:from\s+|out\s+of\s+)?(?:their|its|his|her)\s+homes?\b/iu;
export function leftHomes(text: string, valueEnd: number): boolean {
  return LEFT_HOMES.test(text.slice(valueEnd, valueEnd + 80));
}

/** "45 stores to go", "1,300 jobs to go": places to close, posts to be cut. */
export function toGo(text: string, headEnd: number, lemma: string): string | undefined {
  if (!/^\s+(?:are\s+|is\s+|will\s+|set\s+|due\s+)?to\s+(?:go|close|shut)\b/i.test(text.slice(headEnd, headEnd + 20))) return undefined;
  return /^(?:store|branch|outlet|restaurant|pub|site|office|school|library|bank|factory|plant|depot|clinic|station|cinema)$/.test(lemma) ? "closed" : "cut";
}

/**
 * "a crash involving 23 vehicles", "32 vehicles collided", "32 vehicles involved", "Friday's 23-vehicle crash": the
 * vehicles in a crash (never the people a crash killed: "Three were killed when 32 vehicles collided").
 */
const VEHICLES = String.raw`(?:vehicles|cars|lorries|trucks|vans|buses)`;
const IN_CRASH_AFTER = new RegExp(String.raw`^(?:[\s-]vehicle[\s-]+(?:crash|pile-?up|collision|smash|accident)\b|\s+(?:[\p{Ll}-]+\s+)?${VEHICLES}\s+(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+)?(?:involved|collided|crashed|piled\s+up)\b)`, "iu");
const INVOLVING_BEFORE = /\b(?:involving|involved)\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|up\s+to\s+|at\s+least\s+)?$/i;
const VEHICLES_AFTER = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+)?${VEHICLES}\b`, "iu");
export function vehiclesInCrash(text: string, valueStart: number, valueEnd: number): boolean {
  const after = text.slice(valueEnd, valueEnd + 50);
  return IN_CRASH_AFTER.test(after) || (VEHICLES_AFTER.test(after) && INVOLVING_BEFORE.test(text.slice(Math.max(0, valueStart - 30), valueStart)));
}

/** "Four men wearing balaclavas smashed their way in", "four men who stole £1.8m": how many did the crime. */
const CRIME_AFTER = /^\s+(?:(?!(?:after|before|when|while|as|and|but|then|once|since|one|two|three|four|five|six|seven|eight|nine|ten)\s)[\p{Ll}-]+\s+){0,4}?(?:who\s+)?(?:stole|robbed|raided|smashed|broke\s+into|attacked|ambushed|mugged|escaped\s+with|made\s+off\s+with|fled\s+with|held\s+up|carried\s+out\s+the\s+(?:raid|robbery|attack|heist))\b/iu;
export function crimeGang(text: string, headEnd: number, noun: string, before: string): string | undefined {
  // ("Police have arrested three men after four raiders stole ...": the men arrested are counted so.)
  if (/\b(?:arrested|detained|charged|held|questioned|jailed|convicted|identified)\s+(?:[\p{Ll}-]+\s+)?$/iu.test(before) || !/^(?:men|people|youths|boys|women|teenagers)$/.test(noun) || !CRIME_AFTER.test(text.slice(headEnd, headEnd + 60))) return undefined;
  return `perpetrator:${noun === "people" ? "person" : singular(noun.replace(/men$/, "man"))}`;
}

/**
 * Counts a phrase after the number names whatever else the sentence says: people waiting or who dropped out, a
 * crowd, people moved from their homes, vehicles in a crash, a fraud's victims, a herd's size.
 */
export function groupCount(text: string, clauseStart: number, clauseEnd: number, valueStart: number, valueEnd: number): { measure: string; people: boolean } | undefined {
  const did = peopleAfter(text, valueEnd) ?? waitingList(text, clauseStart, valueStart, valueEnd); // "12,400 patients waiting more than 18 weeks", "12 patients dropped out"
  if (did) return { measure: did, people: true };
  if (leftHomes(text, valueEnd)) return { measure: "evacuated", people: true };
  if (victimCount(text, clauseStart, valueStart, valueEnd)) return { measure: "victim", people: true };
  if (CAME_TO.test(text.slice(valueEnd, valueEnd + 90))) return { measure: "attendance", people: true };
  if (PUT_OUT.test(text.slice(Math.max(clauseStart, valueStart - 30), valueStart)) && OUT_OF_WORK.test(text.slice(valueEnd, valueEnd + 50))) return { measure: "job:cut", people: false };
  const herd = herdSize(text, clauseStart, valueStart, valueEnd);
  if (herd) return { measure: herd, people: false };
  const crowd = crowdOf(text, valueEnd, clauseEnd) ?? (vehiclesInCrash(text, valueStart, valueEnd) ? "vehicle:involv" : undefined);
  return crowd ? { measure: crowd, people: false } : undefined;
}
