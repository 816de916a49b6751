/**
 * The company a merger makes: "giving the combined group sales of about $7.1 billion", "creating a snack group
 * with annual sales of roughly $7.1 billion". Its figures are neither merging company's.
 */
import type { SubjectRef } from "./subject.js";

const BODY = String.raw`(?:group|company|business|entity|firm|bank|airline|giant|powerhouse|system|network|chain|operator|provider|insurer|lender|carrier|retailer)`;
const TILL_FIGURE = String.raw`\b(?:(?![.;]|\bbut\b).){0,80}$`;
/** "the combined group", "the enlarged company": the merged company named as such. */
const COMBINED = new RegExp(String.raw`\b(?:the|a|an|its)\s+(?:combined|enlarged|merged|expanded)\s+(?:[\p{Ll}-]+\s+)?${BODY}${TILL_FIGURE}`, "iu");
/** "creating a snack group with", "to form a 38-hospital system with": said of a merger, what it makes. */
const CREATED = new RegExp(String.raw`\b(?:creating|create|creates|created|forming|form|forms|formed)\s+(?:a|an)\s+(?:[\p{L}\d-]+\s+){0,2}${BODY}${TILL_FIGURE}`, "iu");
const MERGER = /\b(?:merg\w*|combin\w*|takeover|tie-up|acqui\w*|buy|buys|bought|deal)\b/i;

export const COMBINED_SUBJECT: SubjectRef = { key: "role:combined", label: "the combined company" };

/** The merged company when the clause before the figure names it as what the figure belongs to. */
export function combinedEntity(text: string, clauseStart: number, at: number): SubjectRef | undefined {
  const before = text.slice(Math.max(clauseStart, at - 110), at);
  if (!/\b(?:combin|enlarg|merg|expand|creat|form)/i.test(before)) return undefined;
  return COMBINED.test(before) || (CREATED.test(before) && MERGER.test(text)) ? COMBINED_SUBJECT : undefined;
}
