/**
 * A name standing right before a figure in a second, verbless part of a list: "The Unity Party has 45% support and
 * the Reform Bloc 38%", "... is on 45% and the Reform Bloc on 36%". The figure is that name's.
 */
import type { EntityMention } from "../resolve/gazetteer.js";

const JOINED = /(?:\band|\bwhile|\bwhereas|\bbut|,)\s+(?:the\s+)?$/i;
const GAP = /^\s+(?:on|at|with)?\s*(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+)?$/i;

export function gappedSubject(text: string, entities: EntityMention[], at: number): EntityMention | undefined {
  const e = entities.find((x) => x.end <= at && at - x.end <= 16 && GAP.test(text.slice(x.end, at)));
  return e && JOINED.test(text.slice(Math.max(0, e.start - 12), e.start)) ? e : undefined;
}
