/** Split clean text into sentences: each line is a paragraph; abbreviations and initials do not end one. */
import type { Sentence } from "../types.js";
import { splitLinesWithOffsets } from "../load/lines.js";

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof inc corp co ltd llc jr sr st mt ft no nos vs etc gov sen rep gen lt col sgt capt cpl pvt " +
    "maj adm cmdr supt det insp jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m " +
    "approx est dept univ ave blvd rd fig al ph.d"
  ).split(" "),
);

/** (An emoji or symbol may come between: "WE DID IT! 🎉 Thanks to you".) */
const END = /[.!?]+["'’”)\]]*(?=\s+(?:[\p{Extended_Pictographic}\p{So}\uFE0F\u200D]+\s*)*["'‘“(\[]?[\p{Lu}\d$€£])/gu;

export function splitSentences(doc: number, text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const line of splitLinesWithOffsets(text)) {
    if (!line.text.trim()) continue;
    let from = 0;
    const body = line.text;
    for (const m of body.matchAll(END)) {
      const end = (m.index ?? 0) + m[0].length;
      if (m[0].startsWith(".") && isAbbreviation(body, m.index ?? 0)) continue;
      push(out, doc, text, line.start + from, line.start + end, paragraph);
      from = end;
    }
    push(out, doc, text, line.start + from, line.start + body.length, paragraph);
    paragraph++;
  }
  return out;
}

function isAbbreviation(body: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(body.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1].toLowerCase().replace(/^\.+/, "");
  if (ABBREVIATIONS.has(word)) return true;
  return /^\p{Lu}$/u.test(before[1]); // an initial: "John F. Kennedy"
}

/**
 * A "sentence" longer than this (a table, a list run together, a file of numbers) is cut at spaces into pieces
 * of about this size, so that work per sentence, which grows with its length, stays bounded.
 */
const MAX_SENTENCE = 1000;

function push(out: Sentence[], doc: number, text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return;
  while (end - start > MAX_SENTENCE) {
    const space = text.lastIndexOf(" ", start + MAX_SENTENCE);
    const cut = space > start + MAX_SENTENCE / 2 ? space : start + MAX_SENTENCE;
    push(out, doc, text, start, cut, paragraph);
    start = cut;
    while (start < end && /\s/.test(text[start])) start++;
  }
  const s = text.slice(start, end);
  out.push({ doc, index: out.length, start, end, text: s, heading: !/[.!?:;"'’”)]$/.test(s), paragraph });
}
