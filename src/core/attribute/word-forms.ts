/** Word forms: a verb's stem, a plural noun's singular, and nouns outlets use for one thing. */
/** Stems of one verb written differently: irregular past forms ("lost" is "losing"'s verb), and synonyms. */
const VERB_SYNONYM: Record<string, string> = { shut: "clos", shutter: "clos", lost: "los", sold: "sell", bought: "buy", built: "build", made: "mak", paid: "pay", won: "win", caught: "catch", took: "tak", taken: "tak", gave: "giv", given: "giv", stole: "steal", stolen: "steal", brought: "bring", examin: "survey", inspect: "survey", studi: "survey", assess: "survey", sampl: "survey", pas: "reach", top: "reach", surpas: "reach", cros: "reach", exceed: "reach", order: "buy", purchas: "buy", fit: "install", instal: "install", donat: "giv", bequeath: "giv", gift: "giv", discover: "find", identifi: "find", uncover: "find", relocat: "mov", translocat: "mov", transfer: "mov" };
export function stemOf(word: string): string {
  // "bring", "sing", "string": -ing that is the verb itself.
  const stem = /^(?:br|s|r|sw|st|spr|str|cl|fl|wr)ing$/.test(word) ? word : word.replace(/(?:ing|ed|es|s)$/, "").replace(/(.)\1$/, "$1").replace(/e$/, "");
  // "found" is find's past ("found 27 species"); "founded" is another verb.
  if (word === "found") return "find";
  return VERB_SYNONYM[word] ?? VERB_SYNONYM[stem] ?? stem;
}
/** Nouns of an action, and the verb they name: "the relocation of 263 elephants" is what "relocated" says. */
const NOMINAL_VERB: Record<string, string> = { relocation: "relocated", translocation: "relocated", transfer: "transferred", installation: "installed", construction: "built", demolition: "demolished", destruction: "destroyed", closure: "closed", sale: "sold", purchase: "purchased", removal: "removed", release: "released", delivery: "delivered", evacuation: "evacuated", rescue: "rescued", seizure: "seized", capture: "captured" };
/** The verb an action's noun or gerund before "of" stands for: "the culling of", "the relocation of". */
export function verbOfAction(word: string): string | undefined {
  return /^\p{Ll}{3,}ing$/u.test(word) ? word : NOMINAL_VERB[word];
}
/** A plural noun's singular: "crashes" -> "crash", "injuries" -> "injury", "homes" -> "home". */
export function singular(word: string): string {
  if (/^(?:species|series|news|means|headquarters)$/.test(word)) return word;
  // "wolves", "knives", "thieves", "halves": the -ves plurals of -f and -fe nouns ("lives" is kept: a count of lives).
  const ves = /^(?:wol|hal|cal|shel|thie|lea|loa|el|sel|dwar|scar|whar)ves$|^(?:kni|wi)ves$/.exec(word);
  if (ves) return word.replace(/ves$/, /^(?:kni|wi)ves$/.test(word) ? "fe" : "f");
  // "buses", "viruses", "bonuses" (not "houses", "causes").
  if (/[^aeiou]uses$/.test(word)) return word.slice(0, -2);
  return word.replace(/ies$/, "y").replace(/(?<=(?:ch|sh|ss|x|z))es$/, "").replace(/(?<=[^s])s$/, "");
}

/** Compound nouns for one thing: "charging points", "charge points", "charging stations" are chargers. */
const COMPOUND_NOUN: [RegExp, string][] = [
  [/(?:charging|charge)\s+(?:points?|stations?|posts?|ports?)\b|^\s+(?:public\s+|private\s+)?(?:ev|electric\s+vehicle)\s+chargers\b/iu, "charger"],
  // "45 rescue workers", "rescue crews", "rescue personnel": rescuers.
  [/^\s*(?:[\p{L}-]+\s+)?rescue\s+(?:workers|crews|personnel|teams|staff|specialists)\b/iu, "rescuer"],
];
const COMPOUND_CUE = /charg|rescue/i;
/** The one thing a noun phrase names when it is a known compound ("public charging points" is "charger"). */
export function compoundOf(phrase: string): string | undefined {
  if (!COMPOUND_CUE.test(phrase)) return undefined;
  return COMPOUND_NOUN.find(([re]) => re.test(phrase))?.[1];
}

/** The compound noun a count names right after its number ("12,000 public electric vehicle charging points"). */
export function compoundNoun(after: string): string | undefined {
  if (!COMPOUND_CUE.test(after)) return undefined;
  return compoundOf(/^\s+(?:(?!(?:of|in|at|near|for|with|and|to|from|on|by)\s)[\p{L}-]+\s*){1,6}/u.exec(after)?.[0] ?? "");
}

/** Nouns outlets use for one thing: counted under one name. */
export const NOUN_SYNONYM: Record<string, string> = { shop: "store", car: "vehicle", suv: "vehicle", sedan: "vehicle", minivan: "vehicle", automobile: "vehicle", lorry: "truck", airplane: "aircraft", plane: "aircraft", jet: "aircraft", airliner: "aircraft", jetliner: "aircraft", vessel: "ship", boat: "ship", report: "incident", "first-year": "student:first-year", fresher: "student:first-year", undergraduate: "student:undergraduate", postgraduate: "student:postgraduate", majority: "vote:margin" };

