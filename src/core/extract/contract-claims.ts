/**
 * Entity claims: which firm won a contract or tender. "Tamber Rail has won the contract to build Feltham's new tram
 * line", "has awarded the £480m contract for its new tram line to Oakmoor Transit", "Tamber Rail chosen to build
 * line". Sources that name different winners of the story's contract disagree (unless one names both, checked
 * later). Past contracts ("won a similar contract in 2019") are no claim about this one.
 */
import type { EntityMention } from "../resolve/gazetteer.js";
import type { LocalClaim } from "./sentence-claims.js";
import { isFirstName } from "../nlp/compromise.js";

const AMOUNT = String.raw`(?:[£$€][\d.,]+\s*(?:million|m|bn|billion)?\s+|[\d.,]+\s+(?:million\s+|billion\s+)?(?:euros?|dollars?|pounds?)\s+)?`;
const CONTRACT = String.raw`(?:contract|tender|deal|franchise|concession)`;
/** "Tamber Rail has won the contract", "Oakmoor Transit was awarded the £480m deal", "Tamber Rail chosen to build". */
const WON_IT = new RegExp(String.raw`^\s+(?:has\s+|have\s+|had\s+)?(?:won|wins|secured|secures|landed|lands|clinched|clinches|was\s+awarded|has\s+been\s+awarded|have\s+been\s+awarded|is\s+awarded|were\s+awarded)\s+(?:the\s+|a\s+)?${AMOUNT}(?:[\p{L}-]+\s+){0,3}?${CONTRACT}\b|^\s+(?:has\s+been\s+|was\s+|were\s+|is\s+)?(?:chosen|picked|selected|appointed)\s+to\s+(?:build|run|operate|deliver|construct)\b`, "iu");
/** "awarded the £480m contract for its new tram line to Oakmoor Transit". */
const AWARDED_TO = new RegExp(String.raw`\b(?:awarded|awards|awarding|gave|given|handed)\s+(?:the\s+|a\s+)?${AMOUNT}(?:[\p{L}'’-]+\s+){0,3}?${CONTRACT}\b[^.;]{0,80}?\bto\s+$`, "iu");
/** Earlier or lost contracts say nothing of this one. */
const NOT_THIS = /\b(?:last\s+year|previous(?:ly)?|similar|(?:19|20)\d\d|not|n['’]t|never|lost|failed|bid\s+for|shortlisted)\b/i;

export function contractClaims(text: string, entities: EntityMention[]): LocalClaim[] {
  if (!entities.length || !/\b(?:contract|tender|deal|franchise|concession|chosen|picked|selected)\b/i.test(text)) return [];
  const out: LocalClaim[] = [];
  for (const e of entities) {
    if (e.label.includes(" ") && isFirstName(e.label.split(" ")[0])) continue; // a firm, not a person
    const right = WON_IT.exec(text.slice(e.end, e.end + 120));
    const left = right ? null : AWARDED_TO.exec(text.slice(Math.max(0, e.start - 160), e.start));
    const span = right ? text.slice(e.end, e.end + right[0].length + 40) : left ? left[0] : "";
    if ((!right && !left) || NOT_THIS.test(span)) continue;
    const label = text.slice(e.start, e.end);
    out.push({ kind: "entity", start: e.start, end: e.end, text: label, value: label, measure: "contract:winner", subject: "the contract", subjectLabel: "the contract", time: "", qualifiers: [] });
  }
  return out;
}
