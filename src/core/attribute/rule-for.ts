/** Which measure a word names under a rule list, remembered per list. */
import type { MeasureRule } from "./lexicon.js";

/** The measure a word names under a rule list; answers are remembered per list (the same words recur). */
const ruleMemo = new WeakMap<MeasureRule[], Map<string, string | null>>();
const MEMO_WORDS = 50_000;
export const ruleFor = (rules: MeasureRule[], word: string): string | undefined => {
  let memo = ruleMemo.get(rules);
  if (!memo) ruleMemo.set(rules, (memo = new Map()));
  const known = memo.get(word);
  if (known !== undefined) return known ?? undefined;
  let found: string | null = null;
  search: for (const part of [word, ...word.split("-")]) {
    for (const r of rules) {
      if (r.words.test(part)) {
        found = r.measure;
        break search;
      }
    }
  }
  if (memo.size >= MEMO_WORDS) memo.clear();
  memo.set(word, found);
  return found ?? undefined;
};
