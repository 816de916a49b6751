/**
 * Everything about one article that needs only that article: clean text, sentences, names, claims with their
 * positions and quotes, and the features grouping needs. A pure function of the article and the options, so it
 * can run in a worker and be cached by the article's content.
 */
import type { Claim, SourceInput } from "./types.js";
import { cleanDoc } from "./load/clean-doc.js";
import { splitSentences } from "./text/sentences.js";
import { positionClaims } from "./text/quote.js";
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
  /** Clean text, kept only when the article makes entity claims (other sources are checked for the names). */
  text?: string;
  /** Grouping features: hashed terms with weighted frequencies and names; 5-word shingle hashes. */
  features: StoryFeatures;
  shingles: Uint32Array;
}

export function analyzeDoc(input: SourceInput, options: DocOptions = {}): DocAnalysis {
  const doc = cleanDoc(input);
  const sentences = splitSentences(0, doc.text);
  const gaz = new Gazetteer(options.aliases);
  gaz.learnVocabulary(doc.text);
  for (const s of sentences) if (!(s.heading && isTitleCase(s.text))) gaz.learn(s.text);
  const year = documentYear(doc.raw);
  // Dates without a year ("--10-15") get the story's year later, when the story is known.
  const extracted = extractDocClaims(0, sentences, gaz);
  const people = personNameClaims(0, sentences, extracted.entities);
  positionClaims(doc, sentences, extracted.claims);
  positionClaims(doc, sentences, people);
  return {
    path: doc.path,
    title: doc.title,
    year,
    claims: extracted.claims,
    names: people,
    entityKeys: [...new Set(extracted.entities.flat().map((e) => e.key))].sort(),
    acronyms: gaz.learnedAcronyms(),
    text: extracted.claims.some((c) => c.kind === "entity") ? doc.text : undefined,
    features: storyFeatures(doc.text),
    shingles: shingles(doc.text),
  };
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
