/** Numbers written as words: "Ten", "twenty-five", "two million", "a dozen", "one hundred and twelve". */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)";
export const NUMBER_WORDS_RE = new RegExp(
  `\\b(?:(?:half\\s+|(?:a|one|three)\\s+quarters?\\s+of\\s+|(?:a|one|two)\\s+thirds?\\s+of\\s+)?(?:a|an)\\s+(?=(?:dozen|hundred|thousand|million|billion)\\b))?${WORD}(?:(?:\\s+and\\s+|\\s+|-)${WORD})*\\b`,
  "gi",
);

export interface WordNumber {
  start: number;
  end: number;
  value: number;
}

/** Value of a number-word phrase, or undefined when it does not parse as one number. */
export function parseNumberWords(phrase: string): number | undefined {
  const words = phrase.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== "and");
  let total = 0;
  let current = 0;
  let seen = false;
  // "half a million", "a quarter of a million", "three quarters of a million": a part of the scale after it.
  let part = 0;
  const scaled = (n: number) => {
    const v = n * (part || 1);
    part = 0;
    return v;
  };
  for (const w of words) {
    if (w === "half") part = 0.5;
    else if (w === "quarter" || w === "quarters" || w === "third" || w === "thirds") {
      part = (current || 1) * (w.startsWith("quarter") ? 0.25 : 1 / 3);
      current = 0;
    } else if (w === "of" && part) continue;
    else if (w === "a" || w === "an") current = 1;
    else if (w in UNITS) {
      current += UNITS[w];
      seen = true;
    } else if (w === "hundred") {
      current = scaled((current || 1) * 100);
      seen = true;
    } else if (w === "dozen") {
      current = scaled((current || 1) * 12);
      seen = true;
    } else if (w in SCALES) {
      total += scaled((current || 1) * SCALES[w]);
      current = 0;
      seen = true;
    } else return undefined;
  }
  return seen ? total + current : undefined;
}

export function findNumberWords(text: string): WordNumber[] {
  const out: WordNumber[] = [];
  for (const m of text.matchAll(NUMBER_WORDS_RE)) {
    const value = parseNumberWords(m[0]);
    if (value === undefined) continue;
    // A bare scale word ("million") is not a number; "a dozen" and "hundred" alone are.
    if (/^(thousand|million|billion|trillion)$/i.test(m[0])) continue;
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, value });
  }
  return out;
}
