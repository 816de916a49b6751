/**
 * An acronym one article defines ("Amazon Web Services (AWS)") holds for the whole story: another article's
 * bare "AWS" is the same entity. Articles are analysed alone, so this is joined here, per story.
 */
import type { Claim } from "../types.js";

export function applyStoryAcronyms(claims: Claim[], storyOf: number[], acronymsOfDoc: [string, string][][]): void {
  const byStory = new Map<number, Map<string, string>>();
  acronymsOfDoc.forEach((list, doc) => {
    if (!list.length) return;
    const map = byStory.get(storyOf[doc]) ?? new Map<string, string>();
    for (const [short, full] of list) if (!map.has(short)) map.set(short, full);
    byStory.set(storyOf[doc], map);
  });
  if (!byStory.size) return;
  const labels = new Map<string, string>();
  for (const c of claims) if (c.subject && c.subjectLabel && !labels.has(c.subject)) labels.set(c.subject, c.subjectLabel);
  for (const c of claims) {
    const map = byStory.get(storyOf[c.doc]);
    if (!map) continue;
    if (c.subject && map.has(c.subject)) {
      c.subject = map.get(c.subject)!;
      c.subjectLabel = labels.get(c.subject) ?? c.subjectLabel;
    }
    if (c.recipient && map.has(c.recipient)) c.recipient = map.get(c.recipient);
    if (c.names) c.names = c.names.map((k) => map.get(k) ?? k);
  }
}
