/** Words of a sentence with offsets, and the clause (between commas, semicolons, dashes) around a point. */

export interface Word {
  lower: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\d][\p{L}\d'’.&-]*[\p{L}\d]|[\p{L}\d]/gu;

export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    out.push({ lower: m[0].toLowerCase().replace(/[’']s$/, ""), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

const BOUNDARY = /[,;:—–()]|\s-\s/g;

export interface Clauses {
  bounds: number[]; // sorted boundary offsets, with 0 and text.length
  of(at: number): { start: number; end: number; index: number };
}

export function clausesOf(text: string): Clauses {
  const bounds = [0];
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index ?? 0;
    // A comma inside a number ("1,200") or the colon of a clock time or score ("6:42", "3:1") is not a boundary.
    if ((m[0] === "," || m[0] === ":") && /\d/.test(text[at - 1] ?? "") && /\d/.test(text[at + 1] ?? "")) continue;
    bounds.push(at + m[0].length);
  }
  bounds.push(text.length);
  return {
    bounds,
    of(at: number) {
      let i = 0;
      while (i + 1 < bounds.length - 1 && bounds[i + 1] <= at) i++;
      return { start: bounds[i], end: bounds[i + 1], index: i };
    },
  };
}

export const PREPOSITIONS = new Set(
  "in into to for from with by at on of behind against like than including via through toward towards between over among about across under upon onto within without beside besides alongside versus vs unlike amid near after before during around outside inside beyond off".split(" "),
);
export const DETERMINERS = new Set("the a an its their his her our this that these those".split(" "));
