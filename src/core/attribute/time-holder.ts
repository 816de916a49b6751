/** Whose race or lap time a sentence gives. */
import type { EntityMention } from "../resolve/gazetteer.js";
import { inLexicon } from "../nlp/compromise.js";
import { isPersonShaped } from "../extract/entities.js";
import type { SubjectRef } from "./subject.js";

/**
 * A name of two or three capitalised words none of which the lexicon knows: a person's name whose given name the
 * lexicon lacks ("Dawit Bekele", "Selam Girma"), not "Strandvik Marathon" or "Golden Gate".
 */
function looksLikePerson(e: EntityMention): boolean {
  return isPersonShaped(e.label) && e.label.split(" ").every((w) => !inLexicon(w));
}

/**
 * A race or lap time is the person's the sentence names: one with a known given name, else a person-looking name
 * before the time ("2 ; Dawit Bekele ; ETH ; 2:06:58", "Selam Girma of Ethiopia won in 2:21:09"), and only when the
 * sentence names no such person the last one named before it. A sentence of a results table ("2 ; Dawit Bekele ; ETH ;
 * 2:06:58 ;") comes after other people, so the row's own name takes the place of the last one.
 */
export function timeHolder(entities: EntityMention[], at: number, isPersonName: (e: EntityMention) => boolean, lastPerson: SubjectRef | undefined): SubjectRef {
  // (Only in place of the last person: with no one named before, the time stays the story's.)
  const named = entities.find(isPersonName) ?? (lastPerson ? [...entities].reverse().find((e) => e.end <= at && looksLikePerson(e)) : undefined);
  return named ? { key: named.key, label: named.label } : lastPerson ?? { key: "", label: "" };
}
