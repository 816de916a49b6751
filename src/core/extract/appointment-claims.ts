/**
 * Entity claims: who was appointed to lead a body. "Norvale Bank has appointed Priya Desai as its next chief
 * executive", "Norvale Bank picks Anita Rao as CEO", "Priya Desai has been named chief executive of Norvale Bank".
 * Sources that name different people for one body's new post disagree (unless one names both: checked later).
 * Only appointments count: the person being succeeded ("replacing Graham Ellis") is named by no appointing verb.
 */
import type { EntityMention } from "../resolve/gazetteer.js";
import type { LocalClaim } from "./sentence-claims.js";
import { DATELINE, isPersonShaped } from "./entities.js";

const APPOINT = "(?:appoint(?:s|ed|ing)?|nam(?:e|es|ed|ing)|pick(?:s|ed|ing)?|ch(?:ose|oose|ooses|osen|oosing)|hir(?:e|es|ed|ing)|select(?:s|ed|ing)?|tap(?:s|ped|ping)?|promot(?:e|es|ed|ing)|elect(?:s|ed|ing)?)";
/** A government's posts: "finance minister", "minister of finance", "health secretary", "attorney general". */
const GOVERNMENT_POST = "(?:(?:[a-z]+\\s+){0,2}minister(?:\\s+(?:of|for)\\s+(?:the\\s+)?[a-z]+)?|(?:[a-z]+\\s+)?secretary(?:\\s+(?:of|for)\\s+(?:the\\s+)?[a-z]+)?|attorney\\s+general|ambassador\\s+to\\s+[A-Z][a-z]+|chancellor)";
const ROLE = "(" + GOVERNMENT_POST + "|chief\\s+executive(?:\\s+officer)?|CEO|chief\\s+financial\\s+officer|CFO|chief\\s+operating\\s+officer|COO|chair(?:man|woman|person)?|president|head\\s+coach|coach|manager|managing\\s+director|director(?:-general|\\s+general)?|governor|editor|principal|conductor|music\\s+director|artistic\\s+director|(?:deputy\\s+)?leader)";
/** "interim chief executive", "acting CEO": a stand-in's post, apart from the permanent one. */
const STAND_IN = "((?:interim|acting)\\s+)?";
/** "... Dan Pollard, its chief operating officer, as chief executive": a post held now, set off by commas, may come first. */
const ROLE_AFTER = new RegExp(`^(?:\\s*,\\s*(?:its|the|their|his|her|a|an)\\s+[^,;]{1,60},)?\\s*,?\\s+(?:as|to\\s+be)\\s+(?:its|their|the|his|her)?\\s*(?:new\\s+|next\\s+|permanent\\s+|first\\s+(?:female\\s+|woman\\s+)?)?${STAND_IN}${ROLE}\\b`, "iu");
/** "Daniel Okafor will take over as interim CEO", "Karen Voss, the group's finance chief, becomes interim chief executive". */
const TAKES_POST = new RegExp(`^\\s*(?:,[^,;]{1,80},\\s*)?(?:will\\s+|is\\s+to\\s+|would\\s+|has\\s+)?(?:take|takes|took|taking|taken)\\s+over\\s+as|^\\s*(?:,[^,;]{1,80},\\s*)?(?:will\\s+|is\\s+to\\s+|would\\s+)?(?:becomes?|became|become|is\\s+(?:now\\s+)?|serve\\s+as|serves\\s+as|step\\s+in\\s+as|steps\\s+in\\s+as|stepped\\s+in\\s+as)`, "iu");
const POST_AFTER = new RegExp(`^\\s*(?:the\\s+|its\\s+)?(?:new\\s+|next\\s+)?${STAND_IN}${ROLE}\\b`, "iu");
const PASSIVE_AFTER = new RegExp(`^\\s+(?:has|have|had)?\\s*(?:been|was|is|will\\s+be)\\s+${APPOINT}\\s+(?:as\\s+)?(?:the\\s+|its\\s+)?(?:new\\s+|next\\s+)?${ROLE}\\s+(?:of|at)\\s+(?:the\\s+)?$`, "iu");
/** "has appointed Dr Priya Ostby", "has named trade minister Harriet Pennard": a title between the verb and the name. */
const ACTIVE_BEFORE = new RegExp(`\\b${APPOINT}\\s+(?:(?:the|its|their)\\s+(?:[\\p{L}-]+\\s+){1,3}?\\p{L}+,\\s+|the\\s+\\p{Ll}+\\s+|(?:\\p{Ll}+\\s+)?(?:minister|secretary|chief|executive|director|boss|head|editor|governor|provost|dean)\\s+)?(?:(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms|Judge|Rev)\\.?\\s+)?$`, "iu");
/** "Tomas Reinholt was appointed finance minister": a government post needs no body after it. */
const PASSIVE_POST = new RegExp(`^\\s+(?:has|have|had)?\\s*(?:been|was|is|will\\s+be)\\s+${APPOINT}\\s+(?:as\\s+)?(?:the\\s+|its\\s+)?(?:new\\s+|next\\s+)?(${GOVERNMENT_POST})\\b`, "iu");
const IS_GOVERNMENT_POST = new RegExp(`^${GOVERNMENT_POST}$`, "i");
const ANY_APPOINTING = new RegExp(`\\b${APPOINT}\\b`, "i");
const ANY_TAKING = /\b(?:take|takes|took|taking|taken)\s+over\s+as\b|\bbec(?:ome|omes|ame)\b|\bis\s+(?:now\s+)?the\s+new\b|\bserves?\s+as\b|\bstep(?:s|ped)?\s+in\s+as\b/i;

