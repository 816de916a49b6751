/**
 * Definite descriptions that point back to a name: "The union seeks a 12% raise" (the Brenner Dockworkers
 * Union), "The company said" (the last company named), "The 24-year-old forward signed a four-year deal" and
 * "The Ghanaian, 24," (the last person named). News text names a subject once and describes it after.
 */
import type { SubjectRef } from "./subject.js";

/** What the article has named so far, for descriptions to point back to. */
export interface Antecedents {
  lastPerson?: SubjectRef;
  /** The last organisation-like name (its last word is a designator: "Motors", "Union", "Pharmaceuticals"). */
  lastOrg?: SubjectRef;
  /** The last name ending in each word ("union" -> Brenner Dockworkers Union). */
  byHead: Map<string, SubjectRef>;
}

const PERSON_HEAD = /^(?:\d+-year-old|forward|striker|midfielder|defender|goalkeeper|keeper|winger|full-back|centre-back|left-back|right-back|playmaker|international|youngster|signing|recruit|player|coach|manager|champion|winner|runner-up|star|veteran|captain|rookie|singer|actor|actress|author|writer|artist|founder|executive|chief|official|minister|mayor|governor|senator|president|suspect|victim|teenager|man|woman|boy|girl|alumna|alumnus|graduate|retiree|teacher|doctor|nurse|driver|pilot|climber|swimmer|runner|skier|cyclist|spaniard|frenchman|frenchwoman|briton|dutchman|swede|dane|finn|pole|turk|greek|scot|argentine|filipino|filipina|thai|swiss|irish|welsh|\p{Lu}\p{Ll}+(?:ian|ean|ese))$/u;
/** Nouns any company can be described by. */
const GENERIC_ORG = /^(?:company|firm|group|carmaker|automaker|truckmaker|chipmaker|drugmaker|retailer|lender|insurer|startup|maker|manufacturer|developer|conglomerate|business|brand)$/;
const ORG_DESIGNATOR = /^(?:inc|corp|corporation|co|ltd|llc|plc|group|holdings|motors|pharmaceuticals|pharma|bank|air|airlines|airways|shipping|seafood|systems|technologies|labs|capital|partners|energy|power|media|sports|industries|entertainment|semiconductor|devices|foods|retail|telecom|networks|software|ai|robotics|therapeutics|biotech|logistics|union|authority|council|agency|board)$/i;

export function newAntecedents(): Antecedents {
  return { byHead: new Map() };
}

/** Record the names of a sentence, in order. `isPerson`: the name starts with a given name. */
export function noteNames(ante: Antecedents, names: { key: string; label: string; start?: number; end?: number }[], isPerson: (label: string) => boolean, text?: string): void {
  // "Renata Obiore won ..., defeating Paul Dremmel. The 52-year-old ...": the first person a sentence names is
  // mostly its subject, the one the next sentence's description points back to.
  let personSeen = false;
  let orgSeen = false;
  for (const e of names) {
    const ref = { key: e.key, label: e.label };
    // "its fantasy game Ember Tide", "the blood pressure drug Calvectra": the noun in front names what it is, so
    // "the game" later points back to it.
    const kind = text !== undefined && e.start !== undefined ? KIND_BEFORE.exec(text.slice(Math.max(0, e.start - 40), e.start)) : null;
    if (kind && !NOT_KIND.test(kind[1])) ante.byHead.set(kind[1], ref);
    if (isPerson(e.label)) {
      if (!personSeen) ante.lastPerson = ref;
      personSeen = true;
      continue;
    }
    // "Skelmir Air, a regional carrier that ...": an appositive after the name says what it is.
    const after = text !== undefined && e.end !== undefined ? KIND_AFTER.exec(text.slice(e.end, e.end + 50)) : null;
    if (after && !NOT_KIND.test(after[1])) ante.byHead.set(after[1].toLowerCase(), ref);
    const words = e.label.split(/\s+/);
    const last = words[words.length - 1];
    if (words.length > 1) ante.byHead.set(last.toLowerCase(), ref);
    // "Skelmir Air" ... "the airline": a name's last word says what kind of body it is.
    for (const kind of KIND_OF_DESIGNATOR[last.toLowerCase()] ?? []) if (words.length > 1) ante.byHead.set(kind, ref);
    // "Brightlow AI has closed a round, led by Featherby Capital. The company ...": the first company a sentence
    // names is mostly its subject, as with people.
    if (ORG_DESIGNATOR.test(last) && !orgSeen) {
      ante.lastOrg = ref;
      orgSeen = true;
    }
  }
}

