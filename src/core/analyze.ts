/**
 * The pure core: articles in memory in, findings out. No file system, console, process or colour here.
 * discover (engine) -> clean -> sentences -> names -> claims -> syndication, stories -> compare -> findings
 */
import type { Claim, CleanDoc, Finding, Sentence, SourceInput } from "./types.js";
import { cleanDoc } from "./load/clean-doc.js";
import { splitSentences } from "./text/sentences.js";
import { Gazetteer, isTitleCase } from "./resolve/gazetteer.js";
import { extractDocClaims } from "./extract/doc-claims.js";
import { personNameClaims } from "./extract/person-names.js";
import { findSyndication } from "./group/syndication.js";
import { findStories } from "./group/stories.js";
import { factConflicts } from "./compare/fact-conflicts.js";
import { entityConflicts } from "./compare/entity-conflicts.js";
import { nameVariantConflicts } from "./compare/name-variants.js";
import { dedupeFindings } from "./compare/dedupe.js";
import { currencyNotes } from "./compare/currency-notes.js";
import { aliasSubjects, inheritStorySubjects, mergePrefixSubjects } from "./resolve/subject-aliases.js";
import { joinGenericMeasures } from "./resolve/generic-measures.js";
import type { Tolerance, ToleranceOf } from "./compare/severity.js";

export interface AnalyzeOptions {
  /** Extra entity aliases: canonical name -> other names. */
  aliases?: Record<string, string[]>;
  /**
   * Extra tolerance per claim kind (money, count, percent, age, ...) or per measure (investment, killed, ...):
   * a fraction of the value (0.05 = 5%) or { relative, absolute }. A measure's entry wins over its kind's.
   */
  tolerances?: Record<string, number | { relative?: number; absolute?: number }>;
}

export interface Analysis {
  docs: CleanDoc[];
  sentences: Sentence[][];
  claims: Claim[];
  findings: Finding[];
  originalOf: number[];
  storyOf: number[];
}

export function analyze(inputs: SourceInput[], options: AnalyzeOptions = {}): Analysis {
  const docs = inputs.map(cleanDoc);
  const sentences = docs.map((d, i) => splitSentences(i, d.text));
  const gaz = new Gazetteer(options.aliases);
  for (const d of docs) gaz.learnVocabulary(d.text);
  for (const list of sentences) for (const s of list) if (!(s.heading && isTitleCase(s.text))) gaz.learn(s.text);
  const syndication = findSyndication(docs.map((d) => d.text), docs.map((d) => d.path));
  const storyOf = findStories(docs.map((d) => d.text), syndication.originalOf);
  const storyYear = new Map<number, number>();
  docs.forEach((d, i) => {
    const y = documentYear(d.raw);
    if (y !== undefined && (storyYear.get(storyOf[i]) ?? 0) < y) storyYear.set(storyOf[i], y);
  });
  const claims: Claim[] = [];
  const names: Claim[] = [];
  const keysByStory = new Map<number, Set<string>>();
  const docNames: Set<string>[] = [];
  sentences.forEach((list, doc) => {
    const extracted = extractDocClaims(doc, list, gaz, storyYear.get(storyOf[doc]));
    claims.push(...extracted.claims);
    names.push(...personNameClaims(doc, list, extracted.entities));
    const keys = keysByStory.get(storyOf[doc]) ?? new Set<string>();
    for (const e of extracted.entities.flat()) keys.add(e.key);
    docNames[doc] = new Set(extracted.entities.flat().map((e) => e.key));
    keysByStory.set(storyOf[doc], keys);
  });
  const ctx = { originalOf: syndication.originalOf, storyOf, storyYear, docNames, toleranceOf: toleranceLookup(options.tolerances) };
  const spellings = nameVariantConflicts(names, ctx);
  aliasSubjects(claims, storyOf, keysByStory, spellings);
  inheritStorySubjects(claims, storyOf);
  joinGenericMeasures(claims, storyOf);
  mergePrefixSubjects(claims, storyOf);
  const findings = dedupeFindings([
    ...factConflicts(claims, ctx),
    ...entityConflicts(claims, ctx, docs.map((d) => d.text)),
    ...currencyNotes(claims, ctx),
    ...spellings,
  ], syndication.originalOf);
  return { docs, sentences, claims, findings, originalOf: syndication.originalOf, storyOf };
}

function toleranceLookup(table: AnalyzeOptions["tolerances"]): ToleranceOf | undefined {
  if (!table || !Object.keys(table).length) return undefined;
  const norm = (t: number | { relative?: number; absolute?: number }): Tolerance =>
    typeof t === "number" ? { relative: t, absolute: 0 } : { relative: t.relative ?? 0, absolute: t.absolute ?? 0 };
  const map = new Map(Object.entries(table).map(([k, v]) => [k, norm(v)]));
  return (c) => map.get(c.measure) ?? map.get(c.kind);
}

/** The year an article speaks from: the latest year in a full date (bylines and "Date:" lines included). */
function documentYear(text: string): number | undefined {
  let best: number | undefined;
  for (const m of text.matchAll(/\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+((?:19|20)\d\d)|((?:19|20)\d\d)-[01]\d-[0-3]\d)\b/g)) {
    const y = Number(m[1] ?? m[2]);
    if (best === undefined || y > best) best = y;
  }
  return best;
}
