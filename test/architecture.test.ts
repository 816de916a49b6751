/** The layers keep their promises: a pure core, one module that imports compromise, versions in step. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { VERSION } from "../src/version.js";

const src = path.resolve(__dirname, "../src");
const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
/** Static imports and require calls (compromise is required lazily). */
const importsOf = (file: string) => [...fs.readFileSync(file, "utf8").matchAll(/(?:from\s+|require\s*\(\s*|\)\(\s*)["']([^"']+)["']/g)].map((m) => m[1]);

describe("architecture", () => {
  it("the core imports no fs, process, console, chalk or commander, and nothing outside the core", () => {
    for (const file of files(path.join(src, "core"))) {
      const text = fs.readFileSync(file, "utf8");
      for (const dep of importsOf(file)) {
        expect(dep, file).not.toMatch(/^(node:)?(fs|fs\/promises|path|os|child_process|process)$|^chalk$|^commander$/);
        if (dep.startsWith(".")) expect(path.resolve(path.dirname(file), dep).startsWith(path.join(src, "core")), `${file} imports ${dep}`).toBe(true);
      }
      expect(text, file).not.toMatch(/\bconsole\.|\bprocess\./);
    }
  });

  it("only core/nlp/compromise.ts imports compromise", () => {
    const users = files(src).filter((f) => importsOf(f).some((d) => d.startsWith("compromise")));
    expect(users.map((f) => path.relative(src, f))).toEqual(["core/nlp/compromise.ts"]);
  });

  it("formatters and the report builder do not touch the file system", () => {
    for (const file of [...files(path.join(src, "format")), ...files(path.join(src, "report"))]) {
      for (const dep of importsOf(file)) expect(dep, file).not.toMatch(/^(node:)?(fs|fs\/promises|child_process)$/);
    }
  });

  it("VERSION matches package.json", () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../package.json"), "utf8"));
    expect(VERSION).toBe(pkg.version);
  });

  it("source files stay small", () => {
    for (const file of files(src)) expect(fs.readFileSync(file, "utf8").split("\n").length, file).toBeLessThan(400);
  });
});
