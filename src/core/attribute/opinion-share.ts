/** The share of people who hold a view: "21% of parents say they are unsure", "Twelve per cent ... are undecided". */

const VIEW = /^\s*(?:%|percent|per\s+cent)?(?:\s+of\s+[^.;%\d]{1,50}?)?\s+(?:(?:say|said|says)\s+(?:they\s+)?(?:are|were)|are|were|remain|remained|felt|feel|described\s+themselves\s+as)\s+(?:still\s+|now\s+)?(unsure|undecided|uncertain|hesitant|opposed|against|in\s+favou?r|satisfied|dissatisfied|unhappy|happy|worried|concerned)\b/i;
const VIEW_NAME: Record<string, string> = {
  unsure: "unsure", undecided: "unsure", uncertain: "unsure", hesitant: "unsure",
  opposed: "opposed", against: "opposed", satisfied: "satisfied", happy: "satisfied",
  dissatisfied: "dissatisfied", unhappy: "dissatisfied", worried: "worried", concerned: "worried",
};

/** "pct:view:unsure" and the like, from the words after a percentage. */
export function opinionShare(after: string): string | undefined {
  const m = VIEW.exec(after);
  if (!m) return undefined;
  const view = m[1].toLowerCase().replace(/\s+/g, " ");
  return `pct:view:${VIEW_NAME[view] ?? (view.startsWith("in favo") ? "in-favour" : view)}`;
}
