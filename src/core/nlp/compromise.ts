/**
 * The one module that imports compromise. It answers small questions about words, cached, so the
 * expensive parser runs on a handful of distinct names rather than on whole articles.
 */
import nlp from "compromise";

const firstNames = new Map<string, boolean>();
const common = new Map<string, boolean>();
const NAME_TAGS = new Set(["Organization", "Person", "FirstName", "LastName", "MaleName", "FemaleName", "Place", "Country", "City", "Region", "ProperNoun", "Unit", "Demonym"]);
const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, unknown> } } } }).world().model.one.lexicon;

/**
 * Is this an ordinary English word (so a capital at a sentence start does not make it a name)?
 * True when compromise's lexicon knows the lower-case form, or it is an "-ly" adverb. (Its tagger's
 * guesses from suffixes are not used: they call "Halvorsen" an adjective.)
 */
export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  let known = common.get(w);
  if (known === undefined) {
    const tags = ([] as unknown[]).concat(lexicon[w] ?? []).map(String);
    known = (tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t))) || /^\p{Ll}{3,}ly$/u.test(w);
    common.set(w, known);
  }
  return known;
}

/** Is this word a given name in compromise's lexicon ("Tomas", "Sarah")? */
export function isFirstName(word: string): boolean {
  let known = firstNames.get(word);
  if (known === undefined) {
    known = /^\p{Lu}\p{Ll}+$/u.test(word) && nlp(word).has("#FirstName");
    firstNames.set(word, known);
  }
  return known;
}
