/**
 * Proper names in a sentence: runs of capitalised words, with the sentence-initial word and
 * title-case headlines treated with care. Canonical keys merge "Amazon.com Inc." with "Amazon".
 */

import { isCommonWord, isFirstName, isPlaceWord } from "../nlp/compromise.js";
import { TRADE_WORDS } from "../resolve/designators.js";

export interface NameSpan {
  start: number; // offsets within the sentence
  end: number;
  text: string;
  /** Starts the sentence: may be an ordinary word written with a capital. */
  initial: boolean;
}

// A word with a possessive ("Amazon's") ends a name.
const WORD = "(?:\\p{Lu}[\\p{L}\\d&.-]*(?:['’](?!s\\b)[\\p{L}]+)*(?:['’]s\\b)?|\\d+\\p{Lu}[\\p{L}\\d]*)";
// ... unless a place's or body's noun follows: "St Aldric's Hospice", "St Mary's Church" are one name.
const OWNED_PLACE = "(?:Hospice|Hospital|Church|Cathedral|Chapel|Abbey|College|School|Academy|Park|Square|Infirmary|Priory|Basilica)\\b";
// ... and a group's possessive names a body: "Pellworth Children's Trust", "the Women's Institute".
const GROUP_POSSESSIVE = "(?<=(?:Children|Women|Men|People|Veterans|Workers|Teachers|Nurses|Farmers|Soldiers|Sailors|Miners|Writers|Artists)['’]s?)";
// (Not a capital inside a word: "82 kWh" names no "Wh"; but "iLife", "eBay" are names, lower-case letter and all.)
const SPAN = new RegExp(`(?<!\\p{L})(?:\\p{Ll}(?=\\p{Lu}\\p{Ll}{2,}))?${WORD}(?:(?:(?<!['’]s)\\s+(?:(?:of|de|del|da|von|van|der|bin|al|and|&)\\s+)?|(?<=['’]s)\\s+(?=${OWNED_PLACE})|${GROUP_POSSESSIVE}\\s+(?=\\p{Lu}))${WORD})*`, "gu");

const NOT_NAMES = new Set(
  (
    "a an the this that these those it its he she they we i you his her their our my your but and or so yet " +
    "however while when where why what how who which if in on at by for from with without after before as of " +
    "to into over under about during since until also meanwhile moreover furthermore additionally still then " +
    "there here today yesterday tomorrow now one two three four five six seven eight nine ten some many most all " +
    "both each every several such no not just only even once although though because despite according " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december mr mrs ms dr faq q1 q2 q3 q4 ai ceo cfo coo cto gpu cpu llm ipo tv " +
    "ok am pm mph km kg lb st please read share click updated published photo video image breaking watch " +
    "key what's who's let's let msrp gdp eps nasdaq nyse suv suvs ev evs mp mps mep meps msp msps mla mlas"
  ).split(" "),
);

