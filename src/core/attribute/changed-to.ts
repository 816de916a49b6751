/**
 * Whose figure a change or a wish takes something to: "to expand the 18,500-seat Marrowgate Park to 25,000
 * seats", "wants Marrowgate Park, currently 18,500 seats, to hold 28,000 fans". The name acted on owns it.
 */
import type { EntityMention } from "../resolve/gazetteer.js";

const HEDGED = "(?:about\\s+|around\\s+|roughly\\s+|some\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+|up\\s+to\\s+|over\\s+)?";
const CHANGE_TO_AFTER = new RegExp(`^\\s+to\\s+${HEDGED}$`, "i");
export const CHANGE_VERB_BEFORE = /\b(?:expand|expands|expanding|expanded|enlarge|enlarges|enlarging|enlarged|increase|increases|increasing|increased|raise|raises|raising|raised|boost|boosts|boosting|boosted|cut|cuts|cutting|reduce|reduces|reducing|reduced|lift|lifts|lifting|lifted|grow|grows|growing|extend|extends|extending|extended|shrink|shrinks|shrinking|upgrade|upgrades|upgrading|upgraded)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}\d,.-]+\s+){0,2}$/iu;
const WISH_TO_AFTER = new RegExp(`^(?:\\s*,[^;.]{1,40}?,)?\\s+to\\s+(?:hold|seat|house|accommodate|reach|employ|serve|carry|have)\\s+${HEDGED}$`, "i");
const WISH_BEFORE = /\b(?:wants?|wanted|plans?|planned|expects?|expected|hopes?|hoped|needs?|needed|allows?|allowed|helps?|helped)\s+(?:the\s+)?$/i;


export function changedTo(at: number, entities: EntityMention[], text: string): EntityMention | undefined {
  return entities.find(
    (e) =>
      e.end <= at &&
      ((CHANGE_TO_AFTER.test(text.slice(e.end, at)) && CHANGE_VERB_BEFORE.test(text.slice(Math.max(0, e.start - 60), e.start))) ||
        (WISH_TO_AFTER.test(text.slice(e.end, at)) && WISH_BEFORE.test(text.slice(Math.max(0, e.start - 30), e.start)))),
  );
}
