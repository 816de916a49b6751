/** The JSON report: valid against the shipped schema, every position points at the quoted value. */
import fs from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { check } from "../../src/index.js";
import { listStories } from "../stories/score.js";

const root = path.resolve(__dirname, "../..");
const schema = JSON.parse(fs.readFileSync(path.join(root, "schema/report.schema.json"), "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const targets = [{ name: "seeds", dir: path.join(root, "seeds") }, ...listStories()];

describe.each(targets.map((t) => [t.name, t] as const))("report for %s", async (_, t) => {
  const report = await check([t.dir], { cwd: root });

  it("validates against schema/report.schema.json", () => {
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it("every mention's line:column points at the value's text in the file", () => {
    for (const c of report.conflicts) {
      for (const v of c.values) {
        for (const m of v.mentions) {
          const raw = fs.readFileSync(path.join(root, m.path), "utf8").replace(/^\uFEFF/, "");
          const lines = raw.split(/\r\n|\r|\n/);
          const atLine = lines[m.line - 1].slice(m.column - 1);
          const quoted = m.quote.slice(m.highlight[0], m.highlight[1]);
          // HTML entities may differ between raw and quote; compare the first word characters.
          const head = (s: string) => s.replace(/&[a-z#0-9]+;/gi, " ").replace(/[^\p{L}\p{N}$€£%]+/gu, " ").trim().split(" ")[0];
          expect(head(atLine), `${m.path}:${m.line}:${m.column}`).toBe(head(quoted));
        }
      }
    }
  });
});
