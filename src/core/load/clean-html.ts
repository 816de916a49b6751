/**
 * HTML to article text with a real parser (htmlparser2). Scripts, styles, navigation, headers, footers,
 * asides, forms and chrome-classed blocks are dropped; entities are decoded; every character of the
 * result keeps the raw offset it came from.
 */
import { Parser } from "htmlparser2";
import { decodeHTML } from "entities";
import type { CleanDoc } from "../types.js";
import { blankChromeLines } from "./blank-chrome.js";

const SKIP_TAGS = new Set([
  "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
  "select", "option", "textarea", "iframe", "svg", "canvas", "object", "embed", "figcaption", "menu", "dialog",
]);
const BLOCK_TAGS = new Set([
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "tr",
  "table", "blockquote", "pre", "dd", "dt", "dl", "hr", "figure", "title", "address", "summary", "details",
]);
const CHROME_CLASS = /(^|[\s_-])(nav|navbar|menu|share|sharing|social|cookie|subscribe|newsletter|related|advert|ads?|promo|breadcrumbs?|footer|header|sidebar|comments?|byline|masthead|skip-link)([\s_-]|$)/i;
const ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);?/gi;

export function cleanHtml(path: string, raw: string): CleanDoc {
  const out: string[] = [];
  const map: number[] = [];
  const skipStack: boolean[] = [];
  let skipping = 0;
  let titleText = "";
  let inTitle = false;
  let h1Text = "";
  let inH1 = false;

  const newline = (at: number) => {
    if (out.length && out[out.length - 1] !== "\n") {
      out.push("\n");
      map.push(at);
    }
  };
  /** A table cell ends: its row goes on, on the same line, after " ; " (as a Markdown table's row reads). */
  const endCell = (at: number) => {
    const last = out[out.length - 1];
    if (!out.length || last === "\n" || last === ";" || (last === " " && out[out.length - 2] === ";")) return;
    if (last !== " ") {
      out.push(" ");
      map.push(at);
    }
    out.push(";");
    map.push(at);
  };
  const pushText = (chunk: string, at: number) => {
    let lastSpace = out.length === 0 || /\s/.test(out[out.length - 1]);
    let i = 0;
    for (const piece of splitEntities(chunk)) {
      const decoded = piece.entity ? decodeHTML(piece.text) : piece.text;
      for (const ch of decoded) {
        const isSpace = /\s/.test(ch) || ch === "\u00a0";
        if (isSpace) {
          if (!lastSpace) {
            out.push(" ");
            map.push(at + i);
          }
          lastSpace = true;
        } else {
          out.push(ch);
          map.push(at + i);
          lastSpace = false;
        }
        if (!piece.entity) i += ch.length;
      }
      if (piece.entity) i += piece.text.length;
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const cls = `${attrs.class ?? ""} ${attrs.id ?? ""} ${attrs.role ?? ""}`;
        const skip =
          SKIP_TAGS.has(name) ||
          attrs.hidden !== undefined ||
          attrs["aria-hidden"] === "true" ||
          /^(navigation|banner|contentinfo|complementary|search)$/.test(attrs.role ?? "") ||
          CHROME_CLASS.test(cls);
        skipStack.push(skip);
        if (skip) skipping++;
        if (name === "title") inTitle = true;
        if (name === "h1") inH1 = true;
        if (BLOCK_TAGS.has(name)) newline(parser.startIndex);
        if ((name === "td" || name === "th") && out[out.length - 1] === ";") {
          out.push(" ");
          map.push(parser.startIndex);
        }
      },
      onclosetag(name) {
        const skip = skipStack.pop();
        if (skip) skipping--;
        if (name === "title") inTitle = false;
        if (name === "h1") inH1 = false;
        if (BLOCK_TAGS.has(name)) newline(parser.startIndex);
        if (name === "td" || name === "th") endCell(parser.startIndex);
      },
      ontext(text) {
        if (inTitle) {
          titleText += decodeHTML(text);
          return;
        }
        if (skipping > 0) return;
        if (inH1) h1Text += decodeHTML(text);
        pushText(text, parser.startIndex);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(raw);
  parser.end();

  const text = blankChromeLines(out.join(""));
  const fullMap = new Int32Array(text.length + 1);
  for (let i = 0; i < map.length; i++) fullMap[i] = map[i];
  fullMap[text.length] = raw.length;
  const title = (h1Text || titleText).replace(/\s+/g, " ").trim();
  return { path, raw, text, map: fullMap, title };
}

function splitEntities(chunk: string): { text: string; entity: boolean }[] {
  const parts: { text: string; entity: boolean }[] = [];
  let last = 0;
  for (const m of chunk.matchAll(ENTITY)) {
    const at = m.index ?? 0;
    if (at > last) parts.push({ text: chunk.slice(last, at), entity: false });
    parts.push({ text: m[0], entity: true });
    last = at + m[0].length;
  }
  if (last < chunk.length) parts.push({ text: chunk.slice(last), entity: false });
  return parts;
}