/** ", a regional carrier that", ", the country's largest lender,": what an appositive says a name is. */
const KIND_AFTER = /^,\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}?(\p{Ll}{4,})(?=\s*,|\s+(?:that|which|who|with|based|founded|in|from|of)\b)/u;
/** Kinds of body a name's last word makes it. */
const KIND_OF_DESIGNATOR: Record<string, string[]> = {
  air: ["airline", "carrier"], airlines: ["airline", "carrier"], airways: ["airline", "carrier"], bank: ["lender"], motors: ["carmaker", "automaker"],
  pharmaceuticals: ["drugmaker"], shipping: ["shipper", "operator"], university: ["school", "institution"], hospital: ["trust"],
  academy: ["school"], college: ["school"],
};
const KIND_BEFORE = /\b(?:its|their|his|her|the|a|an|new)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}{3,})\s+$/u;
/** Words before a name that do not say what it is. */
const NOT_KIND = /^(?:and|or|but|with|from|for|into|than|that|this|said|says|new|former|late|rival|same|other)$/;

const DESCRIPTION = /^[\s"“‘'(]*(?:(?:and|but|while|whereas|although|though|because|since|so|yet|or|meanwhile|now|however),?\s+)*the\s+((?:\p{Lu}[\p{L}.]*-\p{Ll}+\s+)?(?:[\p{L}\d-]+\s+){0,2}?)([\p{L}\d-]+)(?=\s*,|\s+\p{Ll})/iu;

/** The name a clause-opening "the <noun>" points back to, if any. */
export function describedSubject(clauseText: string, ante: Antecedents | undefined): SubjectRef | undefined {
  if (!ante) return undefined;
  const m = DESCRIPTION.exec(clauseText);
  if (!m) return undefined;
  // "The Czech international, 25,": a people's word before the head noun set off by the comma.
  const longer = /^\p{Lu}/u.test(m[2]) && !PERSON_HEAD.test(m[2]) ? /^\s+([\p{Ll}-]+)(?=\s*,)/u.exec(clauseText.slice(m.index + m[0].length)) : null;
  const head = longer ? longer[1] : m[2];
  const lower = head.toLowerCase();
  if (PERSON_HEAD.test(head) || PERSON_HEAD.test(lower)) return ante.lastPerson;
  const named = ante.byHead.get(lower) ?? (GENERIC_ORG.test(lower) ? ante.lastOrg : undefined);
  // A body the article does not name here: a role, which the story may resolve to a name ("role:union").
  return named ?? (BODY.test(lower) ? { key: `role:${lower}`, label: `the ${lower}` } : undefined);
}

/** Bodies a story names once and then describes. */
const BODY = /^(?:union|council|state|city|county|province|town|village|municipality|authority|agency|board|club|team|government|ministry|department|commission|committee|court|league|university|school|district|hospital|museum|port|airport|regulator|operator|airline|utility|charity|foundation|association|federation)$/;

/** A single capitalised word read as a name that is a description ("The Ghanaian", "the Spaniard"). */
export function isDescriptorName(label: string, before: string): boolean {
  // "The Ghanaian", "the 24-year-old Argentine", "the veteran Dane".
  return !label.includes(" ") && /\bthe\s+(?:\d+-year-old\s+|\p{Ll}[\p{Ll}-]*\s+)?$/iu.test(before) && (PERSON_HEAD.test(label) || PERSON_HEAD.test(label.toLowerCase()));
}
