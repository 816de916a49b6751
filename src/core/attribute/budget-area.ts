/**
 * What part of a budget an amount is: "the education budget", "spending on roads", "£6 million for adult social
 * care", "Adult social care gets an extra £6m, taking its budget to £148m". A part of a budget is another figure
 * than the whole budget, as a segment's revenue is not the company's.
 */
import { isCommonWord } from "../nlp/compromise.js";
import { NOT_COUNT_NOUN } from "./lexicon.js";
import { modifierBefore } from "./segment.js";
import type { Word } from "./words.js";

const BUDGETARY = /^(?:budget|spending)$/;

/** Words before "budget" that do not narrow it: who sets it, its stage, its span. */
const WHOLE_BUDGET = /^(?:proposed|draft|final|revised|approved|balanced|entire|whole|city|county|state|federal|council|government|municipal|national|general|main|spending|two-year|biennial|one-year|public|emergency|supplementary|interim|agreed|adopted|latest|original|current|planned|bringing|taking|pushing|raising|lifting|boosting|cutting|increasing|reducing|lowering|putting|making|leaving|setting|getting|sending|driving)$/;

/** Nouns after "on" or "for" that say nothing of a part: the whole plan, or a period. */
const NOT_AREA = /^(?:project|projects|scheme|schemes|plan|plans|programme|programmes|program|programs|work|works|year|years|month|months|quarter|quarters|period|time|decade|term|week|day|today|yesterday|season|night|city|county|state|council|government|town|region|budget|it|them|this|that|next|coming|first|whole|entire)$/;

/** After the words "on"/"for": a run of one to three lower-case words, its last one the head. */
const PURPOSE = /^\s+(?:on|for)\s+(?:the\s+|its\s+|their\s+|local\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u;

/** The area of a budget or spending figure, or undefined when it is the whole. */
export function budgetArea(text: string, words: Word[], trigger: { measure: string; start: number; end: number }, valueEnd: number): string | undefined {
  if (!BUDGETARY.test(trigger.measure)) return undefined;
  // "the police budget", "adult social care's budget". (Not spending: "cloud spending on Amazon Web Services" is
  // the commitment another source calls spending.)
  const compound = trigger.measure !== "budget" ? undefined : modifierBefore(text, words, trigger.start) ?? /\b(\p{Ll}+)['’]s\s+$/u.exec(text.slice(Math.max(0, trigger.start - 30), trigger.start))?.[1];
  if (compound && !WHOLE_BUDGET.test(compound) && !NOT_AREA.test(compound)) return compound;
  // "spending on roads", "£6 million for adult social care", "spend £148m on adult social care".
  for (const at of trigger.end <= valueEnd ? [trigger.end, valueEnd] : [valueEnd]) {
    const purpose = PURPOSE.exec(text.slice(at, at + 60));
    if (!purpose) continue;
    const phrase = purpose[1].split(/\s+/);
    const stop = phrase.findIndex((w) => NOT_COUNT_NOUN.test(w));
    const head = (stop >= 0 ? phrase.slice(0, stop) : phrase).at(-1);
    if (head && head.length > 2 && !NOT_AREA.test(head) && (isCommonWord(head) || /s$/.test(head))) return head;
  }
  return undefined;
}

/**
 * "Adult social care gets an extra £6m, taking its budget to £148m": "its" is the sentence's topic when the
 * sentence opens on a thing (no name) that receives money. Returns that thing, lower-cased.
 */
export function receivingTopic(text: string, triggerStart: number): string | undefined {
  if (!/\b(?:its|their)\s+(?:[\p{Ll}-]+\s+)?$/u.test(text.slice(Math.max(0, triggerStart - 24), triggerStart))) return undefined;
  const m = /^[\s"“]*(\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{Ll}-]*){0,3})\s+(?:gets|get|got|receives|receive|received|will\s+(?:get|receive)|is\s+(?:given|allocated|awarded)|are\s+(?:given|allocated|awarded)|has\s+been\s+(?:given|allocated|awarded)|have\s+been\s+(?:given|allocated|awarded))\b/u.exec(text);
  if (!m || !isCommonWord(m[1].split(/\s+/)[0].toLowerCase())) return undefined;
  return m[1].toLowerCase();
}
