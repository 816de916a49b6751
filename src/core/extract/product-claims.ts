/**
 * Entity claims: what a subject's product is called. "Anthropic, known for its Mythos model",
 * "Anthropic's 'Mythos' AI model", "Anthropic PBC, the developer behind ... the model Claude".
 */
import type { EntityMention } from "../resolve/gazetteer.js";
import type { LocalClaim } from "./sentence-claims.js";
import { clauseSubject, isPossessive } from "../attribute/subject.js";
import { clausesOf, wordsOf } from "../attribute/words.js";

const PRODUCT = "(series|franchise|pill|pills|model|models|chatbot|chatbots|assistant|phone|phones|smartphone|drug|drugs|vaccine|vaccines|rocket|rockets|spacecraft|car|cars|game|games|console|chip|chips|processor|processors|accelerator|accelerators|satellite|aircraft|jet|drone|truck|SUVs|SUV|suvs|suv|sedan|sedans|minivan|minivans|pickup|pickups|crossover|crossovers|tablet|laptop|headset|robot|engine|browser|film|movie|album|novel)";
const SINGULAR = "(series|franchise|pill|model|chatbot|assistant|phone|smartphone|drug|vaccine|rocket|spacecraft|car|game|console|chip|processor|accelerator|satellite|aircraft|jet|drone|truck|SUV|suv|sedan|minivan|pickup|crossover|tablet|laptop|headset|robot|engine|browser|film|movie|album|novel)";
const NAME = "['‘\"]?(\\p{Lu}[\\p{L}\\d-]*(?:\\s\\p{Lu}[\\p{L}\\d-]*){0,2}(?:\\s\\d+(?:\\.\\d+)?)?)['’\"]?";
const NAME_BEFORE = new RegExp(`${NAME}\\s+(?:(?:family|line|range|suite)\\s+of\\s+)?(?:(?:AI|AI-powered|large language|language|flagship|new|latest|advanced|reasoning|frontier|electric|mobile|(?!(?:the|a|an|its|their|has|had|is|was|and|or|of|for|new)\\b)\\p{Ll}[\\p{L}-]*)\\s+){0,2}${PRODUCT}\\b`, "gu");
const NAME_AFTER = new RegExp(`\\b(?:${PRODUCT},?\\s+(?:like|such as|including|called|named|dubbed|known as)|${SINGULAR})\\s+${NAME}`, "gu");
/** "released Kavala 3, its latest language model", "launched Kavala 3, the newest version of its AI model". */
const NAME_APPOSITIVE = new RegExp(`${NAME},\\s+(?:its|their|the\\s+(?:newest|latest|new|next)\\s+(?:version|generation|edition)\\s+of\\s+its)\\s+(?:(?!(?:and|or|of|for|with)\\b)[\\p{L}-]+\\s+){0,3}?${PRODUCT}\\b`, "gu");
const RELEASED_BETWEEN = /^\s+(?:has\s+|have\s+|also\s+|on\s+\p{Lu}\p{Ll}+\s+)?(?:released|launched|unveiled|introduced|debuted|announced|shipped)\s+$/u;
const APPOSITIVE = /,\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}(?:company|developer|designer|maker|creator|firm|startup|start-up|lab|laboratory|manufacturer|studio|group|outfit|business)\s+(?:behind|of|that\s+(?:makes|made|developed|builds|created)|(?:best\s+)?known\s+for)\b/iu;
const OWNING_VERB = /\b(?:known for|develop\w*|build\w*|creat\w*|mak\w*|train\w*|launch\w*|releas\w*|behind|own\w*|recall\w*|unveil\w*|manufactur\w*)\b/i;
const NOT_PRODUCT_NAME = /^(AI|The|A|An|This|That|Its|Their|New|Generative|Large|Language|GPU|CPU|US|UK|EU|[A-Z])$/;

/** Product nouns that name one kind of thing: an AI "model", "chatbot" or "assistant"; a "phone" or "smartphone";
 * a "chip", "processor" or "accelerator";
 * a creative "work" (game, series, film, album). */
const PRODUCT_FAMILY: Record<string, string> = { pill: "drug", franchise: "work", serie: "work", series: "work", game: "work", album: "work", novel: "work", film: "work", chatbot: "model", assistant: "model", smartphone: "phone", processor: "chip", accelerator: "chip", jet: "aircraft", suv: "vehicle", sedan: "vehicle", minivan: "vehicle", pickup: "vehicle", crossover: "vehicle", drug: "drug", vaccine: "drug", movie: "work" };

const HAS_PRODUCT_NOUN = new RegExp(`\\b${PRODUCT}\\b|\\baboard\\b`);
const LAUNCH_WORD = /\b(?:launch(?:ed|es|ing)?|lift(?:ed|s)?\s+off|blast(?:ed|s)?\s+off|took\s+off\s+for\s+orbit|into\s+orbit)\b/i;
const ABOARD = /\b(?:aboard|atop)\s+(?:a|an|the)\s+(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?(?:\s\d+(?:\.\d+)?)?)/gu;
const NOT_VEHICLE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