/** "ROTTERDAM (Wire) - ", "STERLING, Va., June 1 - ": where a story was filed, before its first clause. */
export const DATELINE = /^\s*\p{Lu}[\p{Lu} .'’-]*(?:,[^-–—]{0,40})?(?:\s*\([^()]{1,30}\))?\s*[-–—]\s+/u;

/** Last words of names that are places or bodies, never people. */
export const NOT_PERSON_WORD = new RegExp(`^(?:County|City|Town|Valley|River|Lake|Island|Mountain|Park|Bay|Port|Beach|Hills?|Heights|Springs|Falls|Creek|Harbor|Harbour|Province|State|Region|District|Borough|Village|Hospital|University|College|School|Council|Group|Bank|Airlines?|Airways|Motors|Energy|Telecom|Brewery|Breweries|Brau|Holdings|Capital|Partners|Media|Systems|Technologies|Labs|Pharma|Foods|Stadium|Arena|Centre|Center|Street|Road|Avenue|Square|Bridge|Hotel|Station|Airport|Museum|Library|Commission|Committee|Agency|Authority|Ministry|Office|Party|Association|Federation|Institute|Foundation|Court|Service|Services|Department|Board|Union|Assembly|Parliament|Police|Army|Navy|Force|Forces|Front|Movement|Organi[sz]ation|Corporation|Company|Trust|Fund|Society|Church|League|Club|Team|Academy|Centre|Cup|Open|Championship|Games|Festival|Awards?|Inc|Corp|Co|Ltd|LLC|Plc|PLC|AG|SA|NV|GmbH|Industries|Enterprises|Resources|Mining|Steel|Oil|Gas|Stores|Retail|Insurance|Financial|Investments?|Shipping|Logistics|Pharmaceuticals|Therapeutics|Semiconductors?|Electronics|Software|Networks|Airlines|Rovers|United|Athletic|City|Distillery|Wines|Studios|Pictures|Publishing|Construction|Engineering|Aerospace|Defence|Defense|Robotics|Health|Healthcare|Medical|Clinics|Pharmacy|Chemicals|Plastics|Textiles|Fashion|${TRADE_WORDS.map((w) => w[0].toUpperCase() + w.slice(1)).join("|")})$`);

export const TITLES = /^(?:(?:president|vice president|prime minister|minister|secretary|chancellor|governor|gov\.?|senator|sen\.?|rep\.?|representative|mayor|judge|justice|chief|officer|sgt\.?|sergeant|lt\.?|lieutenant|capt\.?|captain|detective|det\.?|deputy|sheriff|coach|ceo|chairman|chairwoman|chair|director|dr\.?|mr\.?|mrs\.?|ms\.?|prof\.?|professor|general|gen\.?|col\.?|colonel|king|queen|prince|princess|pope|rev\.?|father|sister|brother|commissioner|superintendent|spokesman|spokeswoman|spokesperson|founder|analyst|manager|striker|midfielder|defender|goalkeeper|quarterback|forward|guard|pitcher|star|mp|mep|msp|mla)\s+)+/i;

const SUFFIXES = /(?:,?\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|pbc|ag|sa|nv|gmbh|s\.a|l\.p|lp|holdings?))+\.?$/i;

