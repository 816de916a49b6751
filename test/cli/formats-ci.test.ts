/** SARIF validates against the official schema; GitHub annotations parse and are escaped. */
import fs from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty } from "../../src/format/github.js";
import { root, run, seedsCopy } from "./run.js";

const sarifSchema = path.resolve(root, "../shared/schemas/sarif-2.1.0.json");

describe("SARIF", () => {
  it.skipIf(!fs.existsSync(sarifSchema))("validates against ../shared/schemas/sarif-2.1.0.json (skipped without ../shared)", async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(sarifSchema, "utf8")));
    const dir = seedsCopy();
    await run(["seeds", "--baseline", "b.json", "--update-baseline"], dir);
    for (const args of [["seeds"], ["seeds", "--baseline", "b.json"]]) {
      const r = await run([...args, "--format", "sarif"], dir);
      const sarif = JSON.parse(r.stdout);
      const ok = validate(sarif);
      expect(ok, JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
  });

  it("one result per conflict: location, related locations referenced from the message, fingerprints, rules", async () => {
    const dir = seedsCopy();
    await run(["seeds", "--baseline", "b.json", "--update-baseline"], dir);
    const json = JSON.parse((await run(["seeds", "--format", "json"], dir)).stdout);
    const sarif = JSON.parse((await run(["seeds", "--format", "sarif", "--baseline", "b.json"], dir)).stdout);
    const results = sarif.runs[0].results;
    expect(results).toHaveLength(json.conflicts.length);
    const rules = sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(rules).toEqual(["claimcheck/entity", "claimcheck/money"]);
    for (const [i, r] of results.entries()) {
      const c = json.conflicts[i];
      expect(r.ruleId).toBe(`claimcheck/${c.kind}`);
      expect(rules[r.ruleIndex]).toBe(r.ruleId);
      expect(r.partialFingerprints["claimcheckFact/v1"]).toBe(c.fingerprint);
      expect(r.baselineState).toBe("unchanged");
      const loc = r.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toBe(c.values[0].mentions[0].path);
      expect(loc.region.startLine).toBe(c.values[0].mentions[0].line);
      expect(r.relatedLocations).toHaveLength(c.values.length - 1);
      for (const rel of r.relatedLocations) expect(r.message.text).toContain(`](${rel.id})`);
    }
    expect(results[0].level).toBe("error");
    expect(results.at(-1).level).toBe("warning");
  });
});

describe("GitHub annotations", () => {
  it.each([
    ["100%", "100%25"],
    ["a\nb\r\nc", "a%0Ab%0D%0Ac"],
  ])("data %j escapes to %j", (input, out) => expect(escapeData(input)).toBe(out));

  it.each([
    ["a:b,c", "a%3Ab%2Cc"],
    ["50% off\n", "50%25 off%0A"],
  ])("property %j escapes to %j", (input, out) => expect(escapeProperty(input)).toBe(out));

  it("every line is a workflow command the runner can parse, errors first", async () => {
    const r = await run(["seeds", "--format", "github"]);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(3);
    const parsed = lines.map((l) => /^::(error|warning|notice) ((?:[a-zA-Z]+=[^,:]*)(?:,[a-zA-Z]+=[^,:]*)*)::(.*)$/.exec(l));
    for (const p of parsed) expect(p).not.toBeNull();
    expect(parsed.map((p) => p![1])).toEqual(["error", "error", "warning"]);
    const props = Object.fromEntries(parsed[0]![2].split(",").map((kv) => kv.split("=")));
    expect(props.file).toMatch(/^seeds\/.+\.txt$/);
    expect(Number(props.line)).toBeGreaterThan(0);
    expect(Number(props.col)).toBeGreaterThan(0);
    expect(parsed[0]![3]).not.toMatch(/[\r\n]/);
  });
});
