/**
 * A match's final score: "Barrowfield beat Ravensworth 3-1", "won 2-0", "a 3-1 derby win", "FT: Barrowfield 3-2
 * Ravensworth", "drew 1-1". The story's match's, written winner's goals first ("lost 1-3" is "3-1"). Scores during a
 * match ("makes it 3-1", "led 2-0 at half-time"), of other legs or seasons, and tennis sets are not read.
 */
import type { LocalClaim } from "./sentence-claims.js";

const SCORE = String.raw`(\d{1,2})\s?[-–]\s?(\d{1,2})`;
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const FORMS = [
  // "Barrowfield beat Ravensworth 3-1", "defeated the visitors 2-0"
  new RegExp(String.raw`\b(?:beat|beats|beating|defeated|defeats|defeating|thrashed|edged|overcame|hammered|routed|stunned|downed)\s+(?:the\s+)?(?:${NAME}|[\p{Ll}-]+)\s+${SCORE}(?![\d-])`, "gu"),
  // "won 3-1", "lost 1-3 to", "drew 2-2 with"
  new RegExp(String.raw`\b(?:won|win|wins|winning|lost|lose|loses|losing|drew|draw|draws|drawing|finished)\s+${SCORE}(?![\d-])`, "gu"),
  // "a 3-1 derby win", "their 2-0 victory"
  new RegExp(String.raw`\b(?:an?|the|their|its|his|her)\s+${SCORE}\s+(?:(?:home|away|derby|league|cup|final|semi-final|opening|comeback|famous)\s+){0,2}(?:win|victory|defeat|loss|draw|triumph|success|thrashing|drubbing)\b`, "gu"),
  // "FT: Barrowfield 3-2 Ravensworth", "Barrowfield 3-1 Ravensworth: hosts win"
  new RegExp(String.raw`(?:^|\bFT:?\s+|\bfull[- ]time:?\s+)${NAME}\s+${SCORE}\s+${NAME}(?=\s*(?:[:.;,!]|$))`, "gu"),
  // "The final score was 3-1"
  new RegExp(String.raw`\bfinal\s+score\s+(?:was\s+|of\s+|:\s*)${SCORE}(?![\d-])`, "giu"),
];
/** Not the final score of the story's match. */
const NOT_FINAL = /\b(?:half-?time|half\s+time|the\s+break|interval|aggregate|first\s+leg|second\s+leg|last\s+season|last\s+year|previous|earlier\s+this\s+season|penalties|shoot-?out|make\s+it|makes\s+it|made\s+it|making\s+it|led|leading|lead|trailed|trailing|when\s+they|in\s+(?:19|20)\d\d)\b/i;

export function matchScoreClaims(text: string): LocalClaim[] {
  if (!/\d\s?[-–]\s?\d/.test(text) || NOT_FINAL.test(text)) return [];
  const out: LocalClaim[] = [];
  for (const re of FORMS) {
    for (const m of text.matchAll(re)) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const start = m.index! + m[0].search(/\d/);
      const end = start + /\d{1,2}\s?[-–]\s?\d{1,2}/.exec(text.slice(start))![0].length;
      // Tennis sets ("won 6-4, 6-3") and a list of results are not one match's score.
      if (/^\s*,\s*\d{1,2}\s?[-–]\s?\d/.test(text.slice(end, end + 10)) || out.some((c) => c.start === start)) continue;
      const value = `${Math.max(a, b)}-${Math.min(a, b)}`;
      out.push({ kind: "score", start, end, text: text.slice(start, end), value, measure: "score:final", subject: "", subjectLabel: "", time: "", qualifiers: [] });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