export function productClaims(text: string, entities: EntityMention[]): LocalClaim[] {
  if (!entities.length || !HAS_PRODUCT_NOUN.test(text)) return [];
  const out: LocalClaim[] = [];
  const words = wordsOf(text);
  const clauses = clausesOf(text);
  const add = (raw: string, nameStart: number, product: string, at: number, end: number, expand: boolean, ownedBy?: EntityMention) => {
    const found = raw.replace(/\s+(?:AI|AI-powered|Web|Online|Pro|Plus)$/, ""); // "the Claude AI model" names Claude
    // After the product noun, a name that starts a longer name is that name: "such as AWS Trainium".
    const whole = expand ? entities.find((e) => e.start === nameStart) : undefined;
    const name = whole && whole.end - whole.start > found.length ? text.slice(whole.start, whole.end) : found;
    // A word inside a longer name ("Amazon Bedrock") is not a product name by itself.
    if (NOT_PRODUCT_NAME.test(name) || entities.some((e) => e.start < nameStart && nameStart < e.end)) return;
    if (entities.some((e) => e.label.toLowerCase() === name.toLowerCase() && !/\s/.test(name) && e.start !== nameStart)) return;
    const owner = ownedBy ?? ownerOf(text, words, clauses, entities, at, nameStart);
    if (!owner || owner.label.toLowerCase() === name.toLowerCase()) return;
    const noun = product.toLowerCase().replace(/s$/, "");
    const measure = `product:${PRODUCT_FAMILY[noun] ?? noun}`;
    out.push({ kind: "entity", start: nameStart, end: nameStart + name.length, text: text.slice(at, end), value: name, measure, subject: owner.key, subjectLabel: owner.label, time: "", qualifiers: [] });
  };
  for (const m of text.matchAll(NAME_BEFORE)) {
    const nameStart = (m.index ?? 0) + m[0].indexOf(m[1]);
    add(m[1], nameStart, m[2], m.index ?? 0, (m.index ?? 0) + m[0].length, false);
  }
  // "lifted off on Thursday aboard a Falcon 9": what carried a launch is its rocket, named or not.
  if (LAUNCH_WORD.test(text)) {
    for (const m of text.matchAll(ABOARD)) {
      const nameStart = (m.index ?? 0) + m[0].length - m[1].length;
      if (!NOT_VEHICLE.test(m[1]) && !/^\s+rockets?\b/.test(text.slice(nameStart + m[1].length))) add(m[1], nameStart, "rocket", m.index ?? 0, nameStart + m[1].length, false, clauseSubject(m.index ?? 0, text, words, clauses, entities));
    }
  }
  for (const m of text.matchAll(NAME_APPOSITIVE)) {
    const nameStart = (m.index ?? 0) + m[0].indexOf(m[1]);
    // ("as Sylvar released Kavala 3, its ...": the one who released it, named right before the verb.)
    const releaser = [...entities].reverse().find((e) => e.end <= nameStart && RELEASED_BETWEEN.test(text.slice(e.end, nameStart)));
    add(m[1], nameStart, m[2], m.index ?? 0, (m.index ?? 0) + m[0].length, false, releaser);
  }
  for (const m of text.matchAll(NAME_AFTER)) {
    const nameStart = (m.index ?? 0) + m[0].lastIndexOf(m[3]);
    add(m[3], nameStart, m[1] ?? m[2], m.index ?? 0, (m.index ?? 0) + m[0].length, true);
  }
  return out;
}

function ownerOf(
  text: string,
  words: ReturnType<typeof wordsOf>,
  clauses: ReturnType<typeof clausesOf>,
  entities: EntityMention[],
  at: number,
  nameStart: number,
): EntityMention | undefined {
  const from = Math.min(at, nameStart);
  // "Anthropic's advanced 'Mythos' AI model", "Anthropic's models, such as Claude"
  const poss = entities.find((e) => isPossessive(e, text) && e.end <= from && /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}['‘"]?$/u.test(text.slice(e.end, from)));
  if (poss) return poss;
  // "Anthropic PBC, the developer behind the ... model Claude"
  for (const e of entities) {
    if (e.end > from) break;
    const between = text.slice(e.end, from);
    if (APPOSITIVE.test(between) && APPOSITIVE.exec(between)!.index === 0 && between.length < 90) return e;
  }
  // "known for its Mythos model", "developing models like Claude": the clause's subject owns it.
  const lead = text.slice(Math.max(0, from - 40), from);
  if (/\bits\s+(?:[\p{L}-]+\s+){0,2}['‘"]?$/iu.test(lead) || OWNING_VERB.test(lead)) {
    return clauseSubject(from, text, words, clauses, entities);
  }
  return undefined;
}