/** One name for each post, however a source writes it. */
function post(role: string): string {
  // "minister of finance" is the finance minister; "the new" and "its" say nothing of the post.
  const r = role.toLowerCase().replace(/\s+/g, " ").replace(/^(minister|secretary) (?:of|for) (?:the )?(\S+)$/, "$2 $1");
  if (/^(?:chief executive|chief executive officer|ceo)$/.test(r)) return "ceo";
  if (/^(?:chief financial officer|cfo)$/.test(r)) return "cfo";
  if (/^(?:chief operating officer|coo)$/.test(r)) return "coo";
  if (/^chair/.test(r)) return "chair";
  if (/^(?:head coach|coach)$/.test(r)) return "coach";
  return r;
}

/** A name that can be a person's. */
const personLike = (e: EntityMention) => isPersonShaped(e.label);

export function appointmentClaims(text: string, entities: EntityMention[]): LocalClaim[] {
  if (!entities.length || !(ANY_APPOINTING.test(text) || ANY_TAKING.test(text))) return [];
  const out: LocalClaim[] = [];
  const datelineEnd = DATELINE.exec(text)?.[0].length ?? 0;
  for (const person of entities) {
    if (!personLike(person)) continue;
    // "Norvale Bank has appointed Priya Desai as its next chief executive": the body before the verb.
    const active = ACTIVE_BEFORE.test(text.slice(Math.max(0, person.start - 30), person.start)) ? ROLE_AFTER.exec(text.slice(person.end, person.end + 80)) : null;
    // The sentence's first body, after any dateline ("STERLING, Va., June 1 - Star Technologies Inc said it has appointed").
    const body = active ? entities.find((e) => e.start >= datelineEnd && e.end <= person.start && !personLike(e)) : undefined;
    // A government post is the government's, the story's own ("Prime Minister Elin Varga appointed Tomas Reinholt as finance minister").
    if (active && IS_GOVERNMENT_POST.test(active[2].replace(/\s+/g, " "))) {
      out.push(claim(text, person, undefined, post(active[2])));
      continue;
    }
    // "The company named its finance chief, Karen Voss, as interim chief executive": the body may go unnamed
    // (the story's, found when compared).
    if (active) {
      out.push(claim(text, person, body, standIn(active[1]) + post(active[2]), !body));
      continue;
    }
    const takes = TAKES_POST.exec(text.slice(person.end, person.end + 120));
    const taken = takes ? POST_AFTER.exec(text.slice(person.end + takes[0].length, person.end + takes[0].length + 60)) : null;
    // "He became chief executive in 2015": an earlier appointment is no claim about this one.
    if (taken && !/^[^.;]{0,40}?\b(?:in|since)\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\b/i.test(text.slice(person.end + takes![0].length + taken[0].length))) {
      const named = entities.find((e) => e.start >= datelineEnd && e !== person && !personLike(e) && !IS_GOVERNMENT_POST.test(taken[2]));
      out.push(claim(text, person, named, standIn(taken[1]) + post(taken[2]), !named && !IS_GOVERNMENT_POST.test(taken[2])));
      continue;
    }
    const governed = PASSIVE_POST.exec(text.slice(person.end, person.end + 90));
    if (governed) {
      out.push(claim(text, person, undefined, post(governed[1])));
      continue;
    }
    // "Priya Desai has been named chief executive of Norvale Bank": the body after the post.
    const after = entities.find((e) => e.start > person.end && !personLike(e) && e.start - person.end < 90);
    const passive = after ? PASSIVE_AFTER.exec(text.slice(person.end, after.start)) : null;
    if (after && passive) out.push(claim(text, person, after, post(passive[1])));
  }
  return out;
}

const standIn = (word: string | undefined) => (word ? `${word.trim().toLowerCase()} ` : "");

/** The claim; with no body named, the government's ("") or, for a company's post (`unnamed`), the story's body. */
function claim(text: string, person: EntityMention, body: EntityMention | undefined, role: string, unnamed = false): LocalClaim {
  const label = text.slice(person.start, person.end);
  return { kind: "entity", start: person.start, end: person.end, text: label, value: label, measure: `appointed:${role}`, subject: unnamed ? undefined : body?.key ?? "", subjectLabel: unnamed ? undefined : body?.label ?? "", time: "", qualifiers: [] };
}
