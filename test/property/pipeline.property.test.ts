/**
 * Property-based tests (fast-check) over the extractors and the whole pipeline: random and mutated article text
 * never throws, every reported position points at the quoted value in the file, and the order files were
 * written in never changes the report. FUZZ_RUNS sets the number of cases (npm run fuzz runs a long campaign).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeDoc } from "../../src/core/analyze-doc.js";
import { scanNumbers } from "../../src/core/extract/scan-numbers.js";
import { findDates } from "../../src/core/extract/dates.js";
import { check } from "../../src/engine/check.js";
import { formatJson } from "../../src/format/json.js";
import { formatSarif } from "../../src/format/sarif.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

const FRAGMENTS = [
  "Keller Corp", "Amazon", "Anthropic PBC", "the company", "Tomas Hal", "Tomas Hall", "said", "reported", "invested", "killed", "injured",
  "$5B", "$5 billion", "US$350 million", "€80m", "£70m", "85 million euros", "$1,099", "$137-million", "12 mln dlrs", "8%", "8 percent",
  "at least", "more than", "nearly", "about", "up to", "between $50 billion and $52 billion", "a dozen", "Ten people", "twenty-five",
  "March 14, 2026", "Apr 21, 2026", "2026-03-14", "last year", "in 2010", "by 2030", "Q3", "the 24-year-old", "Brandt, 25,",
  "magnitude 6.1", "a five-year contract", ".", ",", ";", "!", "?", "(", ")", "\"", "’", "\n", "\n\n", "\r\n", "\r", "\t", " ",
  "# ", "**", "[link](http://x.test)", "<b>", "</b>", "<script>x()</script>", "&amp;", "&#8364;", "\u00a0", "\u2009", "\ufeff",
  "\ud83d\ude00", "\u0000", "\ufffd", "é", "Ü", "—", "…", "0", "1", "99", "1,000", "3.5", "-", "$", "€", "£",
];

const SUBJECTS = ["Keller Corp", "Amazon", "Anthropic PBC", "The company", "Tomas Hal", "Tomas Hall", "Police", "Brandt, 25,", "The 24-year-old"];
const VERBS = ["said it invested", "reported revenue of", "killed", "pledged to spend", "employs", "raised", "was fined", "injured", "cut"];
const AMOUNTS = ["$5B", "$5 billion", "US$350 million", "€80m", "£70m", "85 million euros", "$1,099", "$137-million", "12 mln dlrs", "8%", "8 percent", "112 people", "Ten people", "a dozen workers", "14,000 employees", "3.5%", "between $50 billion and $52 billion"];
const HEDGES = ["", "at least ", "more than ", "nearly ", "about ", "up to ", "an additional ", "a total of "];
const TIMES = ["", " last year", " in 2010", " by 2030", " in Q3", " on March 14, 2026", " on Apr 21, 2026"];

/** A sentence that makes a claim, with a random hedge, figure and period. */
const sentence = fc
  .tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...VERBS), fc.constantFrom(...HEDGES), fc.constantFrom(...AMOUNTS), fc.constantFrom(...TIMES), fc.constantFrom(".", ". ", ".\n", ".\n\n", ".\r\n", ";", ""))
  .map(([a, b, c, d, e, f]) => `${a} ${b} ${c}${d}${e}${f}`);

/** Noise: fragments, random strings and graphemes, markup, odd whitespace. */
const noise = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 }), fc.string({ unit: "grapheme", maxLength: 4 }));

const articleText = fc
  .array(fc.oneof({ weight: 2, arbitrary: sentence }, { weight: 3, arbitrary: noise }), { maxLength: 80 })
  .chain((parts) => fc.array(fc.constantFrom(" ", "", "\n"), { minLength: parts.length, maxLength: parts.length }).map((gaps) => parts.map((p, i) => p + gaps[i]).join("")));

describe("properties", () => {
  it("the generator makes articles with claims (so the position checks check something)", () => {
    const withClaims = fc.sample(articleText, 200).filter((t) => analyzeDoc({ path: "a", raw: t, format: "text" }).claims.length > 0).length;
    expect(withClaims).toBeGreaterThan(40);
  });

  it("extractors never throw on any text", () => {
    fc.assert(
      fc.property(fc.oneof(articleText, fc.string({ maxLength: 300 })), (text) => {
        scanNumbers(text);
        findDates(text);
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it("analysing one article never throws, and every claim's position points at its text", () => {
    fc.assert(
      fc.property(articleText, fc.constantFrom("text", "markdown", "html") as fc.Arbitrary<"text" | "markdown" | "html">, (raw, format) => {
        const a = analyzeDoc({ path: "a", raw, format });
        const lines = raw.split(/\r\n|\r|\n/);
        for (const c of a.claims) {
          const at = c.at!;
          expect(at.line).toBeGreaterThanOrEqual(1);
          expect(at.line).toBeLessThanOrEqual(lines.length);
          // The quote holds the claim's text where the highlight says.
          expect(at.quote.slice(at.highlight[0], at.highlight[1]).replace(/\s+/g, " ")).toBe(c.text.replace(/\s+/g, " "));
          // In plain text the file holds the claim's first character at line:column.
          if (format === "text") expect(lines[at.line - 1][at.column - 1]).toBe(c.text[0]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("the report is the same whatever order the files were written in, and never throws", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(articleText, { minLength: 2, maxLength: 5 }), fc.integer({ min: 0, max: 1000 }), async (texts, seed) => {
        const write = (order: number[]) => {
          const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cc-prop-"));
          for (const i of order) fs.writeFileSync(path.join(dir, `a${i}.${["txt", "md", "html"][i % 3]}`), texts[i]);
          return dir;
        };
        const order = texts.map((_, i) => i);
        const shuffled = [...order].sort((x, y) => ((x * 7919 + seed) % 13) - ((y * 7919 + seed) % 13) || y - x);
        const a = write(order);
        const b = write(shuffled);
        try {
          // Files that are all binary (NUL bytes) leave nothing to read: the one clear error, the same both ways.
          const run = (cwd: string) => check(["."], { cwd, jobs: 1 }).catch((e: unknown) => {
            if ((e as { code?: string }).code === "NO_ARTICLES") return undefined;
            throw e;
          });
          const ra = await run(a);
          const rb = await run(b);
          expect(rb === undefined).toBe(ra === undefined);
          if (!ra || !rb) return;
          expect(formatJson(rb)).toBe(formatJson(ra));
          expect(formatSarif(rb)).toBe(formatSarif(ra));
          for (const c of ra.conflicts) {
            for (const v of c.values) {
              for (const m of v.mentions) {
                const raw = fs.readFileSync(path.join(a, m.path), "utf8");
                expect(raw.split(/\r\n|\r|\n/).length).toBeGreaterThanOrEqual(m.line);
              }
            }
          }
        } finally {
          fs.rmSync(a, { recursive: true, force: true });
          fs.rmSync(b, { recursive: true, force: true });
        }
      }),
      { numRuns: Math.max(10, Math.round(RUNS / 5)) },
    );
  }, 0);
});
