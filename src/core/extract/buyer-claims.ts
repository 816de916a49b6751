/**
 * Entity claims: who is buying a company. "Ravelin Software has agreed to be acquired by Dunmark", "Kinsale Capital
 * to buy Ravelin Software", "Ravelin Software agrees $1.2 billion sale to Dunmark", "Dunmark paid $1.2bn for Ravelin".
 * The company bought is the subject, its buyer the value: sources naming different buyers disagree (unless one names
 * both, checked later). Talks, bids and past deals say nothing of who is buying. (A done deal in the passive, "has
 * been bought by", is relation-claims.ts's.)
 */
import type { EntityMention } from "../resolve/gazetteer.js";
import type { LocalClaim } from "./sentence-claims.js";

const ASIDE = String.raw`(?:\s*,[^,;]{1,90},)?`;
const AMOUNT = String.raw`(?:(?:about\s+|around\s+|roughly\s+)?[£$€][\d.,]+\s*(?:million|m|bn|billion)?\s+)?`;
/** Target first: "has agreed to be acquired by", "agrees $1.2 billion sale to". */
const SOLD_TO = new RegExp(String.raw`^${ASIDE}\s+(?:(?:has\s+|have\s+)?(?:agreed|agrees)\s+to\s+be|will\s+be|is\s+to\s+be|is\s+being|to\s+be|is\s+set\s+to\s+be)\s+(?:acquired|bought|purchased|taken\s+over)\s+by\s+(?:the\s+)?$|^${ASIDE}\s+(?:has\s+)?(?:agreed|agrees|agreeing)\s+(?:to\s+)?(?:an?\s+)?${AMOUNT}(?:sale|takeover|buyout)\s+(?:to|by)\s+(?:the\s+)?$`, "iu");
/** Buyer first: "has agreed to acquire", "to buy", "is buying", "paid $1.2bn for". */
const BUYS = new RegExp(String.raw`^${ASIDE}\s+(?:(?:has|have)\s+(?:agreed|agreed\s+to|struck\s+a\s+deal\s+to)\s+|agreed\s+to\s+|agrees\s+to\s+|will\s+|is\s+to\s+|is\s+set\s+to\s+|plans\s+to\s+|to\s+|is\s+|has\s+)?(?:acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchase|purchases|purchased|purchasing|take\s+over|takes\s+over|took\s+over|taking\s+over)\s+(?:the\s+|rival\s+|smaller\s+)?$|^${ASIDE}\s+(?:paid|pays|is\s+paying|will\s+pay)\s+${AMOUNT}for\s+(?:the\s+)?$`, "iu");
const NOT_THIS = /\b(?:talks?|bids?|offers?|approach\w*|consider\w*|could|may|might|would|failed|reject\w*|rebuff\w*|walked|pulled|previously|last\s+year|(?:19|20)\d\d|rumou?r\w*|reportedly|interest\w*|stake|shares)\b/i;

export function buyerClaims(text: string, entities: EntityMention[]): LocalClaim[] {
  if (entities.length < 2 || !/\b(?:acqui|bought|buy|purchas|took\s+over|tak\w+\s+over|sale|paid|pays|paying)/i.test(text)) return [];
  const out: LocalClaim[] = [];
  for (let i = 0; i + 1 < entities.length; i++) {
    const a = entities[i];
    // The next name after the verb (an aside's names are skipped by the pattern's reach, not by position).
    for (const b of entities.slice(i + 1, i + 4)) {
      const between = text.slice(a.end, b.start);
      const sold = SOLD_TO.test(between);
      const bought = !sold && BUYS.test(between);
      if ((!sold && !bought) || NOT_THIS.test(between.replace(/^\s*,[^,;]{1,90},/, "")) || a.key === b.key) continue;
      const [buyer, target] = sold ? [b, a] : [a, b];
      const label = text.slice(buyer.start, buyer.end);
      out.push({ kind: "entity", start: buyer.start, end: buyer.end, text: label, value: label, measure: "buyer", subject: target.key, subjectLabel: target.label, time: "", qualifiers: [] });
      break;
    }
  }
  return out;
}
