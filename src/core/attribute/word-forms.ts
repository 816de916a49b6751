/** Word forms: a verb's stem, a plural noun's singular, and nouns outlets use for one thing. */
const VERB_SYNONYM: Record<string, string> = { shut: "clos", shutter: "clos" };
export function stemOf(word: string): string {
  const stem = word.replace(/(?:ing|ed|es|s)$/, "").replace(/(.)\1$/, "$1").replace(/e$/, "");
  return VERB_SYNONYM[stem] ?? stem;
}
/** A plural noun's singular: "crashes" -> "crash", "injuries" -> "injury", "homes" -> "home". */
export function singular(word: string): string {
  return word.replace(/ies$/, "y").replace(/(?<=(?:ch|sh|ss|x|z))es$/, "").replace(/(?<=[^s])s$/, "");
}

/** Nouns outlets use for one thing: counted under one name. */
export const NOUN_SYNONYM: Record<string, string> = { car: "vehicle", suv: "vehicle", sedan: "vehicle", minivan: "vehicle", automobile: "vehicle", lorry: "truck", airplane: "aircraft", plane: "aircraft", vessel: "ship", boat: "ship", report: "incident", "first-year": "student:first-year", fresher: "student:first-year", undergraduate: "student:undergraduate", postgraduate: "student:postgraduate" };

