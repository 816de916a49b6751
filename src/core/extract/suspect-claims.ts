/**
 * Entity claims: who is the suspect. "He was named as Marcus Reid" or "Police identified him as Leon Harris" after
 * a sentence about a charge or an arrest, "Marcus Reid, 29, appeared in court charged with ...", "Leon Harris was
 * arrested". Sources naming different people disagree, unless one names both (checked later): a story with two
 * suspects is told by sources that name both.
 */
import type { EntityMention } from "../resolve/gazetteer.js";
import type { LocalClaim } from "./sentence-claims.js";
import { isFirstName } from "../nlp/compromise.js";

const NAMED_AS = /\b(?:named|identified|formally\s+identified)\s+(?:him|her|the\s+(?:man|woman|suspect|accused|teenager|driver)\s+)?\s*as\s+$/i;
const SUSPECT_CONTEXT = /\b(?:charged|arrested|accused|suspect|detained|held\s+on\s+suspicion|custody)\b/i;
const VICTIM_CONTEXT = /\b(?:victim|killed|died|dead|body|deceased|injured|wounded|missing)\b/i;
const CHARGED_AFTER = /^\s*(?:,\s*\d{1,3}\s*,)?(?:\s*,\s*(?:of|from)\s+\p{Lu}[\p{L}'’-]*\s*,)?\s+(?:has\s+been\s+|have\s+been\s+|was\s+|were\s+|is\s+)?(?:charged|arrested|accused|detained|appeared\s+in\s+court\s+(?:charged|accused))\b/u;

const personLike = (e: EntityMention) => /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}$/u.test(e.label) && isFirstName(e.label.split(" ")[0]);

export function suspectClaims(text: string, entities: EntityMention[], previous = ""): LocalClaim[] {
  if (!entities.length || !(SUSPECT_CONTEXT.test(text) || SUSPECT_CONTEXT.test(previous))) return [];
  const out: LocalClaim[] = [];
  for (const e of entities) {
    if (!personLike(e)) continue;
    const named = NAMED_AS.test(text.slice(Math.max(0, e.start - 40), e.start)) && (SUSPECT_CONTEXT.test(text) || SUSPECT_CONTEXT.test(previous)) && !VICTIM_CONTEXT.test(text) && !VICTIM_CONTEXT.test(previous);
    if (!named && !CHARGED_AFTER.test(text.slice(e.end, e.end + 60))) continue;
    const label = text.slice(e.start, e.end);
    out.push({ kind: "entity", start: e.start, end: e.end, text: label, value: label, measure: "identity:suspect", subject: "", subjectLabel: "", time: "", qualifiers: [] });
  }
  return out;
}
