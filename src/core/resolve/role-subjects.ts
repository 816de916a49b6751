/**
 * "The union seeks a 12% raise" in an article that never names the union: the figure belongs to `role:union`,
 * and in a story whose articles name exactly one "... Union" (the Brenner Dockworkers Union) that is whose it is.
 * A role that fits no name, or several, stays a role.
 */
import type { Claim } from "../types.js";

export function resolveRoleSubjects(claims: Claim[], storyOf: number[], keysByStory: Map<number, Set<string>>): void {
  const labels = new Map<string, string>();
  for (const c of claims) if (c.subject && c.subjectLabel && !labels.has(c.subject)) labels.set(c.subject, c.subjectLabel);
  const memo = new Map<string, string | null>();
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
    if (found) {
      c.subject = found;
      c.subjectLabel = labels.get(found) ?? found;
    }
  }
}
