/**
 * Money a court or a jury awards: "A jury ordered Brennick Motors to pay $48 million", "Jurors awarded $48
 * million to the family", "a $84 million verdict" are the verdict's amount; "$36 million in punitive damages" is
 * a part of it, a fact of its own.
 */
const COURT = /\b(?:jury|jurors|juries|court|judge|tribunal|arbitrators?|verdict)\b/i;
const AWARD_BEFORE = /\b(?:awarded|awards|award|awarding|ordered|orders|order|ordering)\b/i;
const PART_BEFORE = /\b(punitive|compensatory|exemplary)\s+$/i;
/** Measures a verdict's amount is read as without the court in view. */
const PLAIN = /^(?:pay|damage|commitment|price)$/;

export function courtMeasure(text: string, clauseStart: number, clauseEnd: number, valueStart: number, found?: { measure: string; start: number }): string | undefined {
  if (found?.measure === "damage") {
    const part = PART_BEFORE.exec(text.slice(Math.max(0, found.start - 20), found.start));
    if (part) return `${part[1].toLowerCase()} damage`;
  }
  if (found && !PLAIN.test(found.measure)) return undefined;
  const clause = text.slice(clauseStart, clauseEnd);
  if (!COURT.test(clause)) return undefined;
  return AWARD_BEFORE.test(text.slice(clauseStart, valueStart)) || /\bverdict\b/i.test(text.slice(valueStart, clauseEnd)) ? "damage" : undefined;
}
