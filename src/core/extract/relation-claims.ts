/**
 * Entity claims: which company runs, owns or built a thing. "The ship, operated by Tidemark Line", "a container ship
 * operated by Marlow Shipping", "the plant, which is owned by Verity Power". The thing is named by its noun (the
 * ship, the plant): sources that give it different operators disagree, unless one names both (checked later).
 */
import type { EntityMention } from "../resolve/gazetteer.js";
import type { LocalClaim } from "./sentence-claims.js";

const RELATION = /\b(operated|owned|run|managed|chartered|leased|built|made|manufactured)\s+by\s+(?:the\s+)?/g;
const ROLE: Record<string, string> = { operated: "operator", run: "operator", managed: "operator", chartered: "operator", leased: "operator", owned: "owner", built: "maker", made: "maker", manufactured: "maker" };
/** Things a company runs, owns or builds, counted under one noun each. */
const THING = /^(ship|vessel|tanker|freighter|ferry|liner|plane|aircraft|jet|airliner|helicopter|train|bus|plant|factory|mine|refinery|reactor|pipeline|rig|platform|hotel|hospital|casino|stadium|arena|airport|port|terminal|dam|tower|warehouse|facility|well|satellite|rocket)s?$/;
const THING_SYNONYM: Record<string, string> = { vessel: "ship", freighter: "ship", liner: "ship", plane: "aircraft", jet: "aircraft", airliner: "aircraft" };
/** The thing's noun, then at most a comma or "which is": "ship, operated by", "plant that is owned by". */
const THING_BEFORE = /(\p{Ll}+)\s*,?\s+(?:(?:which|that)\s+(?:is|was|are|were)\s+|(?:is|was|are|were)\s+)?$/u;

export function relationClaims(text: string, entities: EntityMention[]): LocalClaim[] {
  if (!entities.length || !/\bby\b/.test(text)) return [];
  const out: LocalClaim[] = [];
  for (const m of text.matchAll(RELATION)) {
    const at = m.index ?? 0;
    const nameStart = at + m[0].length;
    const company = entities.find((e) => e.start === nameStart);
    if (!company) continue;
    const before = THING_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    if (!before || !THING.test(before[1])) continue;
    const noun = before[1].replace(/s$/, "");
    const thing = THING_SYNONYM[noun] ?? noun;
    const thingStart = at - before[0].length;
    const label = text.slice(company.start, company.end);
    out.push({ kind: "entity", start: company.start, end: company.end, text: text.slice(thingStart, company.end), value: label, measure: `${ROLE[m[1]]}:${thing}`, subject: `the ${thing}`, subjectLabel: `the ${thing}`, time: "", qualifiers: [] });
  }
  return out;
}
