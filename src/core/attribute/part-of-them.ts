import { countMeasure } from "./measure.js";
import { wordsOf } from "./words.js";

/** A count earlier in the sentence. */
interface CountBefore {
  kind: string;
  end: number;
  measure: string;
}

/**
 * "about 410 branches, and it would close 75 of them": a part of the count before it that something else happens
 * to. Read as if the noun stood for "of them"; kept only when a verb makes it another fact than the whole
 * ("killed 12 people, four of them children" is the same toll).
 */
export function partOfThem(text: string, n: { value: number; hedgeStart: number; end: number }, clause: { start: number; end: number }, claims: readonly CountBefore[]): { measure: string; people: boolean } | undefined {
  const them = /^\s+of\s+them\b/i.exec(text.slice(n.end, n.end + 12));
  const whole = them ? claims.filter((c) => c.kind === "count" && c.end <= n.hedgeStart).at(-1) : undefined;
  if (!them || !whole) return undefined;
  const noun = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,}s)\b/u.exec(text.slice(whole.end, whole.end + 40))?.[1];
  if (!noun) return undefined;
  const shift = noun.length + 1 - them[0].length;
  const rewritten = `${text.slice(0, n.end)} ${noun}${text.slice(n.end + them[0].length)}`;
  const m = countMeasure(rewritten, wordsOf(rewritten), n.value, n.hedgeStart, n.end, clause.start, clause.end + shift);
  return m && m.measure.includes(":") && m.measure !== whole.measure && m.measure.split(":")[0] === whole.measure.split(":")[0] ? m : undefined;
}
