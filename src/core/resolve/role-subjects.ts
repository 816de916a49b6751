/**
 * "The union seeks a 12% raise" in an article that never names the union: the figure belongs to `role:union`,
 * and in a story whose articles name exactly one "... Union" (the Brenner Dockworkers Union) that is whose it is.
 * A body's role that fits no name takes the one name the story gives that measure to; otherwise a role that fits no
 * name, or several, stays a role.
 */
import type { Claim } from "../types.js";

/** Roles that name a body ("the airline", "the company"), not a person or a group of people. */
const BODY_ROLE = /^(?:airline|carrier|company|firm|group|bank|lender|insurer|retailer|operator|maker|manufacturer|chain|club|council|university|hospital|trust|charity|agency|startup|developer|publisher|broadcaster|utility|port|airport|brewer|carmaker|automaker|chipmaker|drugmaker|supermarket|store|network|studio|team|orchestra|museum|zoo|school|college|district|city|town|county|state|government|ministry|department|regulator|authority|board|fund)$/;

export function resolveRoleSubjects(claims: Claim[], storyOf: number[], keysByStory: Map<number, Set<string>>): void {
  const labels = new Map<string, string>();
  for (const c of claims) if (c.subject && c.subjectLabel && !labels.has(c.subject)) labels.set(c.subject, c.subjectLabel);
  const memo = new Map<string, string | null>();
  // The named subjects each measure of a story is given: "The airline, which has 68 planes in its fleet" beside
  // "Aerolis, which operates a fleet of 86 aircraft" is Aerolis's fleet when no other name has one.
  const named = new Map<string, Set<string>>();
  for (const c of claims) {
    if (!c.subject || c.subject.startsWith("role:")) continue;
    const k = `${storyOf[c.doc]}\u0000${c.measure}`;
    (named.get(k) ?? named.set(k, new Set()).get(k)!).add(c.subject);
  }
  for (const c of claims) {
    if (!c.subject?.startsWith("role:")) continue;
    const story = storyOf[c.doc];
    const key = `${story}\u0000${c.subject}`;
    let found = memo.get(key);
    if (found === undefined) {
      const head = c.subject.slice(5);
      const fits = [...(keysByStory.get(story) ?? [])].filter((k) => k.includes(" ") && k.endsWith(` ${head}`));
      found = fits.length === 1 ? fits[0] : null;
      memo.set(key, found);
    }
    const only = found ? undefined : named.get(`${story}\u0000${c.measure}`);
    // (Not for a bare noun's count, "about 40 ships a day" beside a queue of 56: that measure says too little.)
    const one = only && oneName(only);
    if (!found && one && BODY_ROLE.test(c.subject.slice(5)) && (c.kind !== "count" || c.measure.includes(":"))) found = one;
    if (found) {
      c.subject = found;
      c.subjectLabel = labels.get(found) ?? found;
    }
  }
}

/** The one name of a set whose names are all forms of one ("caddick", "caddick borough council"): the longest. */
function oneName(names: Set<string>): string | undefined {
  const longest = [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0];
  return [...names].every((n) => n === longest || longest.startsWith(`${n} `)) ? longest : undefined;
}
