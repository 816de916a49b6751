/**
 * Everything about one article that needs only that article: clean text, sentences, names, claims with their
 * positions and quotes, and the features grouping needs. A pure function of the article and the options, so it
 * can run in a worker and be cached by the article's content.
 */
import type { Claim, SourceInput } from "./types.js";
import { cleanDoc } from "./load/clean-doc.js";
import { splitSentences } from "./text/sentences.js";
import { positionClaims } from "./text/quote.js";
import { LineIndex } from "./text/line-index.js";
import { Gazetteer, isTitleCase } from "./resolve/gazetteer.js";
import { extractDocClaims } from "./extract/doc-claims.js";
import { personNameClaims } from "./extract/person-names.js";
import { storyFeatures, type StoryFeatures } from "./group/stories.js";
import { shingles } from "./group/syndication.js";

export interface DocOptions {
  /** Extra entity aliases: canonical name -> other names. */
  aliases?: Record<string, string[]>;
}

/** One article, analysed. Plain data (structured-clone safe): no classes, no functions. */
export interface DocAnalysis {
  path: string;
  title: string;
  /** The year the article speaks from (latest year of a full date in it), if any. */
  year?: number;
  /** Numeric and entity claims, positioned (claim.at). `doc` is 0 until the run numbers the articles. */
  claims: Claim[];
  /** Person names, for spelling checks. */
  names: Claim[];
  /** Entity keys the article names. */
  entityKeys: string[];
  /** Acronyms the article defines: [short key, full key] ("Amazon Web Services (AWS)"). */
  acronyms: [string, string][];
  /** Clean text, kept only when the article makes entity claims and is under 4 MB (other sources are checked for the names). */
  text?: string;
  /**
   * For an article that names nobody: the capitalised words that open its sentences, lower-cased ("tarnshire" of
   * "Tarnshire nurses will stage ..."), so comparison can tell whether it writes another source's name.
   */
  openers?: string[];
  /** Grouping features: hashed terms with weighted frequencies and names; 5-word shingle hashes. */
  features: StoryFeatures;
  shingles: Uint32Array;
}

/**
 * Articles longer than this are read in parts cut at paragraph breaks, each with its own names, so memory stays
 * bounded whatever the size of the file (a name learned in one part is not known in another).
 */
export const PART_CHARS = 1 << 20;
/** Larger articles do not keep their text for entity checks (their entity keys stand in for it). */
const KEEP_TEXT_CHARS = 4 << 20;

export function analyzeDoc(input: SourceInput, options: DocOptions = {}): DocAnalysis {
  const doc = cleanDoc(input);
  const lines = new LineIndex(doc.raw);
  const claims: Claim[] = [];
  const people: Claim[] = [];
  const spelled = new Set<string>();
  const entityKeys = new Set<string>();
  const acronyms = new Map<string, string>();
  const shingleParts: Uint32Array[] = [];
  let sentenceBase = 0;
  for (const [from, to] of parts(doc.text, PART_CHARS)) {
    const text = from === 0 && to === doc.text.length ? doc.text : doc.text.slice(from, to);
    const sentences = splitSentences(0, text);
    const gaz = new Gazetteer(options.aliases);
    gaz.learnVocabulary(text);
    for (const s of sentences) if (!(s.heading && isTitleCase(s.text))) gaz.learn(s.text);
    // Dates without a year ("--10-15") get the story's year later, when the story is known.
    const extracted = extractDocClaims(0, sentences, gaz);
    const named = personNameClaims(0, sentences, extracted.entities);
    positionClaims(doc, sentences, extracted.claims, from, lines);
    positionClaims(doc, sentences, named, from, lines);
    const shift = (c: Claim): Claim => ({ ...c, start: c.start + from, end: c.end + from, sentence: c.sentence + sentenceBase });
    for (const c of extracted.claims) claims.push(from ? shift(c) : c);
    // One mention of each spelling is all the spelling check needs (it counts sources, not mentions).
    for (const c of named) {
      if (spelled.has(String(c.value))) continue;
      spelled.add(String(c.value));
      people.push(from ? shift(c) : c);
    }
    for (const e of extracted.entities.flat()) entityKeys.add(e.key);
    for (const [short, full] of gaz.learnedAcronyms()) if (!acronyms.has(short)) acronyms.set(short, full);
    shingleParts.push(shingles(text));
    sentenceBase += sentences.length;
  }
  return {
    path: doc.path,
    title: doc.title,
    year: documentYear(doc.raw),
    claims,
    names: people,
    entityKeys: [...entityKeys].sort(),
    acronyms: [...acronyms.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    // Kept for entity checks, and for an article that names nobody (comparison looks in it for the others' names).
    text: doc.text.length <= KEEP_TEXT_CHARS && claims.some((c) => c.kind === "entity") ? doc.text : undefined,
    openers: entityKeys.size ? undefined : openingWords(doc.text),
    features: storyFeatures(doc.text),
    shingles: shingleParts.length === 1 ? shingleParts[0] : mergeSorted(shingleParts),
  };
}

/** [from, to) ranges of at most about `size` characters, cut after a line break when there is one. */
function parts(text: string, size: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < text.length || !out.length; ) {
    let to = Math.min(text.length, from + size);
    if (to < text.length) {
      const para = text.lastIndexOf("\n\n", to);
      const line = text.lastIndexOf("\n", to);
      const cut = para > from + size / 2 ? para + 2 : line > from + size / 2 ? line + 1 : to;
      to = cut;
    }
    out.push([from, to]);
    from = to;
  }
  return out;
}

/** Sorted, distinct union of sorted arrays. */
function mergeSorted(list: Uint32Array[]): Uint32Array {
  const all = new Uint32Array(list.reduce((n, a) => n + a.length, 0));
  let k = 0;
  for (const a of list) {
    all.set(a, k);
    k += a.length;
  }
  all.sort();
  let m = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[m++] = all[i];
  return all.slice(0, m);
}

/** The year an article speaks from: the latest year in a full date (bylines and "Date:" lines included). */
export function documentYear(text: string): number | undefined {
  let best: number | undefined;
  for (const m of text.matchAll(/\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+((?:19|20)\d\d)|((?:19|20)\d\d)-[01]\d-[0-3]\d)\b/g)) {
    const y = Number(m[1] ?? m[2]);
    if (best === undefined || y > best) best = y;
  }
  return best;
}

/** Capitalised words of four letters or more that open a sentence or line, lower-cased, at most 64. */
function openingWords(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?:^|[.!?]\s+|\n\s*)["“‘]?(\p{Lu}[\p{Ll}'’-]{3,})/gu)) {
    out.add(m[1].toLowerCase());
    if (out.size >= 64) break;
  }
  return [...out].sort();
}
