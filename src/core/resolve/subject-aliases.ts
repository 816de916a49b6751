/**
 * Subjects across a story: "Delgado" is "Marcus Delgado" when he is the only one of that name in the
 * story, "X2" is "Lumen X2"; two spellings of one person share a subject; a figure that names nobody takes
 * the one subject the story gives that measure (or the story itself when it gives none).
 */
import type { Claim, Finding } from "../types.js";
import { canonicalName, initialsOf } from "../extract/entities.js";
import { addTo } from "../multimap.js";
import { isFirstName } from "../nlp/compromise.js";
import { isRoleWord } from "../extract/person-names.js";

const CORPORATE_WORD = /^(airlines?|airways|air|motors?|systems?|pharma|pharmaceuticals?|group|holdings?|technologies|technology|tech|industries|semiconductors?|retail|devices|aerospace|energy|bank|banking|financial|partners|labs?|media|foods?|corporation|company|software|networks?|communications|entertainment|studios?|capital|insurance|brands|biotech|therapeutics|automotive|logistics|resources|mining|oil|gas|electric|telecom|international|global|enterprises?|solutions|fc|cf|club|united)$/;

export function aliasSubjects(claims: Claim[], storyOf: number[], keysByStory: Map<number, Set<string>>, spellings: Finding[]): void {
  const alias = new Map<string, string>(); // `${story}\0${key}` -> key
  for (const [story, keys] of keysByStory) {
    const long = [...keys].filter((k) => k.includes(" "));
    // Long names by their last and by their first word, so each short name looks only at its own.
    const byLast = new Map<string, string[]>();
    const byFirst = new Map<string, string[]>();
    for (const l of long) {
      const words = l.split(" ");
      for (const [map, w] of [[byLast, words[words.length - 1]], [byFirst, words[0]]] as const) {
        const list = map.get(w);
        if (list) list.push(l);
        else map.set(w, [l]);
      }
    }
    // "HP" beside "Hewlett-Packard", "GM" beside "General Motors": a short name made of the initials of one longer
    // name of the story (not a person's).
    const byInitials = new Map<string, string[]>();
    for (const l of keys) {
      const first = l.split(/[\s-]/)[0];
      if (/[\s-]/.test(l) && !isFirstName(capitalised(first))) addTo(byInitials, initialsOf(l), l);
    }
    for (const k of keys) {
      const spelled = /^[a-z]{2,5}$/.test(k) ? byInitials.get(k) : undefined;
      if (spelled?.length === 1) {
        alias.set(`${story}\u0000${k}`, spelled[0]);
        continue;
      }
      // "Fraudster Pargeter" in a headline is "Simon Pargeter": a role word before the surname of one person.
      const words = k.split(" ");
      if (words.length === 2 && isRoleWord(capitalised(words[0]))) {
        const person = (byLast.get(words[1]) ?? []).filter((l) => l !== k && isFirstName(capitalised(l.split(" ")[0])));
        if (person.length === 1) alias.set(`${story}\u0000${k}`, person[0]);
      }
      if (k.includes(" ")) continue;
      // ("Challenger Wolak" in a headline is a role word before the surname, no second owner of "Wolak".)
      const all = byLast.get(k) ?? [];
      const named = all.filter((l) => !isRoleWord(capitalised(l.split(" ")[0])));
      const owners = named.length ? named : all;
      // "SkyJet" is "SkyJet Airlines", "Castell" is "Castell Bank": a company's name without its trade word.
      const firms = (byFirst.get(k) ?? []).filter((l) => l.slice(k.length + 1).split(" ").every((w) => CORPORATE_WORD.test(w)));
      // "the Liberals" are the "Liberal Party".
      const party = /s$/.test(k) ? (byLast.get("party") ?? []).filter((l) => l === `${k.slice(0, -1)} party` || l === `${k.replace(/s$/, "")} party`) : [];
      if (party.length === 1) alias.set(`${story}\u0000${k}`, party[0]);
      else if (owners.length === 1 && !firms.length) alias.set(`${story}\u0000${k}`, owners[0]);
      else if (firms.length === 1 && !owners.length) alias.set(`${story}\u0000${k}`, firms[0]);
    }
  }
  for (const f of spellings) {
    const main = canonicalName(String(f.values[0].value));
    for (const v of f.values.slice(1)) alias.set(`${f.story}\u0000${canonicalName(String(v.value))}`, main);
  }
  const labels = new Map<string, string>();
  for (const c of claims) if (c.subject) labels.set(c.subject, c.subjectLabel ?? c.subject);
  const resolve = (story: number, start: string) => {
    let key = start;
    for (let hops = 0; hops < 3; hops++) {
      const next = alias.get(`${story}\u0000${key}`);
      if (!next || next === key) break;
      key = next;
    }
    return key;
  };
  for (const c of claims) {
    // "in Helion" in a headline and "in Helion Labs" below: one recipient, as one subject.
    if (c.recipient) c.recipient = resolve(storyOf[c.doc], c.recipient);
    if (!c.subject) continue;
    const key = resolve(storyOf[c.doc], c.subject);
    if (key !== c.subject) {
      c.subject = key;
      c.subjectLabel = labels.get(key) ?? c.subjectLabel;
    }
  }
}

