/**
 * Entity claims: who or what won a category of a festival or ceremony. '"Salt and Ash" won the Golden Shell for best
 * film', "Camila Errázuriz took the best director award", "gave the best director prize to Kenji Morita", and the
 * list form 'Best director: Kenji Morita' or 'Golden Shell (best film): "Salt and Ash"'. The winner is a quoted title
 * or a name; the category is the fact ("winner:best film"), the story's one event its subject.
 */
import type { EntityMention } from "../resolve/gazetteer.js";
import type { LocalClaim } from "./sentence-claims.js";
import { titleStart } from "./entities.js";

const CATEGORY = /\b[Bb]est\s+((?:supporting\s+|leading\s+|new\s+)?(?:film|picture|director|actor|actress|screenplay|documentary|novel|album|song|player|newcomer|debut|series|drama|comedy|musical|play|book|cinematography|score|animated\s+(?:film|feature)|short\s+film|international\s+feature|foreign[\s-]language\s+film))\b/g;
const WON_BEFORE = /\b(?:won|wins|took|takes|scooped|claimed|claims|picked\s+up|collected|collects|received|receives|was\s+named|named)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:\([^)]{0,30}\)\s+)?(?:for|as)\s+)?$/u;
const GAVE_BEFORE = /\b(?:gave|gives|awarded|awards|handed|hands|presented|presents)\s+(?:the\s+|its\s+)?$/i;
const PRIZE_TO_AFTER = /^\s+(?:prize|award|trophy|honou?rs?)\s+(?:(?:went|goes|has\s+gone)\s+)?to\s+$/i;
const WENT_TO_AFTER = /^\s+(?:prize|award|trophy)?\s*(?:went|goes|has\s+gone)\s+to\s+$/i;
const LABEL_BEFORE = /^[\s*_#-]*(?:(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\(\s*)?$/u;
const LABEL_AFTER = /^\s*\)?\s*:\s*$/;
/** An earlier edition's winner, or a nominee: no claim about this one. */
const NOT_THIS_WIN = /\b(?:last\s+year|previous(?:ly)?|former|past|(?:19|20)\d\d|twice|times|never|not|n['’]t|nominated|nominees?|shortlisted|favourite|favorite|tipped)\b/i;

interface Candidate {
  start: number;
  end: number;
  value: string;
}

/** Quoted titles and names, in order. */
function candidates(text: string, entities: EntityMention[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(/[“"]([^”"]{2,60})[”"]/g)) out.push({ start: m.index! + 1, end: m.index! + 1 + m[1].length, value: m[1].replace(/[,.]$/, "") });
  for (const e of entities) {
    if (out.some((c) => e.start < c.end && c.start < e.end)) continue;
    // A title's own "The" is part of it ("The Salt Line, a drama, won ...").
    const start = titleStart(text, e.start);
    out.push({ start, end: e.end, value: text.slice(start, e.end) });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function categoryWinnerClaims(text: string, entities: EntityMention[]): LocalClaim[] {
  if (!/\b[Bb]est\s/.test(text)) return [];
  const out: LocalClaim[] = [];
  const found = candidates(text, entities);
  for (const m of text.matchAll(CATEGORY)) {
    const at = m.index!;
    const end = at + m[0].length;
    const left = text.slice(0, at);
    const award = /^\s+(?:prize|award|trophy)\b/i.exec(text.slice(end));
    const afterAward = award ? end + award[0].length : end;
    let winner: Candidate | undefined;
    if (WON_BEFORE.test(left)) {
      // The clause's subject: the first title or name before the verb.
      const verb = WON_BEFORE.exec(left)!.index;
      winner = found.find((c) => c.end <= verb);
    } else if (GAVE_BEFORE.test(left) || WENT_TO_AFTER.test(text.slice(end, end + 30).replace(/^(\s+\S+\s+\S+\s+to\s+).*/s, "$1"))) {
      winner = found.find((c) => c.start >= end && c.start - end <= 30 && (PRIZE_TO_AFTER.test(text.slice(end, c.start)) || WENT_TO_AFTER.test(text.slice(end, c.start))));
    } else if (LABEL_BEFORE.test(left)) {
      winner = found.find((c) => c.start >= afterAward && LABEL_AFTER.test(text.slice(afterAward, c.start).replace(/[“"]$/, "")));
    }
    if (!winner) continue;
    // The sentence up to just after the claim; a year naming an edition ("the 2026 Golden Shell") is no earlier win.
    const span = text.slice(0, Math.max(winner.end, end) + 30).replace(/\b(?:19|20)\d\d\s+(?=\p{Lu})/gu, "");
    if (NOT_THIS_WIN.test(span)) continue;
    const category = `best ${m[1].toLowerCase().replace(/[\s-]+/g, " ")}`;
    out.push({ kind: "entity", start: winner.start, end: winner.end, text: winner.value, value: winner.value, measure: `winner:${category}`, subject: "", subjectLabel: "", time: "", qualifiers: [] });
  }
  return out;
}
