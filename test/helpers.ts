import { analyze } from "../src/core/analyze.js";
import type { SourceInput } from "../src/core/types.js";
import { Gazetteer } from "../src/core/resolve/gazetteer.js";
import { claimsOfSentence } from "../src/core/extract/sentence-claims.js";

/** The names of one sentence, learned from the sentence itself and any context sentences. */
export function sentenceEntities(text: string, context: string[] = []) {
  const gaz = new Gazetteer();
  for (const t of [text, ...context]) gaz.learnVocabulary(t);
  for (const t of [text, ...context]) gaz.learn(t);
  return gaz.entities(text, false);
}

/** Claims of one sentence, names learned from the sentence itself and any context sentences. */
export function sentenceClaims(text: string, context: string[] = []) {
  return claimsOfSentence({ text, entities: sentenceEntities(text, context) }).claims;
}

/** Analyse in-memory articles: [path, text] pairs. */
export function analyzeTexts(files: [string, string][]) {
  const inputs: SourceInput[] = files.map(([path, raw]) => ({
    path,
    raw,
    format: path.endsWith(".md") ? "markdown" : /\.html?$/.test(path) ? "html" : "text",
  }));
  return analyze(inputs);
}
