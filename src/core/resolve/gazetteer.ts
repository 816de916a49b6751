/**
 * The names of a run: which capitalised runs are real names, which spellings are one entity
 * ("Amazon.com Inc." = "Amazon"; "Amazon Web Services (AWS)" = "AWS"), and their display labels.
 */
import { canonicalName, findNameSpans, isGenericName, type NameSpan } from "../extract/entities.js";
import { inLexicon, isCommonWord, isDemonym } from "../nlp/compromise.js";

export interface EntityMention {
  start: number; // within the sentence
  end: number;
  key: string;
  label: string;
}

/** Built-in aliases, extended by configuration: alias (any case) -> canonical name. */
export const BUILTIN_ALIASES: Record<string, string[]> = {
  "Amazon Web Services": ["AWS"],
  "United States": ["US", "U.S.", "USA", "U.S.A.", "America"],
  "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
  "European Union": ["EU", "E.U."],
  "United Nations": ["UN", "U.N."],
  "Federal Trade Commission": ["FTC"],
  "Securities and Exchange Commission": ["SEC"],
  "Federal Bureau of Investigation": ["FBI"],
  "Alphabet": ["Google parent Alphabet"],
};

const SUBJECT_NEXT = /^(?:['’]s\b|,\s+\d{1,3},|,\s+(?:the|a|an|its|their|known|which|who|founded|based|maker|owner|developer)\b|\s+(?:has|have|had|is|was|will|would|said|says|reported|announced|agreed|plans|posted|unveiled|launched|confirmed|denied|told|won|lost|signed|bought|sold|invested|raised|cut|hired|employs|collected|spent|paid|received|issued|approved|recorded)\b)/;
const ACRONYM_DEF = /((?:\p{Lu}[\p{L}&.'’-]*\s+(?:(?:of|and|for|the|de)\s+)?){1,6})\(([\p{Lu}][\p{Lu}\p{Ll}&.]{1,9})\)/gu;

/** "WE DID IT!": words in capitals that are all ordinary words are a shout, not a name (but "US", "NEW YORK"). */
function isShouted(text: string): boolean {
  return text.includes(" ") && /^[\p{Lu}\s'’!-]+$/u.test(text) && text.split(/\s+/).every((w) => isCommonWord(w));
}

export class Gazetteer {
  private readonly alias = new Map<string, string>();
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly known = new Set<string>();
  /** Words of names seen in running text ("riverton" from "Riverton City Council"). */
  private readonly nameWords = new Set<string>();
  private maxWords = 1;
  /** Words seen written in lower case: a capital on them at a sentence start does not make a name. */
  private readonly lowercase = new Set<string>();

  constructor(extraAliases: Record<string, string[]> = {}) {
    for (const table of [BUILTIN_ALIASES, extraAliases]) {
      for (const [name, aliases] of Object.entries(table)) {
        for (const a of aliases) this.alias.set(canonicalName(a), canonicalName(name));
      }
    }
  }

  /** First pass: the words of a text that appear in lower case. */
  learnVocabulary(text: string): void {
    for (const m of text.matchAll(/(?<![\p{L}'’])\p{Ll}[\p{Ll}'’-]*/gu)) this.lowercase.add(m[0]);
  }

  /** "Wolf" with "wolves" in the text: some form of the word is written in lower case. */
  private seenInLowerCase(word: string): boolean {
    const w = word.toLowerCase();
    return [w, `${w}s`, `${w}es`, w.replace(/fe?$/, "ves"), w.replace(/y$/, "ies")].some((f) => this.lowercase.has(f));
  }

  /** A word seen in lower case in the texts, or an ordinary English word. */
  private isOrdinary(word: string): boolean {
    const w = word.replace(/['’]s$/u, "");
    // "Utilizing", "Announced", "Reportedly": an opening participle or adverb is a word, not a name.
    if (/^\p{Lu}\p{Ll}{3,}(?:ing|ed|ly)$/u.test(w) && !this.known.has(canonicalName(w))) return true;
    // "Toymaker Playwell Brands", "Drugmaker Velora", "Airline Aerolis": a trade noun before the name.
    if (/^\p{Lu}\p{Ll}{2,}maker$/u.test(w) || /^(?:Airline|Carrier|Retailer|Insurer|Lender|Broadcaster|Miner|Brewer|Supermarket|Startup|Start-up|Operator|Publisher|Utility|Regulator|Shipper|Chain)$/.test(w)) return true;
    return this.lowercase.has(w.toLowerCase()) || isCommonWord(w);
  }

  /** A sentence-initial run loses leading ordinary words: "Utilizing Amazon" -> "Amazon". */
  private trimInitial(span: NameSpan, sentence = ""): NameSpan | undefined {
    if (!span.initial) return span;
    // '"Tide Runner" debuted': a quoted title is a name, capitals and all.
    if (/^[”"’]/.test(sentence.slice(span.end, span.end + 1)) && /[“"‘]\s*$/.test(sentence.slice(Math.max(0, span.start - 2), span.start))) return { ...span, initial: false };
    let { start, text } = span;
    let trimmed = false;
    for (;;) {
      const m = /^(\S+)\s+/.exec(text);
      if (!m || !this.isOrdinary(m[1])) break;
      start += m[0].length;
      text = text.slice(m[0].length);
      trimmed = true;
    }
    if (!trimmed) return span;
    // "Northern Line Rail ran ...": when every word is an ordinary one, the run is a name as a whole.
    if (!text.includes(" ") && this.isOrdinary(text) && span.text.split(/\s+/).length >= 3) return span;
    return { start, end: start + text.length, text, initial: false };
  }

  private readonly acronyms = new Map<string, string>();

  /** Acronyms defined in the learned text ("Amazon Web Services (AWS)"): [short, full] keys, sorted. */
  learnedAcronyms(): [string, string][] {
    return [...this.acronyms.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  /** Capitalised runs of a sentence: found once, by `learn`, and read again by `entities`. */
  private readonly spanMemo = new Map<string, NameSpan[]>();
  private spansOf(sentence: string): NameSpan[] {
    let spans = this.spanMemo.get(sentence);
    if (!spans) this.spanMemo.set(sentence, (spans = findNameSpans(sentence)));
    return spans;
  }

  /** Learn from one sentence of running text (not a title-case headline). */
  learn(sentence: string): void {
    for (const m of sentence.matchAll(ACRONYM_DEF)) {
      // "LONDON (Wire) - ", "PARIS (AFP) —": a dateline's source is no second name of its place.
      if (/^\s*[-–—]/.test(sentence.slice(m.index! + m[0].length)) && !/\p{Ll}/u.test(m[1])) continue;
      const full = canonicalName(m[1].trim());
      const short = canonicalName(m[2]);
      if (full && short && full !== short && !this.alias.has(short)) {
        this.alias.set(short, full);
        this.acronyms.set(short, this.alias.get(full) ?? full);
      }
    }
    for (const found of this.spansOf(sentence)) {
      const span = this.trimInitial(found, sentence);
      if (!span || isShouted(span.text)) continue;
      const key = this.key(span.text);
      if (!key || isGenericName(key)) continue;
      // "IslandLink cancelled ...": a capital inside a word marks a name even at a sentence start.
      if (!span.initial || span.text.includes(" ") || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(span.text)) {
        this.known.add(canonicalName(span.text));
        for (const w of canonicalName(span.text).split(" ")) this.nameWords.add(w);
      }
      const labels = this.counts.get(key) ?? new Map<string, number>();
      const label = span.text.replace(/['’]s$/u, "");
      labels.set(label, (labels.get(label) ?? 0) + 1);
      this.counts.set(key, labels);
      this.maxWords = Math.max(this.maxWords, span.text.split(/\s+/).length);
    }
  }

  key(surface: string): string {
    const c = canonicalName(surface);
    return this.alias.get(c) ?? c;
  }

  label(key: string): string {
    const labels = this.counts.get(key);
    if (!labels) return key;
    // The most frequent spelling; ties go to the shorter, then alphabetical (deterministic).
    return [...labels.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0][0];
  }

  isKnown(surface: string): boolean {
    const c = canonicalName(surface);
    return this.known.has(c) || this.alias.has(c);
  }

  /** Entities of a sentence. In a title-case headline only names seen in running text count. */
  entities(sentence: string, titleCase: boolean, heading = false): EntityMention[] {
    const spans: NameSpan[] = (titleCase ? this.knownIn(sentence) : this.spansOf(sentence)).flatMap((s) => this.splitAcronym(s));
    const out: EntityMention[] = [];
    for (const found of spans) {
      const s = this.trimInitial(found, sentence);
      if (!s || isShouted(s.text)) continue;
      // "GENEVA - ...", "SANTIAGO, June 9 (Wire) -": a dateline names where the story was filed.
      if (found.initial && /^\p{Lu}[\p{Lu} .'-]+$/u.test(found.text) && /^\s*(?:\([^()]{1,30}\)\s*)?(?:[-–—]|,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d))/.test(sentence.slice(found.end))) continue;
      // "LONDON (Wire) -", "PARIS, May 3 (AFP) —": the source in a dateline's brackets is no name in the story.
      if (/^\)\s*[-–—]/.test(sentence.slice(found.end)) && /^\s*\p{Lu}[\p{Lu} .'’-]*(?:,[^()]{0,40})?\s*\($/u.test(sentence.slice(0, found.start))) continue;
      // A capitalised word opening a sentence is a name only with evidence: seen as (part of) a name elsewhere,
      // or an unknown word acting as a subject ("Microsoft has poured", "Riverton's council").
      // ("Rescue teams ..." with a "Coastal Mammal Rescue Trust" in the text: an ordinary word of a name is a word.)
      if (s.initial && !s.text.includes(" ") && !this.isKnown(s.text) && (!this.nameWords.has(canonicalName(s.text)) || this.isOrdinary(s.text))) {
        // A plural-looking word ("Riders will pay", "Crews lost") is more likely a common noun than a name (but
        // "Aerolis has", "Atlas said": -is, -us, -as, -os, -ys are no plurals).
        // A headline opens with its subject: "Stridewell Q3: the numbers", "Harwick airport reopens".
        // "Brenford and Castlemoor are to merge": an unknown word joined to a name is a name too.
        const acting = ((heading && !inLexicon(s.text) && !this.seenInLowerCase(s.text)) || SUBJECT_NEXT.test(sentence.slice(s.end)) || /^\s+(?:and|&)\s+\p{Lu}\p{Ll}/u.test(sentence.slice(s.end, s.end + 8))) && !this.isOrdinary(s.text) && !/[^siuaoy]s$/.test(s.text);
        if (!acting) continue;
      }
      // "the German brewer", "Danish group Skovlund": a people's adjective before a noun describes, it names no one.
      if (!s.text.includes(" ") && /^\s+\p{Ll}/u.test(sentence.slice(s.end, s.end + 2)) && isDemonym(s.text)) continue;
      const key = this.key(s.text);
      if (!key || isGenericName(key)) continue;
      out.push({ start: s.start, end: s.end, key, label: this.counts.has(key) ? this.label(key) : s.text.replace(/['’]s$/u, "") });
    }
    return out;
  }

  /**
   * "Corvane RSV shot 89% effective": a known name followed by an acronym the text also uses alone is two names
   * side by side, not one longer name.
   */
  private splitAcronym(span: NameSpan): NameSpan[] {
    const m = /^(.+?)\s+(\p{Lu}{2,5})$/u.exec(span.text);
    if (!m || !this.counts.has(this.key(m[1])) || !this.counts.has(this.key(m[2]))) return [span];
    const at = span.start + span.text.length - m[2].length;
    return [{ ...span, end: span.start + m[1].length, text: m[1] }, { start: at, end: span.end, text: m[2], initial: false }];
  }

  private knownIn(sentence: string): NameSpan[] {
    const words = [...sentence.matchAll(/[\p{L}\d][\p{L}\d&.'’-]*/gu)];
    const out: NameSpan[] = [];
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.min(this.maxWords, words.length - i); n >= 1; n--) {
        const first = words[i];
        const last = words[i + n - 1];
        const start = first.index ?? 0;
        const end = (last.index ?? 0) + last[0].length;
        const text = sentence.slice(start, end).replace(/['’]s$/u, "");
        if (!/^\p{Lu}/u.test(text)) continue;
        // "Wolek ousts Pask": a word of a name seen in running text ("Katarzyna Wolek") is that name in a headline.
        if (this.isKnown(text) || (n === 1 && /^\p{Lu}\p{Ll}+$/u.test(text) && this.nameWords.has(canonicalName(text)) && !this.isOrdinary(text))) {
          out.push({ start, end: start + text.length, text, initial: false });
          i += n - 1;
          break;
        }
      }
    }
    return out;
  }
}

/** A headline in title case ("Amazon Deepens AI Commitment"): capitals there do not mark names. */
export function isTitleCase(sentence: string): boolean {
  const words = sentence.match(/\b\p{L}{4,}\b/gu) ?? [];
  if (words.length < 3) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.7;
}
