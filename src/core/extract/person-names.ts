/** Person names of an article: two or three capitalised words, the first a given name or the whole used as a person. */
import type { Claim, Sentence } from "../types.js";
import type { EntityMention } from "../resolve/gazetteer.js";
import { isCommonWord, isFirstName, isPlaceWord } from "../nlp/compromise.js";
import { TITLES } from "./entities.js";

const PERSON_CONTEXT_AFTER = /^(?:,\s*\d{1,3}(?:,(?!\d)|\.?$)|\s+(?:said|says|told|added|explained|wrote|testified|confirmed|denied|was arrested|was charged))/;
/** A title right before the name, or as its appositive head ("Its chief executive, Priya Raman, ..."). */
const PERSON_CONTEXT_BEFORE = /\b(?:(?:Mr|Mrs|Ms|Dr|Sgt|Lt|Capt|Det|Sen|Rep|Gov)\.?\s+|(?:Officer|President|Senator|Governor|Mayor|Judge|Chief|coach|CEO|chief executive|chief financial officer|chief operating officer|founder|co-founder|chairman|chairwoman|chair|captain|skipper|pilot|driver|spokesman|spokeswoman|spokesperson|victim|suspect|director|manager|minister|secretary|commissioner|superintendent|president|treasurer|attorney|lawyer|sheriff|inspector)(?:\s*,\s*|\s+)|\b(?:man|woman|boy|girl|teenager|resident|local)\s*,\s*|\b(?:arrested|detained|charged|identified|named)\s+)$/i;

/** "Challenger Wolak", "Newcomer Brandt", "Striker Osei": a role noun before a surname (given names are known words). */
const AGENT_WORD = /^\p{Lu}\p{Ll}+(?:er|or|ist|ant|ent)$/u;
/** Words that end a place's or body's name ("Penhallow County"), never a surname alone. */
const NOT_PERSON_WORD = /^(?:County|City|Town|Valley|River|Lake|Island|Mountain|Park|Bay|Port|Beach|Hills?|Heights|Springs|Falls|Creek|Harbor|Harbour|Province|State|Region|District|Borough|Village|Hospital|University|College|School|Council|Group|Bank|Airlines?|Airways|Motors|Energy|Telecom|Brewery|Breweries|Brau|Holdings|Capital|Partners|Media|Systems|Technologies|Labs|Pharma|Foods|Stadium|Arena|Centre|Center|Street|Road|Avenue|Square|Bridge|Hotel|Station|Airport|Museum|Library)$/;

export function personNameClaims(doc: number, sentences: Sentence[], entities: EntityMention[][]): Claim[] {
  const out: Claim[] = [];
  // Names the article also uses as one word: a person is called by the surname ("Wolek won 52%"), a company
  // or a place by its first word ("Tavira posted"), so a name whose last word alone stands for it is a person's.
  const alone = new Set<string>();
  for (const list of entities) for (const e of list) if (!e.label.includes(" ")) alone.add(e.label);
  sentences.forEach((s, i) => {
    for (const entity of entities[i]) {
      // "Governor Rustam Beyli" is Rustam Beyli: a title before the name is not part of its spelling.
      const title = TITLES.exec(s.text.slice(entity.start, entity.end))?.[0].length ?? 0;
      const e = title ? { ...entity, start: entity.start + title, label: s.text.slice(entity.start + title, entity.end).replace(/['’]s$/u, "") } : entity;
      const words = e.label.split(" ");
      const surface = s.text.slice(e.start, e.end).replace(/['’]s$/u, "");
      if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w))) continue;
      if (surface.split(" ").length !== words.length) continue;
      const person =
        isFirstName(words[0]) ||
        PERSON_CONTEXT_AFTER.test(s.text.slice(e.end)) ||
        PERSON_CONTEXT_BEFORE.test(s.text.slice(Math.max(0, e.start - 30), e.start)) ||
        title > 0 ||
        (words.length === 2 && alone.has(words[1]) && !alone.has(words[0]) && !isCommonWord(words[0]) && !isCommonWord(words[1]) && !/s$/.test(words[1]) && !AGENT_WORD.test(words[0]) && !isPlaceWord(words[0]) && !isPlaceWord(words[1]));
      // "Penhallow County said", "West Germany said": a place that speaks is not a person (Michael Jordan is).
      if (!person || NOT_PERSON_WORD.test(words[words.length - 1]) || (!isFirstName(words[0]) && isPlaceWord(words[words.length - 1]))) continue;
      out.push({ kind: "name", doc, sentence: s.index, start: s.start + e.start, end: s.start + e.end, text: surface, value: surface, measure: "spelling", subject: "", time: "", qualifiers: [] });
    }
  });
  return out;
}
