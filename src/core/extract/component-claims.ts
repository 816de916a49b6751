/**
 * Entity claims: which named part a story's product is built around. "is powered by the Corvane X7 processor",
 * "runs on the Corvane X9 chip", a spec sheet's "Processor: Corvane X7". Sources that name different parts of one
 * kind disagree (compared as other entity claims are).
 */
import type { EntityMention } from "../resolve/gazetteer.js";
import type { LocalClaim } from "./sentence-claims.js";

/** Part nouns, under one name each. */
const PART: Record<string, string> = { processor: "chip", chip: "chip", chipset: "chip", engine: "engine", engines: "engine", motor: "motor" };
const USES_BEFORE = /\b(?:powered\s+by|runs\s+on|run\s+on|running\s+on|built\s+(?:around|on)|based\s+on|uses|use|using|fitted\s+with|equipped\s+with)\s+(?:the\s+|an?\s+|its\s+|a\s+new\s+)?(?:two\s+|three\s+|four\s+|twin\s+)?$/i;
const PART_AFTER = /^\s+(processor|chipset|chip|engines?|motor)\b/i;
const LABEL_BEFORE = /^[\s*•-]*(Processor|Chip|Chipset|Engine|Motor)\s*:\s*$/;

export function componentClaims(text: string, entities: EntityMention[]): LocalClaim[] {
  if (!entities.length || !/\b(?:processor|chip|chipset|engines?|motor|Processor|Chip|Engine)\b/.test(text)) return [];
  const out: LocalClaim[] = [];
  for (const e of entities) {
    const label = LABEL_BEFORE.exec(text.slice(0, e.start));
    const part = label?.[1] ?? (USES_BEFORE.test(text.slice(Math.max(0, e.start - 30), e.start)) ? PART_AFTER.exec(text.slice(e.end, e.end + 12))?.[1] : undefined);
    if (!part) continue;
    const kind = PART[part.toLowerCase()];
    const value = text.slice(e.start, e.end);
    out.push({ kind: "entity", start: e.start, end: e.end, text: value, value, measure: `component:${kind}`, subject: `the ${kind}`, subjectLabel: `the ${kind}`, time: "", qualifiers: [] });
  }
  return out;
}
