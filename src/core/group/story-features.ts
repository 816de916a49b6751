/**
 * What story grouping reads from one article: its weighted content words and the names it is about, as 32-bit
 * hashes, in one pass over the text.
 */
import { STOPWORDS } from "./stopwords.js";
import { fnv1a } from "../hash.js";
import { isCommonWord, isFirstName } from "../nlp/compromise.js";
import { DESIGNATOR } from "../resolve/designators.js";

/** Capitalised words (names) say more about which story an article tells than ordinary words. */
const NAME_WEIGHT = 3;
const WORD_WEIGHT = 0.5;


const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|thanksgiving|halloween|hanukkah|ramadan|diwali)$/;
const NUMBER_WORD = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)$/;
const NOUN_ENDING = /(?:[^aeiou]ies|tions|sions|ments|nesses|ities|ances|ences|ings)$/;
/**
 * Capitalised words any number of unrelated stories share: abbreviations of ordinary words ("IPO", "CEO", "GDP"),
 * stock exchanges, newswires and a round's "Series". Two IPOs on one day are two stories.
 */
const SHARED_CAPITALS = /^(?:ipo|ipos|ceo|cfo|coo|cto|gdp|evs|suv|suvs|gps|atm|dna|vat|etf|icu|gpu|cpu|gpus|cpus|led|lng|api|hgv|faq|pdf|usb|nft|esg|mri|cctv|phd|mba|nasdaq|nyse|ftse|reuters|afp|series)$/;

/**
 * What clustering needs from one article: its terms and names as 32-bit hashes (no strings, so a large run
 * stays small in memory and in the cache), with the terms' weighted frequencies.
 */
export interface StoryFeatures {
  terms: Uint32Array;
  tf: Float32Array;
  /** Name hashes, ascending. */
  names: Uint32Array;
  /** 1 where the term at that index is one of the names, 0 for an ordinary word. */
  nameTerm: Uint8Array;
  /** The name the article uses most (at least twice, and more than any other), as a name hash; 0 when none leads. */
  lead: number;
  /** Named weather events ("Storm Wren", "Hurricane Odessa"), as hashes of their names, ascending. */
  events?: Uint32Array;
}

/** A storm's given name: two storms in one folder are two stories, however alike their words. */
const NAMED_EVENT = /\b(?:Storm|Hurricane|Typhoon|Cyclone|Tropical\s+Storm|Super\s+Typhoon)\s+(\p{Lu}\p{Ll}{2,})\b/gu;

/** Only spaces between the start of the text, or the end of a sentence or line, and `at`. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0) return true;
  const c = text[i];
  return c === "." || c === "!" || c === "?" || c === "\n" || c === "\r";
}

/** Two ordinary words written as one ("turnout", "workforce"), each of three letters or more. */
/** An ordinary word, its plural ("Sales volumes fell"), or ordinary words joined ("First-time buyers paid"). */
function plainWord(w: string): boolean {
  // (A number word, "Thirty-two", stays what it was: grouping weighs it as evidence, measured on the stories.)
  return isCommonWord(w) || (/[^s]s$/.test(w) && isCommonWord(w.slice(0, -1))) || (w.includes("-") && !NUMBER_WORD.test(w) && w.split("-").every((part) => part.length >= 2 && isCommonWord(part)));
}

function isCompoundWord(w: string): boolean {
  for (let cut = 3; cut <= w.length - 3; cut++) if (isCommonWord(w.slice(0, cut)) && isCommonWord(w.slice(cut))) return true;
  return false;
}

/** A given name followed by a capitalised word (a surname): "Joe Fenwick", but not "Grady" alone. */
function givenName(text: string, raw: string, end: number): boolean {
  return text.charCodeAt(end) === 32 && /\p{Lu}/u.test(text[end + 1] ?? "") && isFirstName(raw);
}

/** A word before one capital letter or digit names a class, not a story's subject: "Band D", "Tier 2", "Grade A". */
function classLabel(text: string, end: number): boolean {
  return /^ (?:\p{Lu}|\d)(?=[\s,.;:)!?]|$)/u.test(text.slice(end, end + 4));
}

/**
 * A long name as grouping compares it: its first letter and consonants, c/k/q as one, doubled letters as one, so
 * that a story whose sources spell its one shared name two ways ("Wierzbicki", "Wierzbiki") is still one story
 * (the spelling check then sees both). Names under seven letters stay as written.
 */
