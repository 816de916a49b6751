import type { EntityMention } from "../resolve/gazetteer.js";
import type { SubjectRef } from "./subject.js";

/** Whose shares a premium is over: the name before "'s closing price" after the figure, or in "per X share" before it. */
export function premiumTarget(text: string, start: number, end: number, entities: EntityMention[]): SubjectRef | undefined {
  const after = entities.find((e) => e.start >= end && e.start - end <= 60 && /^['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:close|closing|share|stock)\b/iu.test(text.slice(e.end, e.end + 40)));
  const before = after ? undefined : [...entities].reverse().find((e) => e.end <= start && start - e.end <= 40 && /\b(?:per|a|each)\s+$/i.test(text.slice(Math.max(0, e.start - 6), e.start)) && /^\s+(?:share|stock)\b/i.test(text.slice(e.end, e.end + 8)));
  const e = after ?? before;
  return e ? { key: e.key, label: e.label } : undefined;
}
