/** One rule per conflict kind, with help text: SARIF rules and GitHub annotation titles come from here. */

export interface Rule {
  id: string;
  name: string;
  short: string;
  help: string;
}

const RULES: Record<string, Omit<Rule, "id">> = {
  money: { name: "MoneyConflict", short: "Sources disagree on an amount of money", help: "Two independent sources give amounts for the same subject, measure and period that cannot both be true, after hedges (about, at least, up to) and rounding. Check which figure is right, or say why they differ (a different period, an additional amount, a different currency)." },
  count: { name: "CountConflict", short: "Sources disagree on a count", help: "Two independent sources count the same thing (people killed, employees, units) differently, beyond what their hedges allow. Tolls often change as a story develops: check the latest figure and its date." },
  percent: { name: "PercentConflict", short: "Sources disagree on a percentage", help: "Two independent sources give different percentages for the same measure and period." },
  date: { name: "DateConflict", short: "Sources disagree on a date", help: "Two independent sources date the same event differently." },
  age: { name: "AgeConflict", short: "Sources disagree on an age", help: "Two independent sources give a person different ages. A year apart may be a birthday between reports." },
  duration: { name: "DurationConflict", short: "Sources disagree on a duration", help: "Two independent sources give the same contract, sentence or term different lengths." },
  magnitude: { name: "MagnitudeConflict", short: "Sources disagree on a magnitude", help: "Two independent sources give the same earthquake or event different magnitudes. Early estimates are often revised." },
  score: { name: "ScoreConflict", short: "Sources disagree on a score", help: "Two independent sources give the same game different scores." },
  entity: { name: "EntityConflict", short: "Sources disagree on what something is called", help: "Independent sources name a different product, model or thing for the same subject and role." },
  "name-spelling": { name: "NameSpelling", short: "A name is spelled two ways", help: "Near-identical spellings of one person's name in independent sources: one of them is probably a typo." },
};

export function ruleFor(kind: string): Rule {
  const r = RULES[kind] ?? { name: "Conflict", short: "Sources disagree", help: "Independent sources disagree on one fact." };
  return { id: `claimcheck/${kind}`, ...r };
}

/**
 * The value to point at: for a conflict a baseline already knew, the value that is new since; otherwise
 * the first (best supported) value. Returns its index in `values`.
 */
export function primaryValue(c: { baselineState?: string; values: { baselineState?: string }[] }): number {
  if (c.baselineState === "updated") {
    const i = c.values.findIndex((v) => v.baselineState === "new");
    if (i >= 0) return i;
  }
  return 0;
}
