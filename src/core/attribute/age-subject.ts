/** Whose an age is ("Brandt, 25,", "the 24-year-old gunman", "died aged 93"), and which model a figure is of. */
import type { EntityMention } from "../resolve/gazetteer.js";
import type { NumberMention } from "../extract/scan-numbers.js";
import type { Word } from "./words.js";
import type { SubjectRef } from "./subject.js";
import { isFirstName } from "../nlp/compromise.js";

const DIED_AT = /^(?:\s*,[^;]{1,100}?,)?\s+(?:has\s+|had\s+)?died\b[^.;,]{0,40}?\b(?:aged|at\s+the\s+age\s+of|at\s+age|at)\s+$/i;

/** The model a sentence singles out before a figure: "the 11-inch models", a name with a digit ("Vista 2"). */
export function modelIn(left: string, entities: EntityMention[]): SubjectRef | undefined {
  const inch = [...left.matchAll(/\b(\d{1,2}(?:\.\d)?)-inch\b/g)].pop();
  if (inch) return { key: `model:${inch[1]}-inch`, label: `the ${inch[1]}-inch model` };
  return namedModel(left, entities);
}

/** The last name with a number in it before the figure: "the Aero 7, its new flagship phone, with a 5,000mAh battery". */
export function namedModel(left: string, entities: EntityMention[]): SubjectRef | undefined {
  const named = entities.filter((e) => e.end <= left.length && /\d/.test(e.label)).pop();
  return named ? { key: named.key, label: named.label } : undefined;
}

/** "Brandt, 25,", "the 24-year-old gunman", "aged 30, John Smith". */
export function ageSubject(text: string, n: NumberMention, end: number, entities: EntityMention[], words: Word[]): SubjectRef | undefined {
  const left = entities.find((e) => /^\s*,\s*(?:a\s+|an\s+|the\s+)?$/.test(text.slice(e.end, n.hedgeStart)) || (/^\s*,?\s+(?:is|was)\s+$/.test(text.slice(e.end, n.hedgeStart)) && isFirstName(e.label.split(" ")[0])) || /^\s*,\s*(?:aged|age|who\s+(?:is|was))\s+$/i.test(text.slice(e.end, n.hedgeStart)));
  if (left) return { key: left.key, label: left.label };
  // "Maria Etxano, the last speaker of Vasken, has died at the age of 93", "died on Saturday aged 98": the one who died.
  const died = entities.find((e) => e.end <= n.hedgeStart && DIED_AT.test(text.slice(e.end, n.hedgeStart)) && e.label.includes(" ") && isFirstName(e.label.split(" ")[0]));
  if (died) return { key: died.key, label: died.label };
  // "Tamara, an Asian elephant ..., has died at Norrland Zoo at the age of 61", "its elephant Tamara ... has died
  // aged 16": the last name before "died" that is no place after a preposition and no possessive.
  const verb = /\b(?:has\s+|had\s+)?died\b/.exec(text.slice(0, n.hedgeStart));
  const dier = verb && DIED_AT.test(text.slice(Math.max(0, verb.index - 1), n.hedgeStart)) ? [...entities].reverse().find((e) => e.end <= verb.index && !/\b(?:at|in|of|from|to|near|by|for|with)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 10), e.start)) && !/^['’]/.test(text.slice(e.end, e.end + 1))) : undefined;
  if (dier) return { key: dier.key, label: dier.label };
  // "25-year-old Marcus Delgardo", "26-year-old plumber Jeremy Lewis": a person's name right after.
  const right = entities.find((e) => e.start >= end && e.start - end < 25 && /^\s*(?:\p{Ll}[\p{L}-]*\s+)?,?\s*$/u.test(text.slice(end, e.start)) && isFirstName(e.label.split(" ")[0]) && e.label.includes(" "));
  if (right) return { key: right.key, label: right.label };
  const role = words.find((w) => w.start >= end && w.start - end <= 2);
  if (role && /^[a-z]/.test(text.slice(role.start, role.end)) && /^(gunman|suspect|shooter|attacker|driver|pilot|victim|hiker|climber|mountaineer|skier|snowboarder|cyclist|pedestrian|motorist|swimmer|surfer|diver|walker|jogger|runner|kayaker|camper|hunter|fisherman|angler|tourist)$/.test(role.lower)) {
    return { key: `role:${role.lower}`, label: `the ${role.lower}` };
  }
  return undefined;
}
