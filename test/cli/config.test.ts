/** Configuration files, their validation, what each key does, and ignore patterns. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run, tmp } from "./run.js";

const A = "Keller Corp reported revenue of $9 billion for 2025, the company said on Tuesday.";
const B = "Keller Corp reported revenue of $9.9 billion for 2025, the company said.";
const conflicts = (stdout: string) => JSON.parse(stdout).conflicts as { kind: string; severity: string }[];

describe("configuration", () => {
  it("found in a parent folder; .claimcheckrc.json sets the format and failOn", async () => {
    const dir = tmp({ ".claimcheckrc.json": '{ "format": "json", "failOn": "error" }', "sub/a.txt": A, "sub/b.txt": B });
    const r = await run(["."], path.join(dir, "sub"));
    expect(conflicts(r.stdout)).toHaveLength(1);
    expect(r.code).toBe(1);
  });

  it("the command line overrides it", async () => {
    const dir = tmp({ "claimcheck.config.json": '{ "format": "json" }', "a.txt": A, "b.txt": B });
    const r = await run([".", "--format", "github"], dir);
    expect(r.stdout).toMatch(/^::error /);
  });

  it("the claimcheck key of package.json; --no-config ignores it; --config names another", async () => {
    const dir = tmp({ "package.json": '{ "name": "x", "claimcheck": { "severity": { "money": "off" } } }', "other.json": '{ "format": "json" }', "a.txt": A, "b.txt": B });
    expect((await run(["."], dir)).code).toBe(0);
    expect((await run([".", "--no-config"], dir)).code).toBe(1);
    const r = await run([".", "--config", "other.json"], dir);
    expect(conflicts(r.stdout)).toHaveLength(1);
  });

  it("a package.json without the key is not a configuration", async () => {
    const dir = tmp({ "package.json": '{ "name": "x" }', "a.txt": A, "b.txt": B });
    expect((await run(["."], dir)).code).toBe(1);
  });

  it.each([
    ['{ "colour": "red" }', /\.claimcheckrc\.json: invalid configuration: unknown key "colour"/],
    ['{ "failOn": "fatal" }', /\.claimcheckrc\.json: invalid configuration: "failOn" must be one of "error", "warning", "info"/],
    ['{ "ignore": "drafts" }', /\.claimcheckrc\.json: invalid configuration: "ignore" must be array/],
    ['{ "aliases": { "AWS": "Amazon Web Services" } }', /invalid configuration: "aliases\.AWS" must be array/],
    ['{ "severity": { "moneyy": "off" } }', /invalid configuration: unknown key "severity\.moneyy"|must be one of/],
    ['{ "format": "json", }', /\.claimcheckrc\.json: configuration is not valid JSON/],
  ])("%s is exit 2 naming the file and key", async (text, message) => {
    const dir = tmp({ ".claimcheckrc.json": text, "a.txt": A, "b.txt": B });
    const r = await run(["."], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it("a missing --config file is exit 2", async () => {
    const dir = tmp({ "a.txt": A });
    const r = await run([".", "--config", "nope.json"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.json: cannot read configuration/);
  });

  it("tolerances: a relative tolerance per kind or measure makes close figures agree", async () => {
    const dir = tmp({ "a.txt": A, "b.txt": B });
    expect((await run(["."], dir)).code).toBe(1);
    fs.writeFileSync(path.join(dir, ".claimcheckrc.json"), '{ "tolerances": { "money": 0.05 } }');
    expect((await run(["."], dir)).code).toBe(0);
    fs.writeFileSync(path.join(dir, ".claimcheckrc.json"), '{ "tolerances": { "revenue": { "absolute": 500000000 } } }');
    expect((await run(["."], dir)).code).toBe(0);
    fs.writeFileSync(path.join(dir, ".claimcheckrc.json"), '{ "tolerances": { "count": 0.5 } }');
    expect((await run(["."], dir)).code).toBe(1);
  });

  it("severity overrides per kind", async () => {
    const dir = tmp({ ".claimcheckrc.json": '{ "severity": { "money": "info" }, "format": "json" }', "a.txt": A, "b.txt": B });
    const r = await run(["."], dir);
    expect(conflicts(r.stdout).map((c) => c.severity)).toEqual(["info"]);
    expect(r.code).toBe(0);
    expect((await run([".", "--fail-on", "info"], dir)).code).toBe(1);
  });

  it("aliases join two names of one company", async () => {
    const files = {
      "a.txt": "Northwind Traders Ltd reported revenue of $4 billion for 2025, chief executive Dana Whitfield said in Seattle.",
      "b.txt": "NWT reported revenue of $5 billion for 2025, chief executive Dana Whitfield said in Seattle on Tuesday.",
    };
    const plain = tmp(files);
    expect(conflicts((await run([".", "--format", "json"], plain)).stdout)).toHaveLength(0);
    const dir = tmp({ ...files, ".claimcheckrc.json": '{ "aliases": { "Northwind Traders": ["NWT"] } }' });
    expect(conflicts((await run([".", "--format", "json"], dir)).stdout)).toHaveLength(1);
  });
});

describe("ignore patterns", () => {
  const files = { "a.txt": A, "drafts/b.txt": B, "c/old.txt": B };
  it.each([
    [["--ignore", "drafts/", "--ignore", "c/*.txt"], 0],
    [["--ignore", "drafts"], 1],
    [[], 1],
  ])("%j -> exit %i", async (args, code) => {
    expect((await run([".", ...args], tmp(files))).code).toBe(code);
  });

  it(".claimcheckignore (gitignore syntax, negation) and the configuration's ignore", async () => {
    const dir = tmp({ ...files, ".claimcheckignore": "# old copies\ndrafts/\nc/\n" });
    expect((await run(["."], dir)).code).toBe(0);
    fs.writeFileSync(path.join(dir, ".claimcheckignore"), "*.txt\n!a.txt\n!drafts/\n!drafts/*.txt\n");
    expect((await run(["."], dir)).code).toBe(1);
    const cfg = tmp({ ...files, ".claimcheckrc.json": '{ "ignore": ["drafts/**", "c"] }' });
    expect((await run(["."], cfg)).code).toBe(0);
  });

  it("an ignored file named on the command line is skipped with a diagnostic", async () => {
    const dir = tmp(files);
    const r = await run(["a.txt", "drafts/b.txt", "--ignore", "drafts/"], dir);
    expect(r.stderr).toMatch(/drafts\/b\.txt: skipped: matches an ignore pattern/);
    expect(r.code).toBe(0);
  });
});
