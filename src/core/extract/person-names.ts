/**
 * Person names of an article: two or three capitalised words, the first a given name or the whole used as a person
 * (and names of vessels, spelled like people's: "the bulk carrier Nordic Harmony").
 */
import type { Claim, Sentence } from "../types.js";
import type { EntityMention } from "../resolve/gazetteer.js";
import { isCommonWord, isFirstName, isPlaceWord } from "../nlp/compromise.js";
import { NOT_PERSON_WORD, TITLES } from "./entities.js";

/**
 * After the name: an age (", 61,", ", a 61-year-old"), a verb of speech, or a personal pronoun the name's clause
 * hands on ("Liesel Valkenen checked her images"; a body is "its").
 */
const PERSON_CONTEXT_AFTER = /^(?:,\s*\d{1,3}(?:,(?!\d)|\.?$)|,\s+(?:a|an|the)\s+\d{1,3}-year-old\b|\s+(?:said|says|told|added|explained|wrote|testified|confirmed|denied|was arrested|was charged)|['’]s\s+(?:wife|husband|son|daughter|mother|father|family|parents|partner)\b|\s+(?:\p{Ll}+\s+){1,2}(?:her|his|himself|herself)\b)/u;
/** A title right before the name, or as its appositive head ("Its chief executive, Priya Raman, ..."). */
const PERSON_CONTEXT_BEFORE = /\b(?:(?:Mr|Mrs|Ms|Dr|Sgt|Lt|Capt|Det|Sen|Rep|Gov)\.?\s+|(?:Officer|President|Senator|Governor|Mayor|Judge|Chief|coach|CEO|chief executive|chief financial officer|chief operating officer|founder|co-founder|astronomer|scientist|researcher|professor|historian|economist|analyst|author|novelist|writer|poet|artist|painter|singer|actor|actress|farmer|teacher|nurse|doctor|surgeon|engineer|photographer|journalist|climber|runner|swimmer|cyclist|chairman|chairwoman|chair|captain|skipper|pilot|driver|spokesman|spokeswoman|spokesperson|victim|suspect|director|manager|minister|secretary|commissioner|superintendent|president|treasurer|attorney|lawyer|sheriff|inspector|midfielder|striker|forward|defender|goalkeeper|winger|full-back|playmaker|international|batsman|bowler|jockey|boxer|sprinter|rider|player|champion)(?:\s*,\s*|\s+)|\b(?:man|woman|boy|girl|teenager|resident|local)\s*,\s*|\b(?:arrested|detained|charged|identified|named)\s+)$/i;

/** A named vessel is spelled like a person's name: "the bulk carrier Nordic Harmony", "a ferry, the Baltic Star". */
const VESSEL = String.raw`(?:ship|vessel|tanker|freighter|(?:bulk|ore|LNG|gas|car|aircraft|oil)\s+carrier|ferry|yacht|trawler|liner|boat|barge|tug|submarine|frigate|destroyer)`;
const VESSEL_BEFORE = new RegExp(String.raw`\b${VESSEL}\s*,?\s+(?:the\s+)?$|\b(?:MV|MS|SS|HMS|USS|RMS|FV)\s+$`, "i");
const VESSEL_AFTER = new RegExp(String.raw`^\s*,\s+(?:a|an|the)\s+(?:[\p{L}\d-]+\s+){0,3}?${VESSEL}\b`, "iu");

/** "Challenger Wolak", "Newcomer Brandt", "Striker Osei": a role noun before a surname (given names are known words). */
const AGENT_WORD = /^\p{Lu}\p{Ll}+(?:er|or|ist|ant|ent)$/u;
/** "Challenger", "Striker", "Mayor": a word for what someone is, written before a surname ("Challenger Wolak"). */
export const isRoleWord = (word: string): boolean => (AGENT_WORD.test(word) && !isFirstName(word)) || TITLES.test(`${word} `);
/** Words that end a place's or body's name ("Penhallow County"), never a surname alone. */

/** A word of a person's name: "Okafor", "Vasquez-Hale", "O'Brien", "McDonald". */
const NAME_WORD = /^(?:\p{Lu}['’]|Mc|Mac)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;

/** One-word names an article uses: a person is called by the surname, a company or place by its first word. */
function namesUsedAlone(entities: EntityMention[][]): Set<string> {
  const alone = new Set<string>();
  for (const list of entities) for (const e of list) if (!e.label.includes(" ")) alone.add(e.label);
  return alone;
}

/** "Emeka Okafor" ... "Okafor won": a two-word name whose surname the article uses alone is a person's. */
function calledBySurname(words: string[], alone: Set<string>): boolean {
  return words.length === 2 && alone.has(words[1]) && !alone.has(words[0]) && !isCommonWord(words[0]) && !isCommonWord(words[1]) && !/s$/.test(words[1]) && !AGENT_WORD.test(words[0]) && !isPlaceWord(words[0]) && !isPlaceWord(words[1]);
}

/** Each entity mention the article uses as a person's name, with its sentence and the name as spelled. */
function* personMentions(sentences: Sentence[], entities: EntityMention[][]): Generator<{ s: Sentence; entity: EntityMention; e: EntityMention; surface: string }> {
  const alone = namesUsedAlone(entities);
  for (const [i, s] of sentences.entries()) {
    for (const entity of entities[i]) {
      // "Governor Rustam Beyli" is Rustam Beyli: a title before the name is not part of its spelling.
      const title = TITLES.exec(s.text.slice(entity.start, entity.end))?.[0].length ?? 0;
      const e = title ? { ...entity, start: entity.start + title, label: s.text.slice(entity.start + title, entity.end).replace(/['’]s$/u, "") } : entity;
      const words = e.label.split(" ");
      const surface = s.text.slice(e.start, e.end).replace(/['’]s$/u, "");
      if (words.length < 2 || words.length > 3 || !words.every((w) => NAME_WORD.test(w))) continue;
      if (surface.split(" ").length !== words.length) continue;
      // "Emeka Okafor of Nigeria won": a name from a country.
      const from = /^\s+of\s+(\p{Lu}\p{Ll}+)\b/u.exec(s.text.slice(e.end, e.end + 30));
      const person =
        isFirstName(words[0]) ||
        PERSON_CONTEXT_AFTER.test(s.text.slice(e.end)) ||
        PERSON_CONTEXT_BEFORE.test(s.text.slice(Math.max(0, e.start - 30), e.start)) ||
        title > 0 ||
        calledBySurname(words, alone) ||
        (!!from && isPlaceWord(from[1]) && words.every((w) => !isCommonWord(w) && !isPlaceWord(w))) ||
        VESSEL_BEFORE.test(s.text.slice(Math.max(0, e.start - 30), e.start)) ||
        VESSEL_AFTER.test(s.text.slice(e.end, e.end + 50));
      // "Penhallow County said", "West Germany said": a place that speaks is not a person (Michael Jordan is).
      if (!person || NOT_PERSON_WORD.test(words[words.length - 1]) || (!isFirstName(words[0]) && isPlaceWord(words[words.length - 1]))) continue;
      yield { s, entity, e, surface };
    }
  }
}

/** Labels of the names an article uses for people (as the gazetteer labels them). */
export function personLabels(sentences: Sentence[], entities: EntityMention[][]): Set<string> {
  const out = new Set<string>();
  for (const { entity } of personMentions(sentences, entities)) out.add(entity.label);
  return out;
}

export function personNameClaims(doc: number, sentences: Sentence[], entities: EntityMention[][]): Claim[] {
  const out: Claim[] = [];
  for (const { s, e, surface } of personMentions(sentences, entities)) {
    out.push({ kind: "name", doc, sentence: s.index, start: s.start + e.start, end: s.start + e.end, text: surface, value: surface, measure: "spelling", subject: "", time: "", qualifiers: [] });
  }
  return out;
}
