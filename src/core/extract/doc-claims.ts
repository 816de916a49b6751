/** Every claim of one article: sentence by sentence, carrying the subject within a paragraph. */
import type { Claim, Sentence } from "../types.js";
import { Gazetteer, isTitleCase, type EntityMention } from "../resolve/gazetteer.js";
import { claimsOfSentence } from "./sentence-claims.js";
import { productClaims } from "./product-claims.js";
import type { SubjectRef } from "../attribute/subject.js";

export interface DocClaims {
  claims: Claim[];
  /** Entities of each sentence (sentence index -> mentions), kept for name checks. */
  entities: EntityMention[][];
}

export function extractDocClaims(doc: number, sentences: Sentence[], gaz: Gazetteer, year?: number): DocClaims {
  const claims: Claim[] = [];
  const entities: EntityMention[][] = [];
  let carried: SubjectRef | undefined;
  let paragraph = -1;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      carried = undefined;
      paragraph = s.paragraph;
    }
    const ents = gaz.entities(s.text, s.heading && isTitleCase(s.text));
    entities.push(ents);
    const { claims: local, subject } = claimsOfSentence({ text: s.text, entities: ents, carried, year });
    const products = productClaims(s.text, ents);
    for (const c of [...local, ...products]) {
      claims.push({ ...c, doc, sentence: s.index, start: s.start + c.start, end: s.start + c.end });
    }
    if (!s.heading) carried = subject;
  }
  inheritSubjects(claims);
  return { claims, entities };
}

/** A money claim that names nobody takes the subject every other claim of its measure in the article has. */
function inheritSubjects(claims: Claim[]): void {
  const byMeasure = new Map<string, Set<string>>();
  const labels = new Map<string, string>();
  for (const c of claims) {
    if (c.subject === undefined || c.kind !== "money") continue;
    byMeasure.set(c.measure, (byMeasure.get(c.measure) ?? new Set()).add(c.subject));
    labels.set(c.subject, c.subjectLabel ?? c.subject);
  }
  for (const c of claims) {
    if (c.subject !== undefined || c.kind !== "money") continue;
    const subjects = byMeasure.get(c.measure);
    if (subjects?.size === 1) {
      c.subject = [...subjects][0];
      c.subjectLabel = labels.get(c.subject);
    }
  }
}
