/**
 * Whose figure is it? The owner in "Amazon's investment", the agent in "commitment from Anthropic",
 * else the first name of the clause that is not the object of a preposition, looking back through
 * earlier clauses and then the previous sentence of the paragraph.
 */
import type { EntityMention } from "../resolve/gazetteer.js";
import { PREPOSITIONS, type Clauses, type Word } from "./words.js";
import { DATELINE } from "../extract/entities.js";
import { isPlaceWord } from "../nlp/compromise.js";

export interface SubjectRef {
  key: string;
  label: string;
}

/** An entity right after another one in brackets ("Amazon Web Services (AWS)") repeats it. */
function isEcho(e: EntityMention, prev: EntityMention | undefined, text: string): boolean {
  return !!prev && /^\s*\(\s*$/.test(text.slice(prev.end, e.start));
}

export function isObject(e: EntityMention, text: string, words: Word[], entities?: EntityMention[]): boolean {
  // "the merger of Meridian Health and Baywater Medical": a name joined by "and" to an object is one too.
  if (entities) {
    const prev = [...entities].reverse().find((x) => x.end <= e.start);
    if (prev && /^\s+(?:and|or|&)\s+$/.test(text.slice(prev.end, e.start)) && isObject(prev, text, words, entities)) return true;
    // "for PC, PlayStation and Xbox": a name in a list that goes on after it, behind an object, is one too.
    if (prev && /^\s*,\s*$/.test(text.slice(prev.end, e.start)) && /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)\p{Lu}/u.test(text.slice(e.end, e.end + 12)) && isObject(prev, text, words, entities)) return true;
  }
  // "between the station and Glenholt": the second end of a span is an object as the first is.
  if (/\bbetween\s+(?:[\p{L}'’-]+\s+){1,4}and\s+$/iu.test(text.slice(Math.max(0, e.start - 60), e.start))) return true;
  const before = words.filter((w) => w.end <= e.start).slice(-3).reverse();
  for (const w of before) {
    if (/[,;—(]|:\s/.test(text.slice(w.end, e.start).replace(/[’']s\b/g, ""))) return false;
    if (PREPOSITIONS.has(w.lower)) return w.lower !== "by";
  }
  return false;
}

export function isPossessive(e: EntityMention, text: string): boolean {
  return /^['’]s?\b/.test(text.slice(e.end, e.end + 3));
}

/** Owner of the noun at `nounStart`: "Amazon's investment", "Anthropic's long-term commitment". */
export function ownerOf(nounStart: number, entities: EntityMention[], text: string): EntityMention | undefined {
  for (const e of entities) {
    if (e.end > nounStart || !isPossessive(e, text)) continue;
    const between = text.slice(e.end, nounStart);
    // "Amazon's investment": the owner. "Norland's Liberals won": the possessive qualifies another name.
    // "the largest party in Norvia's parliament with 46 of the 150 seats": what comes "with" it is not its own.
    if (/^['’]s?\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,3}$/u.test(between) && !/\bwith\s+$/.test(between)) return e;
  }
  return undefined;
}

/** A name right before the noun: "a $48 million National Science Foundation grant" is the foundation's. */
export function compoundOwner(nounStart: number, entities: EntityMention[], text: string): EntityMention | undefined {
  if (!/^\p{Ll}/u.test(text.slice(nounStart, nounStart + 1))) return undefined;
  return entities.find((e) => e.end + 1 === nounStart && text[e.end] === " ");
}

/** The one ordered to pay: "a jury ordered Brennick Motors to pay $48 million", "forced the bank to repay". */
export function orderedToPay(at: number, entities: EntityMention[], text: string): EntityMention | undefined {
  return entities.find((e) => e.end <= at && /\b(?:ordered|orders|order|ordering|required|requires|forced|forces|told)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 16), e.start)) && /^\s+to\s+(?:pay|repay|refund|return|forfeit)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(e.end, at)));
}

const TAKEN_FROM = /\b(?:st[eo]al\w*|stolen|took|taken|seized|removed|looted|snatched|embezzl\w*|defraud\w*|swindl\w*|siphon\w*|misappropriat\w*|rescued|evacuated|pulled|stripped|recovered|buy|buys|buying|bought|order|orders|ordered|ordering|purchase[sd]?|purchasing)\b/i;

const TAKEN_FROM_AFTER = /^\s+(?:in\s+(?:cash|cryptocurrency|bitcoin|jewell?ery|gold)\s+)?from\s+(?:a|an|another)\s+(?:[\p{Ll}-]+\s+){1,3}?(?:in|at)\s+(?:nearby\s+|neighbouring\s+|neighboring\s+)?$/u;

/** Money stolen from some other place, named right after it: "took $9,400 from a bank in nearby Dorrance". */
export function victimOf(text: string, entities: EntityMention[], valueEnd: number): EntityMention | undefined {
  return entities.find((e) => e.start > valueEnd && e.start - valueEnd <= 60 && TAKEN_FROM_AFTER.test(text.slice(valueEnd, e.start)));
}

/** "a $45 million Series B led by Bramblecote": a round's lead investor, one of many. */
const LED_BY = /\b(?:co-)?led\s+by\s+(?:the\s+)?$/i;

/** Agent after the noun: "commitment from Anthropic", "invested by Amazon". */
export function agentAfter(from: number, to: number, entities: EntityMention[], text: string): EntityMention | undefined {
  for (const e of entities) {
    // Only right after the figure or its noun: "commitment from Anthropic", "invested by Amazon".
    if (e.start < from || e.start > to || e.start - from > 25) continue;
    const agent = /\b(from|by)\s+(the\s+)?$/i.exec(text.slice(Math.max(from, e.start - 10), e.start));
    // "stole four paintings from Ghent museum", "rescued 40 people from the Nordic Star": taken from, not by.
    if (agent && agent[1].toLowerCase() === "from" && TAKEN_FROM.test(text.slice(Math.max(0, from - 60), from))) continue;
    // "a $45 million Series B led by Bramblecote": a round's lead investor is one of many; the round is the raiser's.
    if (agent && LED_BY.test(text.slice(Math.max(from, e.start - 16), e.start))) continue;
    // "agreed to be acquired by Dunmark for $1.2 billion": a price is the company sold's, not its buyer's.
    if (agent && /\b(?:acquired|bought|purchased|taken\s+over)\s+by\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 24), e.start))) continue;
    // "from Hallenberg operator HVB": the body the place names.
    if (agent) return titled(e, entities, text, text.length) ?? e;
  }
  return undefined;
}

/** The one place a clause says something was read or happened in: "in the town of Mora", "at Heathrow". */
export function placeRead(text: string, clause: { start: number; end: number }, entities: EntityMention[]): SubjectRef | undefined {
  const places = entities.filter((e) => e.start >= clause.start && e.end <= clause.end && /\b(?:in|at)\s+(?:the\s+(?:town|city|village|region|province|state|county|district)\s+of\s+)?$/i.test(text.slice(Math.max(0, e.start - 32), e.start)));
  return places.length === 1 ? { key: places[0].key, label: places[0].label } : undefined;
}

/** "The office vacancy rate in central Dunmere", "The number of burglaries in Ashcombe": a figure of a place. */
const FIGURE_IN = /^[\s"“‘'(]*(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:rate|level|share|number|index|prices?|count|total|population)\s+(?:of\s+(?:[\p{Ll}-]+\s+){1,3})?in\s+(?:the\s+)?(?:(?:central|northern|southern|eastern|western|greater|inner|outer|downtown|rural|urban)\s+)?$/iu;

/** "Like-for-like sales at Halberd Stores": a business's figure (people counted at a place stay the event's). */
const FIGURE_AT = /^[\s"“‘'(]*(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:sales|revenues?|profits?|earnings|turnover|margins?|orders|output|production|wages|pay)\s+at\s+(?:the\s+)?$/iu;

/** The place the clause's figure is of, named right after the figure's noun, with no other name before the value. */
export function placeOfFigure(clauseStart: number, at: number, entities: EntityMention[], text: string): EntityMention | undefined {
  const inAt = text.indexOf(" in ", clauseStart);
  const atAt = text.indexOf(" at ", clauseStart);
  if ((inAt < 0 || inAt > at) && (atAt < 0 || atAt > at)) return undefined;
  const e = entities.find((x) => x.start >= clauseStart && x.end <= at && (FIGURE_IN.test(text.slice(clauseStart, x.start)) || FIGURE_AT.test(text.slice(clauseStart, x.start))));
  return e && !entities.some((x) => x.start >= e.end && x.end <= at) && /^[^,;:]{0,60}$/.test(text.slice(e.end, at)) ? e : undefined;
}

const LEAD = /^[\s"“‘'(]*(?:(?:and|but|while|whereas|although|though|as|because|since|so|yet|or|which|who|that|when|after|before|if|then|also|meanwhile|now|however)\s+)*(?:the\s+)?/i;

/**
 * The subject of the clause holding `at`: a name that opens the clause ("..., Amazon has committed $5B");
 * else the first name of the nearest earlier clause ("Anthropic has entered ..., pledging to spend $100B";
 * "The Orioles, according to reports, have offered ..."); else the first name before the value.
 */
export function clauseSubject(
  at: number,
  text: string,
  words: Word[],
  clauses: Clauses,
  entities: EntityMention[],
): EntityMention | undefined {
  const here = clauses.of(at);
  // "LONDON (Wire) - ": a dateline's place names no one in the story's first clause.
  const datelineEnd = DATELINE.exec(text.slice(0, at))?.[0].length ?? 0;
  const firstIn = (start: number, end: number): EntityMention | undefined => {
    let prev: EntityMention | undefined;
    for (const e of entities) {
      // "..., led by Featherby Capital, valuing the company at": a round's lead investor is no one's subject.
      if (e.start >= Math.max(start, datelineEnd) && e.end <= end && !isEcho(e, prev, text) && !isObject(e, text, words, entities) && !LED_BY.test(text.slice(Math.max(0, e.start - 16), e.start))) return e;
      prev = e;
    }
    return undefined;
  };
  // "its rival Norbridge University, whose endowment is valued at ...": the name the relative clause hangs on.
  if (/^[\s,]*whose\b/i.test(text.slice(here.start, at))) {
    const owner = [...entities].reverse().find((e) => e.end <= here.start && /^[\s,]*$/.test(text.slice(e.end, here.start)));
    if (owner) return owner;
  }
  const dateline = here.start === 0 ? datelineEnd : 0;
  const headAt = here.start + dateline + (LEAD.exec(text.slice(here.start + dateline, at))?.[0].length ?? 0);
  let head = entities.find((e) => e.start === headAt && e.end <= at && !isObject(e, text, words, entities));
  // Where the clause's "the" stands, when it opens on one (LEAD reads past it).
  const theAt = headAt - 4 >= here.start + dateline && /^the\s/i.test(text.slice(headAt - 4, headAt)) ? headAt - 4 : headAt;
  // "The city of Delford took in ...": a place named after its kind.
  const placeOf = head ? null : /^[Tt]he\s+(?:city|town|county|state|village|borough|province|region|port|island|district|municipality)\s+of\s+(?=\p{Lu})/u.exec(text.slice(theAt, at));
  if (placeOf) head = entities.find((e) => e.start === theAt + placeOf[0].length && e.end <= at);
  // "The container ship Maren Sky lost ...", "the Swiss drugmaker Novartis said": a kind before the name.
  // "The European weather satellite Aeolis-2": a place or a people's word may open the kind.
  const kind = head ? undefined : /^[Tt]he\s+((?:(\p{Lu}\p{Ll}+)\s+(?=\p{Ll}))?(?:(?:[\p{Ll}-]+|MP|MEP|MSP|MLA)\s+){1,3})(?=\p{Lu})/u.exec(text.slice(theAt, at));
  if (kind && !NOT_TITLE.test(kind[1]) && (!kind[2] || isPlaceWord(kind[2]))) {
    // "The opposition Progress Party won ...": a name that ends in its own kind may have any word before it.
    head = entities.find((e) => e.start === theAt + kind[0].length && e.end <= at && (BODY_GAP.test(` ${kind[1].slice(kind[2]?.length ?? 0)}`) || /\b(?:MP|MEP|MSP|MLA)\s+$/.test(kind[1]) || /\s(?:Party|Bloc|Alliance|Front|Union|Coalition|League|Movement)$/.test(e.label)) && !isObject(e, text, words, entities));
  }
  // "Researchers on the Meridian Star have discovered ...", "Scientists at Harlow University found ...": people
  // known by where they work act for it.
  if (!head) head = entities.find((e) => e.end <= at && PEOPLE_AT.test(text.slice(here.start + dateline, e.start).toLowerCase()) && !/^['’]/.test(text.slice(e.end, e.end + 1)));
  // "Norland's Liberal Party won ...": a possessive name qualifies the name after it.
  // "Hallenberg's public transport operator HVB has ordered ...": so does a possessive before a kind of body.
  // "Lisk's new mayor, Renata Obiora, won ...": an office holder named after the place's office acts for herself.
  const next = head && isPossessive(head, text) ? entities.find((e) => e.start > head!.end && e.end <= at && (POSSESSED_GAP.test(text.slice(head!.end, e.start)) || OFFICE_GAP.test(text.slice(head!.end, e.start)) || BODY_GAP.test(text.slice(head!.end, e.start).replace(/^['’]s?/u, "")))) : undefined;
  if (next) head = next;
  // "Kessa Conservation Trust says a record 1,840 turtle nests were laid": what a speaker reports about counted
  // things is not the speaker's own figure.
  const spoke = head ? SPEAKS.exec(text.slice(head.end, at)) : null;
  if (head && spoke && REPORTED_COUNT.test(text.slice(head.end + spoke[0].length, at))) return undefined;
  if (head) return titled(head, entities, text, at) ?? head;
  for (let i = here.index - 1; i >= 0; i--) {
    // ", the 27-year-old Olympic silver medallist,": a description set off by commas names no one new.
    // ", the London start-up whose app ...,": so is one with a place or a people's word before its noun.
    // (Not a name of its own: ", the Vela electric SUV, sold ...".)
    // ("the San Francisco start-up": a place of two or three words.)
    const described = i > 0 ? /^[\s,]*(?:the|a|an)\s+(?:(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})(?:-based)?\s+(?=\p{Ll}))?[\p{Ll}\d]/u.exec(text.slice(clauses.bounds[i], clauses.bounds[i + 1])) : null;
    if (described && (!described[1] || isPlaceWord(described[1]))) continue;
    // "The company, which makes the Merriby AI model ..., has raised": names in a relative clause are its objects.
    if (i > 0 && i < here.index && /^[\s,]*(?:which|who)\s/i.test(text.slice(clauses.bounds[i], clauses.bounds[i + 1]))) continue;
    const first = firstIn(clauses.bounds[i], clauses.bounds[i + 1]);
    // "Saara Lind's Progress Party became the largest party ..., winning 46 seats": the possessed name.
    const e = first && isPossessive(first, text) ? entities.find((x) => x.start > first.end && (POSSESSED_GAP.test(text.slice(first.end, x.start)) || OFFICE_GAP.test(text.slice(first.end, x.start)))) ?? first : first;
    // "..., near Savannah, Georgia, creating": a later clause that is only a name is an appositive.
    const onlyName = e && text.slice(clauses.bounds[i], clauses.bounds[i + 1]).replace(/[\s,;:()—–-]+/g, " ").trim() === text.slice(e.start, e.end);
    // "The Labour MP for Castlebrook, Derek Whitlow, has been ordered to ...": a person set off by commas right
    // before the verb is the subject the description introduced.
    // (Not one who only speaks: "Ardent Foods' chief executive, Jane Doe, said revenue rose": the body's figure.)
    const introduced = onlyName && i > 0 && i === here.index - 1 && e!.label.includes(" ") && FINITE_OPEN.test(text.slice(clauses.bounds[here.index], at)) && !SPEAKS.test(text.slice(clauses.bounds[here.index], at).replace(/^[\s,]+/, ""));
    if (e && (!(onlyName && i > 0) || introduced)) return titled(e, entities, text, at) ?? e;
  }
  // "The vaccine prevented severe RSV disease with 78% efficacy": a clause whose subject is a common noun
  // phrase has no named subject; a name later in it is an object.
  if (COMMON_HEAD.test(text.slice(here.start, at))) return undefined;
  const first = firstIn(here.start, at);
  return first && (titled(first, entities, text, at) ?? first);
}

/**
 * A title between two names: "All Blacks winger Tane Walker", "Labour leader Keir Starmer", "Apple chief executive
 * Tim Cook". The first name says whose title it is; the clause is about the second.
 */
const TITLE_WORD = "(?:[\\p{Ll}-]+(?:er|or|ist|ian|man|woman|person)|chief|head|boss|coach|star|captain|executive|president|minister|secretary|director|official|legend|veteran|rookie|ace|chair|founder|owner|partner|prosecutor|judge|senator|governor|mayor|general|commander|forward|back|guard|centre|center|midfielder|prop|flanker|lock|hooker)";
const TITLE_GAP = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+){0,2}${TITLE_WORD}\\s+$`, "u");
/** After a speaker's verb, a clause that opens on the figure itself: "(that) a record 1,840", "about 12,000". */
const REPORTED_COUNT = /^\s*(?:that\s+)?(?:(?:a|an)\s+(?:record|total\s+of|further|new|combined)\s+|(?:about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least|up\s+to|an\s+estimated)\s+)?$/i;
const NOT_TITLE = /\b(?:after|over|under|never|either|neither|other|rather|whether|together|per|for|or|and|nor|to|of|in|on|at|by|with|from|as|than|is|was|are|were|has|had|have|said|says|told|the|a|an|its|his|her|their|beat|beats|beating|defeated|defeats|defeating|edged|ousted|unseated|toppled|replaced|replaces|succeeded|succeeds|faces|faced|facing|meets|met|against|versus|vs|named|appointed|hired|fired|sacked|signed|thanked|praised|critici[sz]ed|blamed|joins|joined|visited|called|congratulated|endorsed|challenged|trails|trailed|leads|led)\b/;
const SPEAKS = /^\s*(?:,[^,]{1,30},\s*)?(?:has\s+|had\s+)?(?:said|says|told|tells|announced|announces|added|noted|explained|warned|stated|wrote|argued|insisted|confirmed|predicted|estimated|reported|revealed|disclosed)\b/;
/**
 * A kind of body between two names: "U.S. investment firm Tarnwell", "Dutch club FC Tavrin", "Apple rival Zenfone".
 * The first name only places or relates the second, which the clause is about (whoever speaks).
 */
const BODY_GAP = /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:firm|company|group|fund|club|bank|lender|carrier|startup|start-up|conglomerate|giant|rival|chain|brand|studio|network|agency|outlet|team|side|charity|union|party|utility|subsidiary|unit|label|exchange|platform|airline|automaker|carmaker|retailer|insurer|operator|developer|manufacturer|maker|supplier|publisher|broadcaster|miner|producer|owner|vessel|ship|tanker|freighter|ferry|liner|trawler|jet|plane|aircraft|airliner|rig|satellite|spacecraft|probe|rover|telescope|observatory)\s+$/u;
function titled(head: EntityMention, entities: EntityMention[], text: string, before: number): EntityMention | undefined {
  const next = entities.find((e) => e.start > head.end);
  if (!next || next.end > before) return undefined;
  const gap = text.slice(head.end, next.start);
  if (BODY_GAP.test(gap) && !NOT_TITLE.test(gap)) return next;
  // "Apple chief executive Tim Cook said sales rose": a speaker's figures are the body's.
  if (SPEAKS.test(text.slice(next.end, next.end + 40))) return undefined;
  return TITLE_GAP.test(gap) && !NOT_TITLE.test(gap) ? next : undefined;
}

const PEOPLE_AT = /^[\s"“‘'(]*(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:researchers|scientists|engineers|astronomers|archaeologists|biologists|doctors|surgeons|investigators|experts|analysts|economists|teams?)\s+(?:on|at|aboard|from|with)\s+(?:board\s+)?(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

const FINITE_OPEN = /^[\s,]*(?:has|have|had|is|was|will|would|must|should|can|could|may|said|says)\b/;

/** Between a possessive name and the name it owns: "Norland's Liberal Party", "Imogen Sallis's The Ember Crown". */
const POSSESSED_GAP = /^['’]s?\s+(?:[Tt]he\s+)?$/u;
const OFFICE_GAP = /^['’]s\s+(?:new\s+|newly\s+elected\s+|former\s+)?(?:mayor|president|governor|senator|leader|prime\s+minister|premier|champion|winner)\s*,\s*$/u;

const COMMON_HEAD = /^[\s"“‘'(]*(?:(?:and|but|while|whereas|although|though|as|because|since|so|yet|or)\s+)*(?:the|a|an|its|their|his|her|this|that|these|those|our)\s+\p{Ll}/iu;

/** The first subject of a sentence, carried to the next sentence when that one names nobody. */
export function sentenceSubject(text: string, words: Word[], entities: EntityMention[]): SubjectRef | undefined {
  let first = entities.find((x) => !isObject(x, text, words));
  // "Lunaforge's Ember Tide moved 4 million copies": a possessive name qualifies the name after it.
  const owned = first && isPossessive(first, text) ? entities.find((e) => e.start > first!.end && POSSESSED_GAP.test(text.slice(first!.end, e.start))) : undefined;
  if (owned) first = owned;
  if (first) first = titled(first, entities, text, text.length) ?? first;
  return first ? { key: first.key, label: first.label } : undefined;
}
