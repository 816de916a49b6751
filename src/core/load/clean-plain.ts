/**
 * Plain text and Markdown: cleaning keeps every offset. Removed characters become spaces,
 * so clean index i is raw index i and positions stay exact.
 */
import type { CleanDoc } from "../types.js";
import { blankChromeLines } from "./blank-chrome.js";
import { splitLinesWithOffsets } from "./lines.js";

const TITLE_PREFIX = /^(title|headline):\s*/i;

/** UTF-16 code units of the text being cleaned: two bytes a character, however long the article. */
type Units = Uint16Array;
const SPACE = 32;

export function cleanPlain(path: string, raw: string, markdown: boolean): CleanDoc {
  const blanked = blankChromeLines(raw);
  const chars: Units = new Uint16Array(blanked.length);
  for (let i = 0; i < blanked.length; i++) chars[i] = blanked.charCodeAt(i);
  let title = "";
  for (const { start, text } of splitLinesWithOffsets(raw)) {
    const prefix = TITLE_PREFIX.exec(text);
    if (prefix) blank(chars, start, start + prefix[0].length);
    if (markdown) stripMarkdownLine(chars, start, text);
    if (!title) title = decode(chars, start, start + text.length).trim();
  }
  // Cleaned in place: every offset is its own raw offset, so no map is needed.
  return { path, raw, text: decode(chars, 0, chars.length), title };
}

function blank(chars: Units, from: number, to: number): void {
  chars.fill(SPACE, from, to);
}

function decode(chars: Units, from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i < to; i += 8192) parts.push(String.fromCharCode(...chars.subarray(i, Math.min(to, i + 8192))));
  return parts.join("");
}

const MD_LINK = /!?\[([^\]\n]*)\]\(([^)\n]*)\)/g;
const MD_MARKS = /(^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s)|(\*\*|__|`{1,3}|~~)|((?<=^|\s)[*_](?=\S))|((?<=\S)[*_](?=\s|$|[.,;:!?]))/g;

/** Replace Markdown syntax with spaces: headings, emphasis, list markers, link targets, images. */
function stripMarkdownLine(chars: Units, start: number, line: string): void {
  if (/^\s*(```|---+\s*$|===+\s*$|\|?\s*:?-{3,})/.test(line)) {
    blank(chars, start, start + line.length);
    return;
  }
  for (const m of line.matchAll(MD_LINK)) {
    const at = start + (m.index ?? 0);
    if (m[0].startsWith("!")) {
      blank(chars, at, at + m[0].length);
      continue;
    }
    blank(chars, at, at + 1);
    blank(chars, at + m[0].indexOf("]("), at + m[0].length);
  }
  for (const m of line.matchAll(MD_MARKS)) {
    const at = start + (m.index ?? 0);
    blank(chars, at, at + m[0].length);
  }
  if (/^\s*\|.*\|\s*$/.test(line)) {
    for (let i = 0; i < line.length; i++) if (line[i] === "|") chars[start + i] = i === 0 ? SPACE : 59; // ";"
  }
}
