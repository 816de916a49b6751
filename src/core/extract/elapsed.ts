/**
 * How many years ago the story's event happened: "lost while gardening 53 years ago", "53 years after losing it".
 * The verb says which event ("since:los"), so "founded 40 years ago" never meets "lost 35 years ago".
 */
import type { NumberMention } from "./scan-numbers.js";
import type { Classified } from "./classify-number.js";
import { stemOf } from "../attribute/word-forms.js";

/** Years only: weeks and days "ago" move with each article's day of publication. */
const AGO_AFTER = /^[\s-](year|decade)s?\s+ago\b/i;
const AFTER_GERUND = /^[\s-](year|decade)s?\s+after\s+(\p{Ll}{3,}ing)\b/iu;
/** Past tenses of events a story dates back: a regular "-ed" or one of these. */
const PAST_VERB = /\b(?:\p{Ll}{3,}ed|lost|found|sank|left|stole|hid|went|fell|broke|built|won|died|began|bought|sold|wrote|met|fled)\b/gu;

/** "lived", "roamed", "walked the earth": when a creature or people lived, however said. */
const LIVED = /^(?:lived|roamed|existed|inhabited|thrived|flourished|walked|dwelt|dwelled)$/;

export function elapsed(text: string, n: NumberMention): Classified | undefined {
  const after = text.slice(n.end);
  const gerund = AFTER_GERUND.exec(after);
  const ago = gerund ? null : AGO_AFTER.exec(after);
  // "banned for four years after testing positive": how long something lasts, not how long ago.
  if ((!gerund && !ago) || /\b(?:for|of|lasting)\s+$/i.test(text.slice(Math.max(0, n.hedgeStart - 12), n.hedgeStart))) return undefined;
  // The event's verb: the gerund after ("after losing it"), else the last past tense before in the clause.
  const left = text.slice(Math.max(0, n.hedgeStart - 60), n.hedgeStart).split(/[,;:]/).at(-1) ?? "";
  const verb = gerund ? gerund[2] : [...left.matchAll(PAST_VERB)].at(-1)?.[0];
  if (!verb || /^(?:said|reported|added|noted|claimed|estimated|announced|started|ended)$/.test(verb)) return undefined;
  const unit = (gerund ?? ago)![1].toLowerCase();
  return { kind: "duration", end: n.end + (gerund ?? ago)![0].length, unit, noun: `since:${LIVED.test(verb) ? "liv" : stemOf(verb)}` };
}
