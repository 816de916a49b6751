/**
 * The one module that imports compromise. It answers small questions about words, cached, so the
 * expensive parser runs on a handful of distinct names rather than on whole articles.
 */
import nlp from "compromise";

const firstNames = new Map<string, boolean>();

/** Is this word a given name in compromise's lexicon ("Tomas", "Sarah")? */
export function isFirstName(word: string): boolean {
  let known = firstNames.get(word);
  if (known === undefined) {
    known = /^\p{Lu}\p{Ll}+$/u.test(word) && nlp(word).has("#FirstName");
    firstNames.set(word, known);
  }
  return known;
}
