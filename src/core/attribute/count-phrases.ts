/** Phrases around a count that say what it counts: a score, a margin, an order, a survey, a unit written short. */
import { singular, stemOf } from "./word-forms.js";
import { ruleFor } from "./rule-for.js";
import { COUNT_VERBS } from "./lexicon.js";
import type { Word } from "./words.js";

/** "shot a final-round 66", "carded a 68": a player's score for a round. */
export const ROUND_SCORE_BEFORE = /\b(?:shot|shoots|carded|cards|fired|fires|posted|posts|signed\s+for|closed\s+with|opened\s+with|returned)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;
export const ROUND_SCORE_AFTER = /^\s+(?:to\s+(?:finish|win|end|close|lead|take|claim|tie|share)\b|in\s+the\s+(?:final|first|second|third|fourth|last|opening)\s+round\b)/i;
/** "won an order for 120 buses", "an order of 40 jets": what is bought. */
export const ORDER_FOR = /\b(?:orders?|contract|deal)\s+(?:from\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4})?(?:for|of|to\s+(?:buy|supply|deliver|build))\s+(?:(?:about|around|some|up\s+to|more\s+than|nearly|another|an\s+additional)\s+)?$/iu;
/** "was downloaded 10 million times": how many it reached. */
export const TIMES_DONE = /\b(?:was|were|is|are|been)\s+(downloaded|viewed|streamed|watched|played|shared|visited)\s+(?:(?:about|around|more\s+than|over|nearly|some|roughly|almost)\s+)?$/i;
/** "540 kg", "12 kgs": units written short. */
export const UNIT_ABBREVIATION: Record<string, string> = { kg: "kilogram", kgs: "kilogram", kilo: "kilogram", kilos: "kilogram", bbl: "barrel", mw: "megawatt", gw: "gigawatt", kw: "kilowatt" };
/** "78% of the 1,200 reefs surveyed": the whole of a share, and how many were studied. */
export const WHOLE_SURVEYED = /^\s+(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}+s\s+(?:surveyed|examined|studied|inspected|sampled|assessed|polled)\b/u;
/** "A survey of 1,200 reefs", "a study of 4,000 patients": how many were studied. */
/** "The survey questioned 1,850 beekeepers", "the poll of 2,000 adults", "surveyed 1,200 reefs" too. */
export const SURVEY_OF = /\b(?:(?:survey|poll|study|census|audit|review|inspection|analysis|examination)\s+of|(?:survey|poll|study|census)\s+(?:\p{Ll}+\s+)?(?:covered|covers|questioned|questions|interviewed|interviews|polled|polls|sampled|samples|asked|asks|included|includes|involved|involves|reached)|surveyed|polled|interviewed)\s+(?:about\s+|some\s+|nearly\s+|around\s+|more\s+than\s+|over\s+|roughly\s+)?$/iu;
/** "by 412 votes", "a margin of three strokes": what a winner won by (an election's majority: counted-before.ts). */
export const MARGIN_BY = /\b(?:by|margin\s+of)\s+(?:(?:just|only|some|about|around|nearly|almost|roughly|more\s+than|fewer\s+than|less\s+than|a\s+mere)\s+)?$/i;
/** A win in the clause before a margin: "won the Carrow Open by three strokes", "to finish three strokes clear". */
export const WON_MARGIN = /\b(?:won|win|wins|winning|beat|beats|beating|defeated|defeats|defeating|victory|triumphed|edged|clinched|finish|finished|finishing)\b/i;
/** "cut prices on 800 products", "will lower the price of 600 items": goods whose price is cut. */
export const PRICE_CUT_ON = /\b(?:cut|cuts|cutting|lower|lowers|lowered|lowering|reduce|reduces|reduced|reducing|slash|slashes|slashed|slashing|drop|drops|dropped|dropping)\s+(?:the\s+|its\s+)?prices?\s+(?:on|of|for)\s+(?:(?:about|around|some|more\s+than|over|nearly|almost|roughly)\s+)?$/i;
/** "800 lines at Brightmart will be cheaper": goods made cheaper. */
export const CHEAPER_AFTER = /^\s+(?:[\p{L}'’-]+\s+){0,4}?(?:will\s+be|are|were|became|become|to\s+be|would\s+be)\s+(?:made\s+)?cheaper\b/u;
/** Words shops use for the goods they sell. */
export const GOODS = /^(?:product|item|line|good|grocery|groceries|essential|staple)$/;

/**
 * "won by three strokes", "by four shots", "finished three strokes clear of Ekdahl": a winning margin, keyed by its
 * unit. A lead during play ("led by 18 points") or a season's record ("their closest margin of victory") is not it.
 */
export function winningMargin(text: string, lemma: string, clauseStart: number, valueStart: number, headEnd: number): string | undefined {
  if (!/^(stroke|shot|point|goal|run|wicket|length)$/.test(lemma)) return undefined;
  const clauseBefore = text.slice(clauseStart, valueStart);
  const won = WON_MARGIN.test(clauseBefore) && !/\b(?:closest|biggest|largest|smallest|narrowest|widest|average|led|leads|leading)\b/i.test(clauseBefore);
  if (!won || !(MARGIN_BY.test(text.slice(Math.max(clauseStart, valueStart - 24), valueStart)) || /^\s+(?:clear\s+of|ahead\s+of)\b/i.test(text.slice(headEnd, headEnd + 12)))) return undefined;
  return `${lemma === "shot" ? "stroke" : lemma}:margin`;
}
/** "Three cars fell into it", "two homes slid into the river": things swallowed (as "swallowing two cars" says). */
const FELL_INTO = /^\s+(?:(?:have|had|has|were|was)\s+)?(?:fell|fallen|plunged|tumbled|dropped|sank|sunk|slid|slipped|disappeared|vanished|toppled|plummeted|careered|careened|swept)\s+(?:in|into|down\s+into)\b/i;
/** Where things fall: water, a hole, a drop. */
const A_DROP = String.raw`(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}?(?:river|water|waters|sea|lake|canal|harbou?r|bay|gorge|ravine|sinkhole|hole|pit|creek|ditch|gully|valley|ocean|reservoir|quarry|estuary|stream|chasm|crater)\b`;
const WENT_INTO = new RegExp(String.raw`^\s+(?:(?:have|had|has)\s+)?(?:went|gone|go|crashed|ended\s+up)\s+(?:in|into)\s+${A_DROP}`, "iu");
const SENT_BEFORE = /\b(?:sending|sent|sends|send|pushing|pushed|knocking|knocked|hurling|hurled|throwing|threw|thrown|plunging|tipping|tipped)\s+(?:(?:at\s+least|about|around|some|nearly|more\s+than)\s+)?$/i;
const INTO_DROP = new RegExp(String.raw`^\s+(?:plunging\s+|tumbling\s+|crashing\s+)?(?:in)?to\s+${A_DROP}`, "iu");

/**
 * Things that fell into a hole or water: "Nine vehicles plunged into the river", "Six vehicles went into the
 * river", "sending six vehicles into the water".
 */
export function fellInto(text: string, clauseStart: number, valueStart: number, headEnd: number): boolean {
  const rest = text.slice(headEnd, headEnd + 60);
  return FELL_INTO.test(rest) || WENT_INTO.test(rest) || (SENT_BEFORE.test(text.slice(Math.max(clauseStart, valueStart - 30), valueStart)) && INTO_DROP.test(rest));
}
/** "an extra 260,000 flights", "260,000 more flights", "an additional 40 buses": more of a thing. */
const MORE_OF = /\b(?:an\s+(?:extra|additional)|a\s+further|another)\s+[\d.,]+(?:\s+(?:million|thousand|billion))?\s*$|^[\d.,]+(?:\s+(?:million|thousand|billion))?\s+(?:more|extra|additional)\s/i;
/** Verbs that say no more than that there are more: "would mean", "would allow", "will see", "extra". */
const WEAK_VERB = /^(?:mean|allow|extra|see|handl|hav|bring|creat|get|enabl|permit|make|mak|additional|more|further)$/;

/**
 * "would allow an extra 260,000 flights", "would mean 260,000 more flights", "add 206,000 flights": things added,
 * when no verb says more than that.
 */
export function moreOf(verb: string | undefined, text: string, clauseStart: number, valueStart: number, valueEnd: number): string | undefined {
  if (verb && !WEAK_VERB.test(verb)) return verb;
  return MORE_OF.test(text.slice(Math.max(clauseStart, valueStart - 16), valueEnd)) || MORE_OF.test(text.slice(valueStart, valueEnd + 12)) ? "added" : verb;
}

/** "has left 340 paintings to the museum", "has been left 430 paintings": things left to someone are given. */
export function leftTo(text: string, clauseStart: number, valueStart: number, headEnd: number): boolean {
  if (!/\b(?:leav(?:e|es|ing)|left)\s+$/i.test(text.slice(Math.max(clauseStart, valueStart - 12), valueStart))) return false;
  return /^\s+to\b/i.test(text.slice(headEnd, headEnd + 4)) || /\b(?:has|have|had|was|were|been)\s+(?:been\s+)?left\s+$/i.test(text.slice(Math.max(clauseStart, valueStart - 20), valueStart));
}

/** "injuring 63, eight of them seriously", "Eighteen are in serious condition": how badly, a fact of its own. */
export function injuryCondition(after: string): string | undefined {
  const m = /^\s+(?:(?:people|of them|of the (?:injured|wounded|hurt|victims|casualties)|others|victims|patients|children|[a-z]{3,}s)\s+)?(?:(?:are|were|remain|remained|is|was)\s+(?:listed\s+)?in\s+(serious|critical|grave)\s+condition|(?:were\s+|are\s+)?(seriously|critically|severely|gravely)\b(?!\s+(?:damaged|affected|delayed|ill\b)))/i.exec(after);
  if (!m) return undefined;
  return /^crit/i.test(m[1] ?? m[2]) ? "injured:critical" : "injured:serious";
}

/** Events that hurt people, in the plural. */
const INCIDENTS = "(?:shootings|attacks|incidents|crashes|collisions|accidents|explosions|blasts|stabbings|robberies|bombings)";
/** "2 killed in 6 Shreveport shootings", "slain in Sunday shootings": a toll across several incidents (plural). */
export const ACROSS_INCIDENTS = new RegExp(String.raw`^[^.;]*?\bin\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|separate|different|weekend|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?\s+(?:[\p{L}-]+\s+)?${INCIDENTS}\b`, "iu");
/** "five injured in two shootings", "wounded in 2 separate attacks": the events people were hurt in, counted. */
export const IN_INCIDENTS = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+)?(?:${INCIDENTS}|fires|raids)\b`, "iu");
const STRUCK_PLACES = /\b(?:flood(?:s|ed|ing)?|swept\s+(?:through|into)|sweep(?:s|ing)?\s+(?:through|into)|through|inundat\w*|submerg\w*|engulf\w*|hit|hits|hitting|affect\w*|cut\s+off|cutting\s+off|isolat\w*|struck|striking|ravag\w*|devastat\w*)\s+(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+|nearly\s+)?$/i;
const FELL_ILL = /^\s+(?:and\s+[\p{Ll}-]+\s+)?(?:(?:(?:have|has|had)\s+)?(?:fell|fallen|become|became|got|gotten)\s+)?(?:ill|sick|unwell)\b/u;
/** Homes or buildings lost to a fire or flood: "241 homes have been lost", "homes were razed" (a bare headline's "14 homes lost" is not read). */
const DWELLINGS_LOST = /^(?:homes|houses|dwellings|residences|buildings|properties|structures)\s+(?:(?:have|had|has)\s+been|were|was|are)\s+(?:lost|razed|flattened|levelled|leveled|gutted)\b/i;

/**
 * What a noun's own phrase says it counts: "carried 412 million passengers last year", "recorded 421 million trips"
 * (how many a network or carrier carries in a period, not people aboard one vessel); "241 homes have been lost"
 * (dwellings lost to a disaster were destroyed). `from` is the text from the noun on.
 */
export function countKind(noun: string, value: number, from: string, before: string): { measure: string; people: boolean } | undefined {
  if (value >= 100_000 && (/^(?:trips|journeys)$/.test(noun) || (/^(?:passengers|riders|commuters)$/.test(noun) && /\bcarr(?:y|ies|ied|ying)\s+(?:(?:about|around|nearly|almost|more\s+than|over|some|a\s+record)\s+)?$/i.test(before)))) return { measure: "ridership", people: false };
  if (DWELLINGS_LOST.test(from)) return { measure: `${singular(noun)}:destroyed`, people: true };
  // "flooding six villages", "swept through eight villages": places a flood or storm reached.
  if (/^(?:villages|towns|cities|communities|districts|neighbou?rhoods|islands|settlements|hamlets|counties|provinces|regions)$/.test(noun) && STRUCK_PLACES.test(before)) return { measure: `${singular(noun).replace(/ie$/, "y")}:affected`, people: true };
  // "68 pupils and staff fell ill", "has made 86 pupils and staff ill": those who fell ill, whoever they are.
  if (FELL_ILL.test(from.slice(noun.length))) return { measure: "infected", people: true };
  return undefined;
}

/**
 * "One man, a 64-year-old local, is missing", "Two men, both from Leeds, were arrested": the words after a
 * description set off by commas, where the count's verb is read.
 */
export function pastAppositive(text: string, words: Word[], valueEnd: number): Word[] {
  const appositive = /^\s+\p{Ll}+\s*,\s*(?:aged\s+\d+(?:\s*,\s*\d+)*(?:\s*,?\s*(?:and|or)\s+\d+)?\s*|(?:a|an|the|both|all|each|aged)\b[^,.;:]{0,50}),/u.exec(text.slice(valueEnd, valueEnd + 80));
  if (!appositive) return [];
  const from = valueEnd + appositive[0].length;
  const to = from + /^[^,.;:]*/.exec(text.slice(from))![0].length;
  return words.filter((w) => w.start >= from && w.end <= to);
}

/** An incident's action named as a noun, with the verb it stands for. */
const ACTION_NOUN: Record<string, string> = { delay: "delayed", delays: "delayed", disruption: "disrupted", disruptions: "disrupted", cancellation: "cancelled", cancellations: "cancelled", damage: "damaged", closure: "closed", closures: "closed" };
const ACTION_TO = /\b(delays?|disruptions?|cancellations?|damage|closures?)\s+(?:to|of|at|for)\s+(?:(?:more\s+than|over|about|around|nearly|almost|some|up\s+to|at\s+least|another)\s+)?$/i;

/** "causing delays to more than 300 trains", "damage to 40 homes": what was done, as the action's verb would say. */
export function actionTo(before: string): string | undefined {
  const m = ACTION_TO.exec(before);
  if (!m) return undefined;
  const verb = ACTION_NOUN[m[1].toLowerCase()];
  return ruleFor(COUNT_VERBS, verb) ?? stemOf(verb);
}