/**
 * "pinecrest valley unified school district" is a longer name of "pinecrest valley" (as mergePrefixSubjects reads
 * it); a shorter name is not ("aspen" in "Aspen mountain" is not "aspen meadows").
 */
const longerName = (name: string, subject: string) => name === subject || name.startsWith(`${subject} `);

/** Each name's one longer form among `names` ("aurelle" -> "aurelle space"); a name with several is left out. */
function longerForms(names: Iterable<string>): Map<string, string> {
  const all = new Set(names);
  const found = new Map<string, string | null>();
  for (const long of all) {
    const words = long.split(" ");
    for (let i = 1; i < words.length; i++) {
      const short = words.slice(0, i).join(" ");
      if (all.has(short)) found.set(short, found.has(short) ? null : long);
    }
  }
  return new Map([...found].filter((e): e is [string, string] => e[1] !== null));
}

/** Two forms of a name are two subjects when some article gives them different figures of one measure. */
function givenApart(short: Claim[], long: Claim[]): boolean {
  const values = new Map<number, string[]>();
  for (const c of short) addTo(values, c.doc, String(c.value));
  return long.some((c) => values.has(c.doc) && !values.get(c.doc)!.includes(String(c.value)));
}

/**
 * A claim that names nobody takes its story's one subject for that measure when two articles establish it,
 * or the story itself when no article names anyone for it.
 */
