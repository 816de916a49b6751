/**
 * Entity claims: what the story's animal, craft or storm is called. "The calf, named Kito, weighed about 60 kg",
 * "The male calf, named Kiko, was born on August 14", "a rhino calf called Kito". Sources that give the one named
 * thing different names disagree, a spelling apart included (people's names have their own spelling check).
 */
import type { LocalClaim } from "./sentence-claims.js";

const THING = "(calf|cub|chick|foal|pup|kitten|joey|hatchling|panda|elephant|rhino|giraffe|gorilla|orangutan|chimpanzee|tiger|lion|bear|whale|dolphin|otter|penguin|ship|vessel|yacht|rover|probe|satellite|telescope|storm|hurricane|typhoon|cyclone)";
const NAMED = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,3}?${THING}\s*,?\s+(?:(?:who|which)\s+(?:was|has\s+been|is)\s+)?(?:named|called|dubbed|christened)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})`, "gu");

export function namingClaims(text: string): LocalClaim[] {
  if (!/\b(?:named|called|dubbed|christened)\s+\p{Lu}/u.test(text)) return [];
  const out: LocalClaim[] = [];
  for (const m of text.matchAll(NAMED)) {
    const name = m[2];
    const start = m.index! + m[0].length - name.length;
    out.push({ kind: "entity", start, end: start + name.length, text: name, value: name, measure: `name:${m[1]}`, subject: "", subjectLabel: "", time: "", qualifiers: [] });
  }
  return out;
}
