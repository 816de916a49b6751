/**
 * The CI cycle of issue 3 on a scratch copy of the seeds: accept, edit, rename, contradict, remove, corrupt.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run, seedsCopy } from "./run.js";

const NEW_ARTICLE = [
  "# Anthropic deepens its cloud deal with Amazon",
  "",
  "Anthropic has pledged to spend $150 billion on Amazon Web Services (AWS) over the next decade, according to people familiar with the agreement.",
  "",
].join("\n");

function json(stdout: string) {
  return JSON.parse(stdout) as {
    conflicts: { baselineState?: string; subject: string; measure: string; fingerprint: string; values: { value: unknown; baselineState?: string }[] }[];
    baseline?: { new: number; updated: number; unchanged: number; absent: unknown[] };
  };
}

describe("baseline cycle on the seeds", () => {
  const dir = seedsCopy();
  const seeds = path.join(dir, "seeds");
  const base = path.join(dir, "claimcheck-baseline.json");

  it("--update-baseline writes every conflict and exits 0; the file is stable and has no positions", async () => {
    const r = await run(["seeds", "--baseline", "claimcheck-baseline.json", "--update-baseline"], dir);
    expect(r.code).toBe(0);
    const text = fs.readFileSync(base, "utf8");
    const data = JSON.parse(text);
    expect(data.version).toBe(1);
    expect(data.conflicts).toHaveLength(3);
    expect(text).not.toMatch(/"line"|"column"|"quote"|"message"|"id"|\d{4}-\d\d-\d\dT/);
    expect(text).toContain('"seeds/000_303569c216f7b165.txt"');
    await run(["seeds", "--baseline", "claimcheck-baseline.json", "--update-baseline"], dir);
    expect(fs.readFileSync(base, "utf8")).toBe(text);
  });

  it("a run against it exits 0 and marks every conflict unchanged", async () => {
    const r = await run(["seeds", "--baseline", "claimcheck-baseline.json", "--format", "json"], dir);
    expect(r.code).toBe(0);
    const report = json(r.stdout);
    expect(report.conflicts.map((c) => c.baselineState)).toEqual(["unchanged", "unchanged", "unchanged"]);
    expect(report.baseline).toMatchObject({ new: 0, updated: 0, unchanged: 3, absent: [] });
  });

  it("lines added above every paragraph and one article renamed: still 0", async () => {
    for (const name of fs.readdirSync(seeds)) {
      const file = path.join(seeds, name);
      const text = fs.readFileSync(file, "utf8");
      fs.writeFileSync(file, text.split("\n").map((l) => (l.trim() ? `Editor's note: this paragraph was reviewed.\n${l}` : l)).join("\n"));
    }
    fs.renameSync(path.join(seeds, "003_ab2a9deb3e5f0187.txt"), path.join(seeds, "amazon-anthropic-deal.txt"));
    const r = await run(["seeds", "--baseline", "claimcheck-baseline.json", "--format", "json"], dir);
    expect(r.code).toBe(0);
    expect(json(r.stdout).conflicts.map((c) => c.baselineState)).toEqual(["unchanged", "unchanged", "unchanged"]);
  });

  it("a new article saying $150 billion fails, and only the pledge conflict is marked", async () => {
    fs.writeFileSync(path.join(seeds, "new-report.md"), NEW_ARTICLE);
    const r = await run(["seeds", "--baseline", "claimcheck-baseline.json", "--format", "json"], dir);
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    const changed = report.conflicts.filter((c) => c.baselineState !== "unchanged");
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ baselineState: "updated", subject: "Anthropic", measure: "spending" });
    expect(changed[0].values.filter((v) => v.baselineState === "new").map((v) => v.value)).toEqual([150e9]);
    const gh = await run(["seeds", "--baseline", "claimcheck-baseline.json", "--format", "github"], dir);
    expect(gh.stdout.trim().split("\n")).toHaveLength(1);
    expect(gh.stdout).toMatch(/^::error file=seeds\/new-report\.md,line=3,/);
    const quiet = await run(["seeds", "--baseline", "claimcheck-baseline.json", "--format", "json", "--quiet"], dir);
    expect(json(quiet.stdout).conflicts.map((c) => c.baselineState)).toEqual(["updated"]);
  });

  it("removing it passes again", async () => {
    fs.rmSync(path.join(seeds, "new-report.md"));
    expect((await run(["seeds", "--baseline", "claimcheck-baseline.json"], dir)).code).toBe(0);
  });

  it("an accepted conflict that disappears is listed as absent, never a failure; --update-baseline prunes it", async () => {
    const file = path.join(seeds, "002_c71fa8cf0f6a4520.txt");
    const keep = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, keep.replace(/Mythos/g, "Claude"));
    fs.writeFileSync(path.join(seeds, "000_303569c216f7b165.txt"), fs.readFileSync(path.join(seeds, "000_303569c216f7b165.txt"), "utf8").replace(/Mythos/g, "Claude"));
    fs.writeFileSync(path.join(seeds, "001_12cb152c6953381f.txt"), fs.readFileSync(path.join(seeds, "001_12cb152c6953381f.txt"), "utf8").replace(/Mythos/g, "Claude"));
    const r = await run(["seeds", "--baseline", "claimcheck-baseline.json", "--format", "json"], dir);
    expect(r.code).toBe(0);
    expect(json(r.stdout).baseline?.absent).toHaveLength(1);
    await run(["seeds", "--baseline", "claimcheck-baseline.json", "--update-baseline"], dir);
    expect(JSON.parse(fs.readFileSync(base, "utf8")).conflicts).toHaveLength(2);
  });

  it.each([
    ["corrupt JSON", '{"version": 1, "conflicts": [', /broken\.json: baseline is not valid JSON/],
    ["wrong shape", '{"version": 1, "tool": "claimcheck", "conflicts": [{"kind": "money"}]}', /broken\.json: invalid baseline: missing key "conflicts\.0\.fingerprint"/],
    ["other version", '{"version": 7, "tool": "claimcheck", "conflicts": []}', /broken\.json: invalid baseline: "version" must be 1/],
  ])("a %s baseline is exit 2 naming the file", async (_, text, message) => {
    fs.writeFileSync(path.join(dir, "broken.json"), text);
    const r = await run(["seeds", "--baseline", "broken.json"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it("a missing baseline is exit 2 naming the file; --update-baseline without --baseline is a usage error", async () => {
    const r = await run(["seeds", "--baseline", "nope.json"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.json: baseline not found/);
    expect((await run(["seeds", "--update-baseline"], dir)).code).toBe(2);
  });
});
