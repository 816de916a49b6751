/**
 * Plain text and Markdown: cleaning keeps every offset. Removed characters become spaces,
 * so clean index i is raw index i and positions stay exact.
 */
import type { CleanDoc } from "../types.js";
import { blankChromeLines } from "./blank-chrome.js";
import { splitLinesWithOffsets } from "./lines.js";

const TITLE_PREFIX = /^(title|headline):\s*/i;

/** Characters to replace, as [from, to, replacement char code]: applied at the end with string slices. */
type Edits = [number, number, number][];
const SPACE = 32;

export function cleanPlain(path: string, raw: string, markdown: boolean): CleanDoc {
  const blanked = blankChromeLines(raw);
  const edits: Edits = [];
  const lines = splitLinesWithOffsets(raw);
  for (const { start, text } of lines) {
    const prefix = TITLE_PREFIX.exec(text);
    if (prefix) blank(edits, start, start + prefix[0].length);
    if (markdown) stripMarkdownLine(edits, start, text);
  }
  // Cleaned in place: every offset is its own raw offset, so no map is needed.
  const text = applyEdits(blanked, edits);
  let title = "";
  for (const { start, text: line } of lines) if ((title = text.slice(start, start + line.length).trim())) break;
  return { path, raw, text, title };
}

function blank(edits: Edits, from: number, to: number): void {
  if (to > from) edits.push([from, to, SPACE]);
}

/** The text with the edits made; where edits overlap, the later one wins (as writing them in order would). */
function applyEdits(text: string, edits: Edits): string {
  if (!edits.length) return text;
  const chars = new Uint16Array(text.length);
  const touched = new Uint8Array(text.length);
  for (const [from, to, code] of edits) {
    chars.fill(code, from, to);
    touched.fill(1, from, to);
  }
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < text.length; ) {
    if (!touched[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && touched[j]) j++;
    parts.push(text.slice(last, i), String.fromCharCode(...chars.subarray(i, Math.min(j, i + 8192))));
    last = Math.min(j, i + 8192);
    i = last;
  }
  parts.push(text.slice(last));
  return parts.join("");
}

const MD_LINK = /!?\[([^\]\n]*)\]\(([^)\n]*)\)/g;
const MD_MARKS = /(^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s)|(\*\*|__|`{1,3}|~~)|((?<=^|\s)[*_](?=\S))|((?<=\S)[*_](?=\s|$|[.,;:!?]))/g;

/** Replace Markdown syntax with spaces: headings, emphasis, list markers, link targets, images. */
function stripMarkdownLine(edits: Edits, start: number, line: string): void {
  if (/^\s*(```|---+\s*$|===+\s*$|\|?\s*:?-{3,})/.test(line)) {
    blank(edits, start, start + line.length);
    return;
  }
  for (const m of line.matchAll(MD_LINK)) {
    const at = start + (m.index ?? 0);
    if (m[0].startsWith("!")) {
      blank(edits, at, at + m[0].length);
      continue;
    }
    blank(edits, at, at + 1);
    blank(edits, at + m[0].indexOf("]("), at + m[0].length);
  }
  for (const m of line.matchAll(MD_MARKS)) {
    const at = start + (m.index ?? 0);
    blank(edits, at, at + m[0].length);
  }
  if (/^\s*\|.*\|\s*$/.test(line)) {
    for (let i = 0; i < line.length; i++) if (line[i] === "|") edits.push([start + i, start + i + 1, i === 0 ? SPACE : 59]); // ";"
  }
}
