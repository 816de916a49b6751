/**
 * People an illness reached: "an outbreak ... has affected 32 patients", "23 patients ... struck down by norovirus";
 * and people hurt by burns or wounds: "19 people were burned", "31 people have suffered burns".
 */
import type { Word } from "./words.js";

/** Words that make a sentence about an illness. */
const ILLNESS = /\b(?:outbreak|virus|bug|infections?|illness|disease|symptoms|norovirus|flu|influenza|measles|covid|salmonella|e\.\s?coli|listeria|legionnaires|food\s+poisoning|sickness|epidemic|cholera|tuberculosis|meningitis|mumps|whooping)\b/i;

/** The role a word gives people when the sentence is about an illness: being affected by it, or struck down. */
export function illnessRole(role: string | undefined, w: Word, text: string, hurtable = true): string | undefined {
  if (role === "affected" && ILLNESS.test(text)) return "infected";
  if (!role && /^(?:struck|laid)$/.test(w.lower) && /^\s+(?:down|low)\b/i.test(text.slice(w.end, w.end + 6)) && ILLNESS.test(text)) return "infected";
  if (role || !hurtable) return role;
  if (/^(?:burned|burnt|scalded)$/.test(w.lower)) return "injured";
  if (/^(?:suffered|sustained)$/.test(w.lower) && HURT_AFTER.test(text.slice(w.end, w.end + 40))) return "injured";
  return role;
}

/** "suffered burns", "sustained minor injuries", "suffered serious head wounds" (not "suffering from gunshot wounds", a state when found). */
const HURT_AFTER = /^\s+(?!from\b)(?:[\p{L}-]+\s+){0,2}?(?:burns|injuries|wounds|fractures|cuts|bruises)\b/u;
