/** Whose a price, a payment or a fine is, when a name other than the sentence's subject owns it. */
import type { EntityMention } from "../resolve/gazetteer.js";
import { isFirstName } from "../nlp/compromise.js";
import { isPersonShaped } from "../extract/entities.js";

/** The name after "for" (past a parenthesis: "€62m (about £53m) for ..."), or after "paid for" / "spent on". */
export function thingPaidFor(text: string, entities: EntityMention[], end: number): EntityMention | undefined {
  // "the 45 million euros City paid for Luca Brandt": the payer may stand between.
  const m = /^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:(?:\p{Lu}[\p{L}.&-]*\s+){1,3}(?:had\s+|has\s+)?)?(?:paid|spent)\s+)?(?:for|on)\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}\d-]+\s+){0,3}/u.exec(text.slice(end, end + 80));
  // "Harbourne Bank's £8.4bn takeover of Lexmoor", "£8.4bn swoop on Lexmoor": the company bought.
  const deal = DEAL_OF.exec(text.slice(end, end + 60));
  if (deal) return entities.find((e) => e.start === end + deal[0].length);
  if (!m || (/\bon\s/.test(m[0]) && !/\bspent\s+on\s/.test(m[0]))) return undefined;
  return entities.find((e) => e.start === end + m[0].length);
}

const DEAL_OF = /^\s*(?:[\p{Ll}-]+\s+){0,2}?(?:takeover|acquisition|purchase|buyout|swoop)\s+(?:of|on|for)\s+(?:the\s+)?/u;

/** A fine is the fined party's: "the regulator fined Quillet 310 million euros", "Quillet was fined ... by". */
export function finedParty(text: string, entities: EntityMention[], clauseStart: number, at: number): EntityMention | undefined {
  return entities.find(
    (e) =>
      e.end <= at &&
      e.start >= clauseStart &&
      (FINED_BEFORE.test(text.slice(Math.max(clauseStart, e.start - 30), e.start)) || WAS_FINED_AFTER.test(text.slice(e.end, at))),
  );
}
const FINED_BEFORE = /\b(?:fined|fines|fining|penali[sz]ed|penali[sz]es|sanctioned)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;
const WAS_FINED_AFTER = /^\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:\p{Ll}+\s+)?(?:fined|penali[sz]ed|sanctioned|hit\s+with|slapped\s+with|handed|ordered\s+to\s+pay)\b/iu;

/**
 * A price belongs to the thing priced, the nearest name before it ("the Lumen X2 ... priced at $999"), not the
 * seller it came from ("signed Idris Calloway from Sporting Vellano for 62 million euros") nor where it went
 * ("has joined Harbridge", "sold ... to Harbridge"), nor where or on what it is sold ("went on sale for PC,
 * PlayStation and Xbox at $69.99", "in Europe at €899"). A list member joined to such a name is one too.
 */
export function pricedBefore(text: string, entities: EntityMention[], at: number): EntityMention | undefined {
  const notPriced = (e: EntityMention): boolean => {
    if (NOT_PRICED_BEFORE.test(text.slice(Math.max(0, e.start - 16), e.start))) return true;
    // "Meridia Hospitality said the building cost 810 million euros": one who speaks of the price is not the thing.
    if (SPOKE_AFTER.test(text.slice(e.end, e.end + 16))) return true;
    const prev = [...entities].reverse().find((x) => x.end <= e.start);
    return !!prev && LIST_JOIN.test(text.slice(prev.end, e.start)) && notPriced(prev);
  };
  return [...entities].reverse().find((e) => e.end <= at && !notPriced(e));
}
const SPOKE_AFTER = /^\s+(?:said|says|told|announced|added|confirmed|estimated|reported)\b/;
const NOT_PRICED_BEFORE = /\b(?:from|to|joined|joins|joining|for|in|on|(?:acquired|bought|purchased|taken\s+over)\s+by)\s+(?:the\s+)?$/i;
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$/;

/** Nouns a body calls itself by: "the company cost ..." is the body's own figure, not a thing's. */
const SELF_NOUN = /^(?:company|firm|group|business|bank|airline|club|council|government|agency|carrier|retailer|insurer|lender|operator|charity|union|party|developer|maker|chain|authority|department|district|city|state)$/;
const THING_COST = /\b(?:the|its|their)\s+(\p{Ll}+)\s+(?:cost|costs|will\s+cost|would\s+cost|is\s+expected\s+to\s+cost)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|an\s+estimated\s+)?$/u;

/** "said the tour cost $3.4 million", "the building cost 810 million euros": the cost of a thing named by its noun. */
export function thingCost(text: string, clauseStart: number, at: number): { key: string; label: string } | undefined {
  const m = THING_COST.exec(text.slice(Math.max(clauseStart, at - 50), at));
  return m && !SELF_NOUN.test(m[1]) ? { key: `role:${m[1]}`, label: `the ${m[1]}` } : undefined;
}

/** A valuation is of the company invested in: "a $600 million investment in Brightlow AI at a $4.5 billion valuation". */
export function valuedCompany(text: string, entities: EntityMention[], clauseStart: number, at: number): EntityMention | undefined {
  return entities.find((e) => e.start >= clauseStart && e.end <= at && /\b(?:investment|invest|invests|invested|investing|stake|round|funding)\s+in\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 30), e.start)));
}

/**
 * "The research council has given Daventer University £5.4 million": the name the money is handed to, right before
 * the amount (for a gift whose giver the sentence does not name: the receiver is whose it is).
 */
export function givenTo(text: string, entities: EntityMention[], valueStart: number): EntityMention | undefined {
  return entities.find((e) => e.end <= valueStart && /^\s+(?:a\s+(?:further|total\s+of)\s+|an\s+(?:extra|additional)\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+)?$/i.test(text.slice(e.end, valueStart)) && /\b(?:given|gave|give|gives|giving|handed|hands|hand|awarded|awards|award|granted|grants|grant)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 16), e.start)));
}

/** A name that is a person's: two words or more, the first a given name. */
export const isPersonName = (e: EntityMention) => e.label.includes(" ") && isFirstName(e.label.split(" ")[0]);

/**
 * Pay belongs to the person paid: "Bramwell Industries chief executive Karen Osei received $38 million". A contract's
 * worth is the last person's named before it in the sentence ("signed forward Chidi Okoye to a four-year, $120
 * million extension"), the team that signed them or not.
 */
export function payee(text: string, measure: string, entities: EntityMention[], clauseStart: number, at: number): EntityMention | undefined {
  if (measure !== "salary" && measure !== "pay") return undefined;
  const inClause = entities.find((e) => e.end <= at && e.start >= clauseStart && isPersonName(e));
  if (inClause || measure !== "salary") return inClause;
  // (A name not known as a person's is one when a team signs it: "have given Chidi Okoye a ...".)
  return entities.filter((e) => e.end <= at && (isPersonName(e) || (isPersonShaped(e.label) && SIGNED_PERSON.test(text.slice(Math.max(0, e.start - 40), e.start))))).at(-1);
}

const SIGNED_PERSON = /\b(?:signed|signs|re-signed|given|gave|handed|offered|extended|tied|locked\s+up)\s+(?:(?:forward|guard|center|centre|striker|winger|midfielder|defender|goalkeeper|quarterback|pitcher|outfielder|shortstop|catcher|receiver|linebacker|star|player|coach|manager)\s+)?$/;
