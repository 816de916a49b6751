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
  if (!role && TAKEN_TO.test(w.lower) && takenToHospital(text, w)) return "hospital:taken";
  if (role || !hurtable) return role;
  if (/^(?:burned|burnt|scalded)$/.test(w.lower)) return "injured";
  if (/^(?:suffered|sustained)$/.test(w.lower) && HURT_AFTER.test(text.slice(w.end, w.end + 40))) return "injured";
  return role;
}

/** People carried to hospital: "Fourteen children were taken to hospital" (counted apart from the injured and the admitted). */
const TAKEN_TO = /^(?:taken|rushed|flown|airlifted|ferried|brought|transported|driven|sent|carried)$/;
const TO_HOSPITAL = /^\s+(?:\p{Ll}+\s+)?to\s+(?:[\p{L}'’&-]+\s+){0,3}?(?:hospitals?|A&E|infirmary|infirmaries|medical\s+cent(?:er|re)s?|trauma\s+cent(?:er|re)s?)\b/u;

/**
 * Not hospitals counted ("transported to four different hospitals"), nor people the phrase only describes ("Three
 * patients taken to the hospital had been discharged": a verb follows).
 */
function takenToHospital(text: string, w: Word): boolean {
  const m = TO_HOSPITAL.exec(text.slice(w.end, w.end + 60));
  if (!m || /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|dozens?)\b/i.test(m[0])) return false;
  const auxiliary = /\b(?:were|was|been|be|are|is|being|got|get)\s+$/i.test(text.slice(Math.max(0, w.start - 8), w.start));
  return auxiliary || !/^\s+(?:[\p{Ll}-]+\s+){0,4}?(?:had|have|has|were|was|are|is|will|would|remain|remained|remains|died)\b/iu.test(text.slice(w.end + m[0].length, w.end + m[0].length + 50));
}

/** "suffered burns", "sustained minor injuries", "suffered serious head wounds" (not "suffering from gunshot wounds", a state when found). */
const HURT_AFTER = /^\s+(?!from\b)(?:[\p{L}-]+\s+){0,2}?(?:burns|injuries|wounds|fractures|cuts|bruises)\b/u;
