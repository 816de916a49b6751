/**
 * Entity claims: which yard or maker builds the story's new thing, said as an order or a contract rather than
 * "built by": "has ordered a 5,200-passenger cruise ship from the Italian shipbuilder Harlan Yards", "signed a
 * contract with Kestrel Marine to build a new cruise ship", "Harlan Yards will build Carrow Line's next cruise
 * ship". The claim is the maker of the thing's noun, as "built by" gives it (relation-claims).
 */
import type { EntityMention } from "../resolve/gazetteer.js";
import type { LocalClaim } from "./sentence-claims.js";
import { singular } from "../attribute/word-forms.js";

/** Things a maker builds to order, under one noun each. */
const BUILT = /^(ship|vessel|liner|ferry|tanker|freighter|frigate|submarine|icebreaker|yacht|aircraft|jet|plane|airliner|train|locomotive|tram|bus|satellite|rocket|telescope|reactor|turbine)s?$/;
const SYNONYM: Record<string, string> = { vessel: "ship", liner: "ship", freighter: "ship", plane: "aircraft", jet: "aircraft", airliner: "aircraft" };
/** "ordered a 5,200-passenger cruise ship from the Italian shipbuilder": the thing, then the maker's name. */
const ORDERED_FROM = /\b(?:ordered|orders|ordering|bought|buys|buying|purchased|purchases)\s+(?:an?|the|its|their|two|three|four|five|six|\d+)\s+[^.;]{0,60}?\b(\p{Ll}+)\s+from\s+(?:the\s+|an?\s+)?(?:[\p{Ll}-]+\s+|\p{Lu}\p{Ll}+\s+(?=\p{Ll})){0,3}$/u;
/** "a contract with Kestrel Marine to build", "Harlan Yards will build": the maker, then the thing. */
const TO_BUILD = /^\s+(?:will|is\s+to|is\s+set\s+to|has\s+been\s+(?:chosen|picked|selected|hired)\s+to|was\s+(?:chosen|picked|selected|hired)\s+to|to)\s+build\s+((?:[\p{L}\d,'’-]+\s*){1,6})/u;
const CONTRACT_WITH = /\b(?:contract|deal|agreement|order)\s+with\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

export function builderClaims(text: string, entities: EntityMention[]): LocalClaim[] {
  if (!entities.length || !/\b(?:build|ordered|orders|ordering|bought|buys|buying|purchased|purchases)\b/.test(text)) return [];
  const out: LocalClaim[] = [];
  for (const e of entities) {
    const left = text.slice(Math.max(0, e.start - 140), e.start);
    const ordered = ORDERED_FROM.exec(left);
    let noun = ordered?.[1];
    if (!noun) {
      const right = text.slice(e.end, e.end + 120);
      const built = TO_BUILD.exec(right);
      const bare = /^\s+to\s/.test(right);
      // "a contract with Kestrel Marine to build"; or, with "will build", the name opening the sentence.
      if (built && (CONTRACT_WITH.test(left) ? bare : !bare && /^[\s"“]*$/.test(left))) noun = built[1].split(/[\s,]+/).find((w) => BUILT.test(singular(w)));
    }
    const one = noun && singular(noun);
    if (!one || !BUILT.test(one)) continue;
    const thing = SYNONYM[one] ?? one;
    out.push({ kind: "entity", start: e.start, end: e.end, text: text.slice(e.start, e.end), value: text.slice(e.start, e.end), measure: `maker:${thing}`, subject: `the ${thing}`, subjectLabel: `the ${thing}`, time: "", qualifiers: [] });
  }
  return out;
}
