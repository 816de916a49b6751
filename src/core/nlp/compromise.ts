/**
 * The one module that imports compromise. It answers small questions about words, cached, so the
 * expensive parser runs on a handful of distinct names rather than on whole articles. compromise is loaded on
 * first use (its models take about 44 MB per thread), so a thread that never asks (the main thread while
 * workers analyse) never pays for it.
 */
import { createRequire } from "node:module";

const firstNames = new Map<string, boolean>();
const common = new Map<string, boolean>();
const NAME_TAGS = new Set(["Organization", "Person", "FirstName", "LastName", "MaleName", "FemaleName", "Place", "Country", "City", "Region", "ProperNoun", "Unit", "Demonym"]);
type Lexicon = Record<string, unknown>;
let loaded: Lexicon | undefined;
function lexicon(): Lexicon {
  if (!loaded) {
    const nlp = createRequire(import.meta.url)("compromise") as { world(): { model: { one: { lexicon: Lexicon } } } };
    loaded = nlp.world().model.one.lexicon;
  }
  return loaded;
}

/**
 * Is this an ordinary English word (so a capital at a sentence start does not make it a name)?
 * True when compromise's lexicon knows the lower-case form, or it is an "-ly" adverb. (Its tagger's
 * guesses from suffixes are not used: they call "Halvorsen" an adjective.)
 */
export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  let known = common.get(w);
  if (known === undefined) {
    const tags = tagsOf(w);
    known = (tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t))) || /^\p{Ll}{3,}ly$/u.test(w);
    common.set(w, known);
  }
  return known;
}

/** Does compromise's lexicon know this word at all (as a word or a name)? "Stridewell" no; "Wolf", "Census" yes. */
export function inLexicon(word: string): boolean {
  return tagsOf(word.toLowerCase()).length > 0;
}

const GIVEN_NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName"]);

/**
 * Is this word a given name in compromise's lexicon ("Tomas", "Sarah")? Read from the lexicon directly: on
 * 11,088 capitalised words of real articles this gives exactly what `nlp(word).has("#FirstName")` gives, at a
 * hundredth of the cost.
 */
export function isFirstName(word: string): boolean {
  let known = firstNames.get(word);
  if (known === undefined) {
    known = /^\p{Lu}\p{Ll}+$/u.test(word) && tagsOf(word).some((t) => GIVEN_NAME_TAGS.has(t));
    firstNames.set(word, known);
  }
  return known;
}

const PLACE_TAGS = new Set(["Place", "Country", "City", "Region", "Demonym"]);
const places = new Map<string, boolean>();

/** Is this word a place or a people's name in compromise's lexicon ("Germany", "German", "Ohio")? */
export function isPlaceWord(word: string): boolean {
  let known = places.get(word);
  if (known === undefined) {
    known = tagsOf(word).some((t) => PLACE_TAGS.has(t));
    places.set(word, known);
  }
  return known;
}

/** Is this name (any case, any number of words) a country in compromise's lexicon ("United Kingdom", "Norway")? */
export function isCountry(name: string): boolean {
  return tagsOf(name).includes("Country");
}

const demonyms = new Map<string, boolean>();
/** Peoples' adjectives the lexicon does not tag as such. */
const MORE_DEMONYMS = /^(?:british|english|scottish|welsh|irish|danish|swedish|finnish|polish|turkish|spanish|kurdish|flemish|cornish)$/;

/** Is this word a people's adjective ("German", "Danish", "Kenyan")? */
export function isDemonym(word: string): boolean {
  let known = demonyms.get(word);
  if (known === undefined) {
    const tags = tagsOf(word);
    // A plural is a people or a place ("the Germans", "the Philippines"), not an adjective.
    known = MORE_DEMONYMS.test(word.toLowerCase()) || (tags.includes("Demonym") && !tags.includes("Plural"));
    demonyms.set(word, known);
  }
  return known;
}

/** The lexicon's tags for a word's lower-case form. */
function tagsOf(word: string): string[] {
  return ([] as unknown[]).concat(lexicon()[word.toLowerCase()] ?? []).map(String);
}
