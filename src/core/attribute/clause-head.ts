/**
 * The thing a clause is about when it opens with a plural noun and says how it moved: "Burglaries in Ashcombe
 * fell 12% last year to 4,310", "Car thefts went up 6% to 1,870". The noun names both the change and the level.
 */
import { isCommonWord } from "../nlp/compromise.js";
import { singular } from "./word-forms.js";
import type { EntityMention } from "../resolve/gazetteer.js";

const MOVED = String.raw`(?:have\s+|has\s+|had\s+)?(?:fell|fallen|rose|risen|dropped|climbed|increased|decreased|declined|jumped|grew|grown|slipped|plunged|soared|surged|slumped|tumbled|went\s+up|went\s+down)`;
/** Who reported the change, before it: "Halvorsen told reporters that imports had jumped 28%". */
const REPORTED = String.raw`((?:[^,;:"“]{0,60}?\b(?:said|says|told\s+(?:reporters|journalists|analysts|lawmakers|parliament|the\s+\p{Ll}+)|reported|announced|showed|shows|found)\s+(?:that\s+)?))?`;
const HEAD = String.raw`^[\s"“]*` + REPORTED + String.raw`(?:the\s+)?(?:number\s+of\s+)?(?:([\p{L}][\p{Ll}-]+)\s+)?(\p{L}\p{Ll}{2,}s)(?:\s+(stolen|burgled|burglarized|killed|arrested|evicted|injured))?(?:\s+(?:in|at|across|on|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*){1,3}|\s+(?:to|at|in|across)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*['’]s(?:\s+[\p{L}\d-]+){1,3})?\s+`;
const CHANGE = String.raw`(?:by\s+)?(?:about\s+|almost\s+|nearly\s+|some\s+|around\s+)?`;
const HEAD_CHANGE = new RegExp(HEAD + MOVED + String.raw`\s+` + CHANGE + "$", "diu");
const HEAD_LEVEL = new RegExp(HEAD + MOVED + String.raw`\s+` + CHANGE + String.raw`[\d.,]+\s*(?:%|percent|per\s+cent)\s+(?:(?:last|this)\s+(?:year|month|quarter|week)\s+|in\s+\d{4}\s+)?to\s+$`, "diu");

/** Determiners and words that cannot modify the head noun. */
const NOT_MODIFIER = /^(?:the|its|their|his|her|our|these|those|total|overall|annual|monthly|average)$/;

/** The head noun (with a modifier the lexicon knows) and where the noun starts, for the caller to check against names. */
export interface Head {
  noun: string;
  at: number;
}

/** "vehicles stolen" are thefts, "people killed" deaths: the event a participle after the noun names. */
const EVENT_OF: Record<string, string> = { stolen: "theft", burgled: "burglary", burglarized: "burglary", killed: "death", arrested: "arrest", evicted: "eviction", injured: "injury" };

function headOf(m: RegExpExecArray | null): Head | undefined {
  if (!m) return undefined;
  if (m[4]) return { noun: EVENT_OF[m[4].toLowerCase()], at: m.indices![3][0] };
  const noun = m[3].toLowerCase();
  const mod = m[2]?.toLowerCase();
  // "Passenger numbers rose 21%": the passengers' count changed, as "passengers rose 21%" says.
  if (mod && !NOT_MODIFIER.test(mod) && /^(?:numbers|figures|totals|counts)$/.test(noun)) return { noun: singular(mod), at: m.indices![2][0] };
  const modifier = mod && !NOT_MODIFIER.test(mod) && isCommonWord(mod) ? `${mod} ` : "";
  return { noun: `${modifier}${singular(noun)}`, at: m.indices![3][0] };
}

const inName = (head: Head, clauseStart: number, entities: EntityMention[]) => entities.some((e) => e.start <= clauseStart + head.at && clauseStart + head.at < e.end);

/** "Burglaries in Ashcombe fell 12%": the change's measure, from the clause's head noun (when it is no name). */
export function headChange(text: string, clauseStart: number, at: number, entities: EntityMention[], dir: string): { measure: string; reported: boolean } | undefined {
  const m = HEAD_CHANGE.exec(text.slice(clauseStart, at));
  const head = headOf(m);
  // "Halvorsen told reporters that imports had jumped 28%": the change is the noun's, not the speaker's.
  return head && !inName(head, clauseStart, entities) ? { measure: `pct:${head.noun}:${dir}`, reported: !!m![1] } : undefined;
}

/** "Burglaries in Ashcombe fell 12% last year to 4,310": the level a clause's head noun moved to counts that noun. */
export function headLevel(text: string, clauseStart: number, at: number, entities: EntityMention[]): { measure: string; people: boolean } | undefined {
  const head = headOf(HEAD_LEVEL.exec(text.slice(clauseStart, at)));
  if (!head || inName(head, clauseStart, entities)) return undefined;
  return { measure: head.noun, people: false };
}
