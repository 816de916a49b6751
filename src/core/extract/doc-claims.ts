/** Every claim of one article: sentence by sentence, carrying the subject within a paragraph. */
import type { Claim, Sentence } from "../types.js";
import { Gazetteer, isTitleCase, type EntityMention } from "../resolve/gazetteer.js";
import { claimsOfSentence, type LocalClaim } from "./sentence-claims.js";
import { productClaims } from "./product-claims.js";
import { relationClaims } from "./relation-claims.js";
import type { SubjectRef } from "../attribute/subject.js";
import { isFirstName } from "../nlp/compromise.js";
import { newAntecedents, noteNames } from "../attribute/anaphora.js";

export interface DocClaims {
  claims: Claim[];
  /** Entities of each sentence (sentence index -> mentions), kept for name checks. */
  entities: EntityMention[][];
}

export function extractDocClaims(doc: number, sentences: Sentence[], gaz: Gazetteer, year?: number): DocClaims {
  const claims: Claim[] = [];
  const entities: EntityMention[][] = [];
  let carried: SubjectRef | undefined;
  let previousCount: LocalClaim | undefined;
  const ante = newAntecedents();
  let paragraph = -1;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      carried = undefined;
      paragraph = s.paragraph;
    }
    const ents = gaz.entities(s.text, s.heading && isTitleCase(s.text));
    entities.push(ents);
    const { claims: local, subject } = claimsOfSentence({ text: s.text, entities: ents, carried, year, lastPerson: ante.lastPerson, ante, previousCount });
    previousCount = local.filter((c) => c.kind === "count").at(-1);
    noteNames(ante, ents, (label) => label.includes(" ") && isFirstName(label.split(" ")[0]), s.text);
    const products = [...productClaims(s.text, ents), ...relationClaims(s.text, ents)];
    for (const c of [...local, ...products]) {
      claims.push({ ...c, doc, sentence: s.index, start: s.start + c.start, end: s.start + c.end, names: ents.map((e) => e.key) });
    }
    if (!s.heading) carried = subject;
  }
  return { claims, entities };
}
