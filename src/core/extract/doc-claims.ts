/** Every claim of one article: sentence by sentence, carrying the subject within a paragraph. */
import type { Claim, Sentence } from "../types.js";
import { Gazetteer, isTitleCase, type EntityMention } from "../resolve/gazetteer.js";
import { claimsOfSentence, type LocalClaim } from "./sentence-claims.js";
import { productClaims } from "./product-claims.js";
import { relationClaims } from "./relation-claims.js";
import { builderClaims } from "./builder-claims.js";
import { componentClaims } from "./component-claims.js";
import { appointmentClaims } from "./appointment-claims.js";
import { winnerClaims } from "./winner-claims.js";
import { contractClaims } from "./contract-claims.js";
import { buyerClaims } from "./buyer-claims.js";
import { categoryWinnerClaims } from "./category-winner-claims.js";
import { suspectClaims } from "./suspect-claims.js";
import { namingClaims } from "./naming-claims.js";
import { matchScoreClaims } from "./match-scores.js";
import { nthEventClaims } from "./nth-event.js";
import type { SubjectRef } from "../attribute/subject.js";
import { isFirstName } from "../nlp/compromise.js";
import { newAntecedents, noteNames } from "../attribute/anaphora.js";
import { personLabels } from "./person-names.js";

/** A correction's account of what an earlier version wrongly said. */
const RETRACTED = /\b(?:an?\s+)?(?:earlier|previous|prior)\s+version\s+of\s+(?:this|the)\s+(?:article|story|report|piece)\b/i;

/** "About Tidewater Energy", "Notes to editors", "Media contact": the sections that close a press release. */
const BOILERPLATE = /^[\s*#]*(?:About\s+(?:\p{Lu}[\p{L}\d&.'’-]*\s*){1,6}|Notes?\s+to\s+editors?|Media\s+(?:contacts?|enquiries)|For\s+further\s+information)[\s*:]*$/u;

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
  let boilerplate = false;
  /** The sentence before in the paragraph ("Police have charged a man ... He was named as Marcus Reid"). */
  let previousText = "";
  for (const s of sentences) entities.push(gaz.entities(s.text, s.heading && isTitleCase(s.text), s.heading));
  // A person's name: a given name first, or a surname the article also uses alone ("Emeka Okafor" ... "Okafor").
  const people = personLabels(sentences, entities);
  const isPerson = (label: string) => label.includes(" ") && (isFirstName(label.split(" ")[0]) || people.has(label));
  for (const [i, s] of sentences.entries()) {
    if (s.paragraph !== paragraph) {
      previousText = "";
      carried = undefined;
      paragraph = s.paragraph;
    }
    const ents = entities[i];
    // "Correction: An earlier version of this article said the plant would create 1,200 jobs": a figure withdrawn.
    if (RETRACTED.test(s.text)) continue;
    // A press release's "About Tidewater Energy" closing section: the company's standing description, not the story.
    if (s.heading && BOILERPLATE.test(s.text)) boilerplate = true;
    if (boilerplate) continue;
    const { claims: local, subject } = claimsOfSentence({ text: s.text, entities: ents, carried, year, lastPerson: ante.lastPerson, ante, previousCount });
    previousCount = local.filter((c) => c.kind === "count").at(-1);
    noteNames(ante, ents, isPerson, s.text);
    const products = [...productClaims(s.text, ents), ...relationClaims(s.text, ents), ...builderClaims(s.text, ents), ...componentClaims(s.text, ents), ...appointmentClaims(s.text, ents), ...winnerClaims(s.text, ents), ...contractClaims(s.text, ents), ...buyerClaims(s.text, ents), ...categoryWinnerClaims(s.text, ents), ...suspectClaims(s.text, ents, previousText), ...namingClaims(s.text), ...matchScoreClaims(s.text), ...nthEventClaims(s.text)];
    const names = ents.filter((e) => !isSpeaker(e, s.text) && !isNearPlace(e, s.text)).map((e) => e.key);
    for (const c of [...local, ...products]) {
      claims.push({ ...c, doc, sentence: s.index, start: s.start + c.start, end: s.start + c.end, names });
    }
    if (!s.heading) carried = subject;
    previousText = s.text;
  }
  return { claims, entities };
}

/** "near Amberlyn", "in the hills east of Amberlyn": a place a thing is near names no one its figure could belong to. */
function isNearPlace(e: EntityMention, text: string): boolean {
  return /\b(?:near|outside|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\s+$/i.test(text.slice(Math.max(0, e.start - 20), e.start));
}

/**
 * "..., transport director Paulo Ferraz said", "according to Paulo Ferraz": a person who tells the figure names
 * no one the figure could belong to.
 */
function isSpeaker(e: EntityMention, text: string): boolean {
  if (!(e.label.includes(" ") && isFirstName(e.label.split(" ")[0]))) return false;
  return /^\s*,?\s*(?:said|says|told|added|explained|noted|wrote)\b/.test(text.slice(e.end, e.end + 16)) || /\b(?:said|says|according\s+to)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, e.start - 40), e.start));
}