export function nameSkeleton(name: string): string {
  if (name.length < 7) return name;
  const folded = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return folded[0] + folded.slice(1).replace(/[aeiouy'’-]/g, "").replace(/[cq]/g, "k").replace(/(.)\1+/g, "$1");
}

/**
 * One pass over the article's words (a letter, then letters, digits, apostrophes and hyphens) gives both:
 * - terms: words of three or more characters less stopwords and a trailing "'s", weighted by capitalisation;
 * - names: capitalised words never written in lower case in the article (the names it is about), less stopwords,
 *   designators, calendar words and ordinary words (or two run together) capitalised only because they open a
 *   sentence; a word just after an apostrophe or quote is neither a name nor a lower-case use.
 */
export function storyFeatures(text: string): StoryFeatures {
  const tf = new Map<string, number>();
  const lower = new Set<string>();
  const capital = new Map<string, number>();
  for (const m of text.matchAll(/\p{L}[\p{L}\d'’-]*/gu)) {
    const raw = m[0];
    const first = raw[0];
    const isUpper = first !== first.toLowerCase();
    const prev = m.index ? text.charCodeAt(m.index - 1) : 0;
    const afterQuote = prev === 39 || prev === 0x2019;
    if (!isUpper && !afterQuote && first !== first.toUpperCase()) lower.add(raw);
    if (raw.length < 3) continue;
    const w = (raw.endsWith("'s") || raw.endsWith("’s") ? raw.slice(0, -2) : raw).toLowerCase();
    if (STOPWORDS.has(w)) continue;
    tf.set(w, (tf.get(w) ?? 0) + (isUpper ? NAME_WEIGHT : WORD_WEIGHT));
    // "Rival Norcast Systems reported ...", "Net income was ...", "Turnout was 58%": an ordinary word, or one
    // made of two ("turn" + "out"), opening a sentence is not a name.
    // "Saturday", "March", the "Joe" of "Joe Fenwick": calendar words and given names before a surname are
    // shared by unrelated stories.
    const opens = isUpper && opensSentence(text, m.index);
    // "Marlow airport has published ...", "Lakewood police said": a word before a designator is a place's name,
    // whatever ordinary words it could be split into.
    const designated = opens && DESIGNATOR.test(/^\s+([\p{L}]+)/u.exec(text.slice(m.index + raw.length, m.index + raw.length + 20))?.[1].toLowerCase() ?? "");
    // ("Deliveries will run from 2028": a plural or abstract noun's ending opening a sentence says it is no name.)
    if (isUpper && !afterQuote && !(opens && (plainWord(w) || NOUN_ENDING.test(w) || (isCompoundWord(w) && !designated))) && !CALENDAR.test(w) && !givenName(text, raw, m.index + raw.length) && !classLabel(text, m.index + raw.length)) {
      capital.set(w, (capital.get(w) ?? 0) + 1);
      // "Hartford-area", "Paris-based": the name is the part before the hyphen.
      const cut = w.indexOf("-");
      if (cut >= 3 && !/\p{Lu}/u.test(raw.slice(cut))) capital.set(w.slice(0, cut), (capital.get(w.slice(0, cut)) ?? 0) + 1);
      // "Ferncliff-Brackwell": two names joined (a merger's, a match's) are each a name and a term, when the article
      // also writes one of them alone ("Rolls-Royce" stays one name).
      else if (/^\p{Lu}\p{Ll}{3,}-\p{Lu}\p{Ll}{3,}$/u.test(raw) && raw.split("-").some((part) => new RegExp(`(?<![\\p{L}-])${part}(?![\\p{L}-])`, "u").test(text))) {
        for (const part of w.split("-")) {
          capital.set(part, (capital.get(part) ?? 0) + 1);
          tf.set(part, (tf.get(part) ?? 0) + NAME_WEIGHT);
        }
      }
    }
  }
  const names: number[] = [];
  const isName = new Set<string>();
  let lead = 0;
  let most = 1;
  let tie = false;
  for (const [w, count] of capital) {
    if (lower.has(w) || DESIGNATOR.test(w) || SHARED_CAPITALS.test(w)) continue;
    const h = fnv1a(nameSkeleton(w), 0x9747b28c);
    names.push(h);
    isName.add(w);
    if (count > most) [lead, most, tie] = [h, count, false];
    else if (count === most) tie = true;
  }
  return {
    terms: Uint32Array.from(tf.keys(), (t) => fnv1a(t)),
    tf: Float32Array.from(tf.values()),
    names: Uint32Array.from(names).sort(),
    nameTerm: Uint8Array.from(tf.keys(), (t) => (isName.has(t) ? 1 : 0)),
    lead: tie ? 0 : lead,
    events: Uint32Array.from(new Set(Array.from(text.matchAll(NAMED_EVENT), (m) => fnv1a(m[1].toLowerCase())))).sort(),
  };
}