export function inheritStorySubjects(claims: Claim[], storyOf: number[], docNames: readonly (readonly string[])[] = [], storyYear: ReadonlyMap<number, number> = new Map()): void {
  const subjects = new Map<string, Map<string, string>>();
  const docs = new Map<string, Set<number>>();
  const named = new Map<string, Claim[]>();
  const key = (c: Claim) => `${storyOf[c.doc]}\u0000${c.kind}\u0000${c.measure}`;
  for (const c of claims) {
    if (c.subject === undefined || c.subject === "") continue;
    const m = subjects.get(key(c)) ?? new Map<string, string>();
    m.set(c.subject, c.subjectLabel ?? c.subject);
    subjects.set(key(c), m);
    const d = docs.get(`${key(c)}\u0000${c.subject}`) ?? new Set<number>();
    docs.set(`${key(c)}\u0000${c.subject}`, d.add(c.doc));
    addTo(named, key(c), c);
  }
  // "Aurelle" and "Aurelle Space" given one measure are one subject (as mergePrefixSubjects later makes them):
  // counted as the longer name.
  for (const [k, m] of subjects) {
    for (const [short, long] of longerForms(m.keys())) {
      const list = named.get(k)!;
      if (givenApart(list.filter((c) => c.subject === short), list.filter((c) => c.subject === long))) continue;
      const b = docs.get(`${k}\u0000${long}`)!;
      for (const d of docs.get(`${k}\u0000${short}`)!) b.add(d);
      m.delete(short);
    }
  }
  const docCount = (c: Claim, subject: string) => docs.get(`${key(c)}\u0000${subject}`)?.size ?? 0;
  const names = (doc: number, k: string) => (docNames[doc] ?? []).some((n) => longerName(n, k) || longerName(k, n));
  /**
   * Two stories read as one (two RSV trials, each its own company's): the one subject the article names, when
   * no article that gives the measure to another subject ever names it.
   */
  const apart = (c: Claim, named: string[]) => {
    const inDoc = named.filter((k) => names(c.doc, k));
    if (named.length < 2 || inDoc.length !== 1) return undefined;
    const others = named.filter((o) => o !== inDoc[0]).flatMap((o) => [...(docs.get(`${key(c)}\u0000${o}`) ?? [])]);
    return others.some((d) => names(d, inDoc[0])) ? undefined : inDoc[0];
  };
  // Subjects given the measure only for another period ("Last year's Cedar Gap fire burned 120,000 acres") do not
  // compete for a figure of the present. ("A $210 million bond fell short in 2022": a year other than the one the
  // story speaks from is another period too, as the comparator reads it.)
  const otherPeriod = (c: Claim) => c.time.startsWith("prev") || (/^y\d{4}$/.test(c.time) && Number(c.time.slice(1)) !== storyYear.get(storyOf[c.doc]));
  const otherPeriodOnly = new Set<string>();
  for (const [k, list] of named) {
    const present = new Set(list.filter((c) => !otherPeriod(c)).map((c) => c.subject));
    for (const c of list) if (!present.has(c.subject)) otherPeriodOnly.add(`${k}\u0000${c.subject}`);
  }
  // (Built once per story and measure, not once per claim.)
  const presentOf = new Map<string, Map<string, string>>();
  const current = (c: Claim, m: Map<string, string>) => {
    if (otherPeriod(c)) return m;
    const k = key(c);
    let kept = presentOf.get(k);
    if (!kept) presentOf.set(k, (kept = new Map([...m].filter(([s]) => !otherPeriodOnly.has(`${k}\u0000${s}`)))));
    return kept.size ? kept : m;
  };
  const isPerson = (k: string) => isFirstName(capitalised(k.split(" ")[0]));
  for (const c of claims) {
    if (c.subject !== undefined) continue;
    const all = subjects.get(key(c));
    // A prison term is a person's: a place or body the story also gives one ("Former Pennick council treasurer
    // jailed") is no candidate, and the person is whose it is when two articles give them the term.
    const term = c.measure === "duration:sentence";
    const found = all && current(c, all);
    const people = term && found ? new Map([...found].filter(([k]) => isPerson(k))) : undefined;
    const m = people?.size ? people : found;
    if (!m) {
      c.subject = "";
      c.subjectLabel = "";
      continue;
    }
    // "The budget gives the sheriff's office $410 million": an office that one article gives the measure to does
    // not compete with a named subject that two articles give it to.
    const named = [...m.keys()].filter((k) => !k.startsWith("role:") || docCount(c, k) > 1);
    // The one named subject, when two articles give it the measure or the claim's own sentence names it.
    const k = m.size === 1 ? [...m.keys()][0] : named.length === 1 && (docCount(c, named[0]) >= 2 || (c.names ?? []).includes(named[0])) ? named[0] : apart(c, named);
    if (k !== undefined && (docCount(c, k) >= 2 || (!term && (c.kind === "date" || !(c.names ?? []).some((n) => !longerName(n, k)))))) {
      // The story's one subject for the measure, when two articles establish it, when it is the date of an
      // event (a story's launch has one date: "The launch on November 26 raised ..., Strathlyn said"), or when
      // the claim's own sentence names nobody else ("A collection of Burgundy sold for $28 million at a Geneva auction")
      // or only a longer name of it ("the Pinecrest Valley Unified School District").
      c.subject = k;
      c.subjectLabel = m.get(k);
    } else if (term) {
      // A term no two articles give to one person stays the story's, as a figure that names no one is.
      c.subject = "";
      c.subjectLabel = "";
    }
  }
}

/**
 * "Eastport's fare" and "the Eastport Transit Authority ... fare": for one measure in one story, a subject
 * whose name begins another's is the same subject, unless some article gives the two different figures of it
 * (then they are two: "AWS revenue ... Amazon's total revenue"). A full name with a word in front ("Black Tane
 * Walker") is the full name.
 */
const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export function mergePrefixSubjects(claims: Claim[], storyOf: number[]): void {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!c.subject) continue;
    const key = `${storyOf[c.doc]}\u0000${c.kind}\u0000${c.measure}`;
    addTo(groups, key, c);
  }
  for (const group of groups.values()) {
    const subjects = [...new Set(group.map((c) => c.subject!))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const claimsOf = (k: string) => group.filter((c) => c.subject === k);
    /** `from` becomes `to`, unless some article gives the two different figures (then they are two). */
    const merge = (from: string, to: string) => {
      if (givenApart(claimsOf(from), claimsOf(to))) return;
      const label = group.find((c) => c.subject === to)?.subjectLabel;
      for (const c of group) {
        if (c.subject === from) {
          c.subject = to;
          c.subjectLabel = label;
        }
      }
    };
    const longer = longerForms(subjects);
    for (const short of subjects) {
      const long = longer.get(short);
      if (long) merge(short, long);
    }
    // "All Black Tane Walker" and "Tane Walker": a full name with a word in front of it is that name.
    for (const short of subjects.filter((k) => k.includes(" "))) {
      // Not when the word in front is a given name: "John Samir Zawahri" is not "Samir Zawahri" (his father).
      const longer = subjects.filter((l) => l.endsWith(` ${short}`) && !isFirstName(capitalised(l.split(" ")[0])));
      if (longer.length === 1) merge(longer[0], short);
    }
  }
}
