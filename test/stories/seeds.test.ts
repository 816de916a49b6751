/** The seed articles: the three conflicts they really contain, and none of their traps. */
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { check } from "../../src/index.js";

const root = path.resolve(__dirname, "../..");
const seeds = path.join(root, "seeds");

describe("seeds", async () => {
  const report = await check(["seeds"], { cwd: root });
  const byValues = (vals: (number | string)[]) => report.conflicts.find((c) => vals.every((v) => c.values.some((g) => g.value === v)));

  it("Amazon's investment: $5B vs $25B", () => {
    const c = byValues([5e9, 25e9]);
    expect(c?.subject).toBe("Amazon");
    expect(c?.measure).toBe("investment");
  });

  it("Anthropic's AWS spending pledge: $100B vs $25B", () => {
    const c = byValues([100e9, 25e9]);
    expect(c?.subject).toBe("Anthropic");
    expect(c?.measure).toBe("spending");
  });

  it("Anthropic's model: Mythos vs Claude", () => {
    expect(byValues(["Mythos", "Claude"])?.kind).toBe("entity");
  });

  it("nothing else at warning or above (Microsoft's $13B is another subject)", () => {
    expect(report.conflicts.filter((c) => c.severity !== "info")).toHaveLength(3);
    expect(report.conflicts.some((c) => c.values.some((v) => v.value === 13e9))).toBe(false);
  });

  it("001 is a syndicated copy of 000", () => {
    expect(report.sources.find((s) => s.path.endsWith("001_12cb152c6953381f.txt"))?.copyOf).toBe("seeds/000_303569c216f7b165.txt");
  });

  const shared = path.resolve(root, "../shared/eval/score.mjs");
  it.skipIf(!fs.existsSync(shared))("the official scorer gives tp 3 fp 0 fn 0 (skipped without ../shared)", () => {
    const out = execFileSync("node", [shared, ".", "seeds", "--gold", "../shared/eval/seeds.gold.json"], { cwd: root, encoding: "utf8" });
    expect(out.trim().split("\n").at(-1)).toMatch(/tp 3 fp 0 fn 0$/);
  });
});
