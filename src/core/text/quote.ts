/** A claim's place in the file (line:column) and its sentence as a quote with the value highlighted. */
import type { Claim, ClaimPosition, CleanDoc, Sentence } from "../types.js";
import { LineIndex } from "./line-index.js";

const QUOTE_MAX = 240;

/**
 * Position claims whose offsets are relative to a part of the clean text starting at `base` (0: the whole text).
 * `lines` may be shared between calls on one document.
 */
export function positionClaims(doc: CleanDoc, sentences: Sentence[], claims: Claim[], base = 0, lines: LineIndex = new LineIndex(doc.raw)): void {
  if (!claims.length) return;
  const raw = (i: number) => (doc.map ? doc.map[base + i] : base + i);
  for (const c of claims) {
    const sentence = sentences[c.sentence];
    const rawStart = raw(c.start);
    const rawEnd = raw(Math.max(c.start, c.end - 1)) + 1;
    const from = lines.position(rawStart);
    const to = lines.position(rawEnd);
    const { quote, highlight } = quoteAround(sentence.text, c.start - sentence.start, c.end - sentence.start);
    c.at = { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, quote, highlight } satisfies ClaimPosition;
  }
}

/** The sentence, cut to a readable window around the value when long. */
function quoteAround(sentence: string, start: number, end: number): { quote: string; highlight: [number, number] } {
  const clean = sentence.replace(/\s+/g, " ");
  // Whitespace folding only shortens runs; map offsets through it.
  const fold = (i: number) => sentence.slice(0, i).replace(/\s+/g, " ").length;
  let s = fold(start);
  let e = fold(end);
  if (clean.length <= QUOTE_MAX) return { quote: clean, highlight: [s, e] };
  const from = Math.max(0, Math.min(s - 100, clean.length - QUOTE_MAX));
  const to = Math.min(clean.length, from + QUOTE_MAX);
  const prefix = from > 0 ? "…" : "";
  const quote = prefix + clean.slice(from, to) + (to < clean.length ? "…" : "");
  s = s - from + prefix.length;
  e = e - from + prefix.length;
  return { quote, highlight: [s, e] };
}