/** Capitalised runs in a sentence. */
export function findNameSpans(sentence: string): NameSpan[] {
  const out: NameSpan[] = [];
  let taken = 0;
  for (const m of sentence.matchAll(SPAN)) {
    let text = m[0];
    let start = m.index ?? 0;
    if (start < taken) continue; // inside a model number's suffix ("... 9 Max")
    text += numberedSuffix(sentence, start, text);
    taken = start + text.length;
    // Trim trailing connectors, possessives and sentence punctuation.
    text = text.replace(/(\s+(of|de|and|&))+$/i, "").replace(/['’]s?$/u, "");
    if (/\.$/.test(text) && !/\b(Inc|Corp|Co|Ltd|Jr|Sr|St|U\.S|[A-Z])\.$/.test(text)) text = text.slice(0, -1);
    text = text.replace(/[-'’]+$/u, "");
    // Split "Amazon and Anthropic": "and" joins two names unless it is inside a known form ("Johnson & Johnson"),
    // and "Emeka Okafor of Nigeria": a person from a country (not "Bank of England", whose head is a word).
    const parts = text.split(/\s+and\s+/).flatMap(personOfPlace);
    let offset = 0;
    for (const part of parts) {
      const at = text.indexOf(part, offset);
      offset = at + part.length;
      pushSpan(out, sentence, start + at, part);
    }
    start += 0;
  }
  return out;
}

function personOfPlace(text: string): string[] {
  const m = /^(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})\s+of\s+(\p{Lu}\p{Ll}+)$/u.exec(text);
  if (!m || !isPlaceWord(m[2]) || m[1].split(" ").some((w) => isCommonWord(w) || isPlaceWord(w) || NOT_PERSON_WORD.test(w))) return [text];
  return [m[1], m[2]];
}

/**
 * A model number ends a product's name ("Zephra Pro 9", "Zephra Pro 9 Max", "Vista 2", "Boeing 737"): a short number
 * after a name (not a month or a day: "March 14"), when what follows cannot be the noun it counts ("Jones 3 times").
 */
const NUMBERED = /^\s(\d{1,3})(?![\d%]|[,.:]\d|[-\s]*(?:percent|per cent|pct|million|billion|trillion|thousand|hundred|mln|bn|dozen|euros?|dollars?|dlrs|pounds?|yen|yuan|francs?|rupees?|km|kg|mph|miles?|metres?|meters?|feet|foot|inches|degrees?|years?|months?|weeks?|days?|hours?|minutes?|points?|goals?|votes?|runs?)\b)(?:\s+(\p{Lu}[\p{L}\d]*))?/u;
const VERB_AFTER = /^(?:is|was|has|does|starts|costs|sells|ships|runs|comes|goes|gets|offers|features|includes|uses|weighs|measures|seats|carries|packs|boasts|retails|lists)$/;
function numberedSuffix(sentence: string, start: number, text: string): string {
  const words = text.trim().split(/\s+/);
  const last = words[words.length - 1].toLowerCase().replace(/\.$/, "");
  // "Approximately 15 people": a capitalised word opening a sentence may be any word, and hedges never name.
  if (words.length === 1 && sentence.slice(0, start).trim() === "") return "";
  if (/^(?:approximately|nearly|almost|roughly|around|over|under|some|only|just|least|more|fewer|less|up|top|another|total|totals|totaling|totalling|to|of|by|at|from|than)$/.test(last)) return "";
  if (/['’]s$/.test(text) || NOT_NAMES.has(last) || /^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|no|nos|vol|ch|p|pp|fig|art|sec|section|chapter|page|article|rule|clause|phase|stage|level|grade|round|game|week|day|year|term|number)$/.test(last)) return "";
  const end = start + text.length;
  const m = NUMBERED.exec(sentence.slice(end, end + 40));
  if (!m) return "";
  if (m[2]) return m[0];
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(sentence.slice(end + m[0].length));
  return !next || !/s$/.test(next[1]) || VERB_AFTER.test(next[1]) ? m[0] : "";
}

function pushSpan(out: NameSpan[], sentence: string, start: number, text: string): void {
  let words = text.split(/\s+/);
  let s = start;
  // At the start of a sentence, of a quote, or right after a dateline ("DRESDEN - Jewellery worth ...").
  // (Symbols before the first word, "🎉 Thanks to you", "• Revenue", still leave it first.)
  const initial = !/[\p{L}\d]/u.test(sentence.slice(0, start)) || /[:“"‘]\s*$/.test(sentence.slice(0, start)) || /^\s*\p{Lu}[\p{Lu} .'’-]*(?:,[^-–—]{0,40})?(?:\s*\([^()]{1,30}\))?\s*[-–—]\s*$/u.test(sentence.slice(0, start));
  // Drop leading function words written with a capital ("The", "In", "However").
  // ("St Aldric's Hospice", "St Louis": a saint's "St" before a name stays.)
  while (words.length && NOT_NAMES.has(words[0].toLowerCase().replace(/[.'’]+$/, "")) && !(/^St\.?$/.test(words[0]) && words.length > 1)) {
    s += words[0].length;
    const rest = sentence.slice(s);
    s += rest.length - rest.trimStart().length;
    words = words.slice(1);
  }
  // "Stridewell Q3", "Vantor FY2026": a period label after a name is no part of it.
  // "Labour MP for Castlebrook": a legislator's title after a party is no part of its name.
  // "Penmore Christmas sales": a holiday after a name is a season, no part of the name.
  while (words.length > 1 && (/^(?:Q[1-4]|H[12]|FY\d{0,4})$/i.test(words[words.length - 1]) || /^(?:MPs?|MEPs?|MSPs?|MLAs?)$/.test(words[words.length - 1]) || HOLIDAY.test(words[words.length - 1].toLowerCase()))) words = words.slice(0, -1);
  if (!words.length) return;
  // "Record-breaker Mary Achieng", "Finals MVP Daniel Okafor": a person's name starts at the given name.
  const given = words.findIndex((w, i) => i > 0 && i <= words.length - 2 && isFirstName(w));
  if (given > 0 && !isFirstName(words[0])) {
    for (const w of words.slice(0, given)) {
      s += w.length;
      const rest = sentence.slice(s);
      s += rest.length - rest.trimStart().length;
    }
    words = words.slice(given);
  }
  const t = words.join(" ");
  if (t.length < 2 || /^\d/.test(t)) return;
  // "The Aberlow-based airline", "a Texas-born singer", "the Victorian-era infirmary": a name made an adjective
  // names nothing by itself.
  if (words.length === 1 && /^\p{Lu}[\p{L}.]*-(?:based|born|bred|headquartered|owned|listed|registered|made|built|era|style|themed|led|backed|funded|run|linked|bound)$/u.test(t)) return;
  out.push({ start: s, end: s + t.length, text: t, initial: initial && s === start });
}

/**
 * A name's initials, lower case, function words left out: "Hewlett-Packard" -> "hp", "Bank of England" -> "be",
 * "Procter & Gamble" -> "pg". A short form made of them names the same body ("HP", "P&G").
 */
export function initialsOf(name: string): string {
  return name.split(/[\s-]+/).filter((w) => w && !/^(?:of|the|and|for|de|du|la|le|&)$/i.test(w)).map((w) => w[0].toLowerCase()).join("");
}

/** The key two spellings of one entity share: "Amazon.com Inc." and "Amazon's" both give "amazon". */
export function canonicalName(name: string): string {
  const known = canonicalMemo.get(name);
  if (known !== undefined) return known;
  if (canonicalMemo.size >= MEMO_NAMES) canonicalMemo.clear();
  const key = canonicalOf(name);
  canonicalMemo.set(name, key);
  return key;
}

const PORTFOLIO_TITLE = /^(?:\p{L}+\s+){1,2}(?:minister|secretary|commissioner|chancellor|spokesman|spokeswoman)\s+(?=\p{L}+\s+\p{L}+$)/iu;

/** Names recur in and across articles: their keys are remembered (a bounded memo, cleared when full). */
const canonicalMemo = new Map<string, string>();
const MEMO_NAMES = 50_000;

function canonicalOf(name: string): string {
  return name
    .replace(/^[\p{L}.]+-(?:based|run|owned|listed|backed|led|headquartered)\s+/u, "") // "Austin-based Lumora", "Family-run Greystone"
    .replace(PORTFOLIO_TITLE, "") // "Energy Minister Karel Voss", "Health Secretary Ann Lee"
    .replace(TITLES, "")
    .replace(/['’]s?$/u, "")
    .replace(SUFFIXES, "")
    .replace(/\.com$/i, "")
    .replace(/[.’']/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** Words that look like names but are not actors: generic acronyms, title words. */
/** "Oct. 22, 2026": a month's short form alone is not a name (but "Jan Kowalski" keeps his first name). */
const MONTH_SHORT = /^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/;
/** Holidays name a season, as months do ("sales over Christmas"). */
export const HOLIDAY = /^(?:christmas|easter|thanksgiving|halloween|hanukkah|ramadan|diwali)$/;

/** A name shaped like a person's: two or three capitalised words, none a word that ends a place's or body's name. */
export function isPersonShaped(label: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}$/u.test(label) && !label.split(" ").some((w) => NOT_PERSON_WORD.test(w));
}

export function isGenericName(key: string): boolean {
  // "A-level", "X-ray", "U-turn", "T-shirts": a capital letter before a word is a common noun.
  return NOT_NAMES.has(key) || key.length < 2 || MONTH_SHORT.test(key) || HOLIDAY.test(key) || /^\p{L}-\p{Ll}+$/u.test(key);
}

/** Where a title starts when its own "The" stands before the name found ("The Salt Line won ..."). */
export function titleStart(text: string, start: number): number {
  return /\bThe\s$/.test(text.slice(Math.max(0, start - 4), start)) ? start - 4 : start;
}
