/** Issue 4's table: every kind of bad input gets its behaviour, nothing hangs, nothing is lost. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { check } from "../../src/engine/check.js";
import { writeAtomic } from "../../src/engine/write-atomic.js";
import { root, run, scratch, tmp } from "./run.js";

const GOOD_A = "Keller Corp reported revenue of $9 billion for 2025, the company said on Tuesday.\n";
const GOOD_B = "Keller Corp reported revenue of $12 billion for 2025, the company said.\n";
const json = (s: string) => JSON.parse(s);

describe("bad input", () => {
  it("a path that does not exist: exit 2, one line naming it", async () => {
    const r = await run(["nope/here.txt"], tmp({}));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual(["claimcheck: no such file or directory: nope/here.txt"]);
  });

  it("a folder with no article files: exit 2 saying where", async () => {
    const dir = tmp({ "notes/a.pdf": "x", "notes/b.json": "{}" });
    const r = await run(["notes"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no article files .* found in notes/);
  });

  it.each([
    [["--frobnicate"], /unknown option '--frobnicate'[\s\S]*--help/],
    [["--format", "yaml"], /Allowed choices are pretty, json, sarif, github/],
    [["--jobs", "0"], /--jobs.*at least 1/],
  ])("%j: exit 2 with the hint", async (args, message) => {
    const r = await run([".", ...args], tmp({ "a.txt": GOOD_A }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("a binary file with an article extension is skipped with a diagnostic; the run goes on", async () => {
    const dir = tmp({ "a.txt": GOOD_A, "b.txt": GOOD_B });
    fs.writeFileSync(path.join(dir, "c.txt"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0, 0, 0, 3, 255, 254, 0, 0]));
    const r = await run([".", "--format", "json"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/c\.txt: skipped: looks like a binary file/);
    expect(json(r.stdout).diagnostics).toEqual([{ path: "c.txt", code: "binary", message: "skipped: looks like a binary file" }]);
  });

  it("a broken symlink (unreadable) is a diagnostic; the run goes on", async () => {
    const dir = tmp({ "a.txt": GOOD_A, "b.txt": GOOD_B });
    fs.symlinkSync(path.join(dir, "missing.txt"), path.join(dir, "dangling.txt"));
    const r = await run([".", "--format", "json"], dir);
    expect(r.code).toBe(1);
    expect(json(r.stdout).diagnostics[0]).toMatchObject({ path: "dangling.txt", code: "unreadable" });
  });

  it("symlink loops, links out of the tree and FIFOs: no hang", async () => {
    const outside = tmp({ "far.txt": GOOD_B });
    const dir = tmp({ "a.txt": GOOD_A });
    fs.symlinkSync(dir, path.join(dir, "loop"));
    fs.symlinkSync(outside, path.join(dir, "elsewhere"));
    let fifo = false;
    try {
      execFileSync("mkfifo", [path.join(dir, "pipe.txt")]);
      fifo = true;
    } catch {
      // no mkfifo here: the rest still runs
    }
    const r = await run([".", "--format", "json"], dir);
    const report = json(r.stdout);
    expect(report.sources.map((s: { path: string }) => s.path)).toEqual(["a.txt", "elsewhere/far.txt"]);
    if (fifo) expect(report.diagnostics).toContainEqual({ path: "pipe.txt", code: "not-a-file", message: "skipped: not a regular file" });
  });

  it.each([
    ["UTF-8 BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Line one.\nKeller Corp reported revenue of $12 billion for 2025.\n")]), 2, 33],
    ["UTF-16 LE", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Line one.\r\nKeller Corp reported revenue of $12 billion for 2025.\r\n", "utf16le")]), 2, 33],
    ["CR line endings", Buffer.from("Line one.\rKeller Corp reported revenue of $12 billion for 2025.\r"), 2, 33],
    ["invalid UTF-8", Buffer.concat([Buffer.from("Line \xff one.\n", "latin1"), Buffer.from("Keller Corp reported revenue of $12 billion for 2025.\n")]), 2, 33],
  ])("%s: read correctly, positions right", async (_, bytes, line, column) => {
    const dir = tmp({ "a.txt": GOOD_A });
    fs.writeFileSync(path.join(dir, "b.txt"), bytes);
    const report = json((await run([".", "--format", "json"], dir)).stdout);
    const mention = report.conflicts[0].values.flatMap((v: { mentions: unknown[] }) => v.mentions).find((m: { path: string }) => m.path === "b.txt");
    expect(mention).toMatchObject({ line, column });
  });

  it("an empty article and an article of only chrome: no claims, no error", async () => {
    const dir = tmp({ "empty.txt": "", "chrome.md": "Skip to content\nShare this article\nUpdated Apr 21, 2026\n", "a.txt": GOOD_A });
    const r = await run([".", "--format", "json"], dir);
    expect(r.code).toBe(0);
    const sources = json(r.stdout).sources as { path: string; claims: number }[];
    expect(sources.filter((s) => s.path !== "a.txt").map((s) => s.claims)).toEqual([0, 0]);
  });

  it("a large article packed with amounts, currency signs, dates and hedges runs in linear time", async () => {
    const unit = "$5B €80m £70m US$350 million 85 million euros at least 50 up to $9.0 billion between $50 billion and $52 billion March 14, 2026 8% 3,000,000 ";
    const small = unit.repeat(800); // ~100 KB
    const big = unit.repeat(3200); // ~400 KB
    const time = async (text: string) => {
      const dir = tmp({ "a.txt": text });
      const t = performance.now();
      await check(["."], { cwd: dir, jobs: 1 });
      return performance.now() - t;
    };
    await time(small); // warm up
    const t1 = await time(small);
    const t4 = await time(big);
    expect(t4).toBeLessThan(4000);
    expect(t4 / t1).toBeLessThan(8); // 4x the text, well under quadratic (16x)
  }, 20000);

  it("HTML with scripts, iframes, huge attributes and deep nesting: text only, no overflow", async () => {
    const deep = "<div>".repeat(20000) + "Keller Corp reported revenue of $12 billion for 2025." + "</div>".repeat(20000);
    const html = `<html><body><script>throw new Error("ran")</script><iframe src="javascript:alert(1)"></iframe><p title="${"x".repeat(200000)}">Intro.</p>${deep}</body></html>`;
    const dir = tmp({ "a.txt": GOOD_A, "b.html": html });
    const r = await run([".", "--format", "json"], dir);
    expect(r.code).toBe(1);
    const quotes = json(r.stdout).conflicts[0].values.flatMap((v: { mentions: { quote: string }[] }) => v.mentions.map((m) => m.quote));
    expect(quotes.join(" ")).not.toMatch(/throw new Error|javascript:|xxxx/);
  });

  it("an internal error: exit 2, a short message and where to report it; the stack only with --debug", async () => {
    const io = () => {
      const out = { stdout: "", stderr: "" };
      return { out, io: { stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) }, env: {}, cwd: root } };
    };
    const boom = { check: async () => { throw new TypeError("boom"); } };
    const a = io();
    expect(await main(["seeds"], a.io, boom)).toBe(2);
    expect(a.out.stderr).toMatch(/internal error: boom\n.*--debug.*report it at https:\/\//);
    expect(a.out.stderr).not.toMatch(/at .*\.ts:\d+/);
    const b = io();
    expect(await main(["seeds", "--debug"], b.io, boom)).toBe(2);
    expect(b.out.stderr).toMatch(/TypeError: boom\n\s+at /);
  });
});

describe("files claimcheck writes", () => {
  it("a failed write leaves the old file whole and no temporary file behind", async () => {
    const dir = tmp({ "report.json": "old" });
    fs.mkdirSync(path.join(dir, "as-dir"));
    await expect(writeAtomic(path.join(dir, "as-dir"), "new")).rejects.toThrow();
    expect(fs.readFileSync(path.join(dir, "report.json"), "utf8")).toBe("old");
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("a corrupt cache is ignored and rebuilt, with the same report", async () => {
    const dir = tmp({ "a.txt": GOOD_A, "b.txt": GOOD_B });
    const cache = path.join(dir, "cache");
    const first = await run([".", "--format", "json", "--cache", "--cache-location", "cache"], dir);
    expect(fs.readdirSync(cache).sort()).toEqual(["docs.v8", "result.v8"]);
    for (const f of fs.readdirSync(cache)) fs.writeFileSync(path.join(cache, f), "garbage\u0000\u00ff");
    const second = await run([".", "--format", "json", "--cache", "--cache-location", "cache"], dir);
    expect(second.stdout).toBe(first.stdout);
    expect(fs.readFileSync(path.join(cache, "result.v8")).length).toBeGreaterThan(100);
  });

  it("a cache written by another build of the same version is not trusted", async () => {
    const dir = tmp({ "a.txt": GOOD_A, "b.txt": GOOD_B });
    const counts: number[] = [];
    const opts = { cwd: dir, cache: true, onProgress: (p: { phase: string; done: number; analysed?: number }) => p.phase === "analyse" && p.done === 2 && counts.push(p.analysed ?? -1) };
    await check(["."], opts);
    const file = path.join(dir, "node_modules/.cache/claimcheck/docs.v8");
    const docs = v8.deserialize(fs.readFileSync(file));
    expect(docs.version).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{16}$/);
    fs.writeFileSync(file, v8.serialize({ ...docs, version: docs.version.replace(/\+.*/, "+0000000000000000") }));
    fs.rmSync(path.join(dir, "node_modules/.cache/claimcheck/result.v8"));
    await check(["."], opts);
    expect(counts).toEqual([2, 2]);
  });

  it("a changed article is re-analysed, the others come from the cache", async () => {
    const dir = tmp({ "a.txt": GOOD_A, "b.txt": GOOD_B, "c.txt": "Keller Corp employs 4,000 people.\n" });
    const counts: number[] = [];
    const opts = { cwd: dir, cache: true, onProgress: (p: { phase: string; done: number; analysed?: number }) => p.phase === "analyse" && p.done === 3 && counts.push(p.analysed ?? -1) };
    await check(["."], opts);
    fs.writeFileSync(path.join(dir, "b.txt"), GOOD_B.replace("$12", "$13"));
    const report = await check(["."], opts);
    expect(counts).toEqual([3, 1]);
    expect(report.conflicts[0].values.map((v) => v.value).sort()).toEqual([13e9, 9e9]);
  });
});

describe("determinism", () => {
  const articles: Record<string, string> = {};
  for (let i = 0; i < 24; i++) {
    const figure = 9 + (i % 3);
    articles[`s${i % 4}/a${i}.txt`] = `Keller Corp reported revenue of $${figure} billion for 2025, chief executive Dana Whitfield said in Seattle.\n`.repeat(1) + `${"Analysts in Seattle followed the results closely and compared them with rivals. ".repeat(400)}\n`;
  }
  it("JSON and SARIF are byte-identical across creation orders and --jobs 1 vs 2", async () => {
    const forward = tmp(articles);
    const backward = scratch("cc-rev-");
    for (const name of Object.keys(articles).reverse()) {
      fs.mkdirSync(path.dirname(path.join(backward, name)), { recursive: true });
      fs.writeFileSync(path.join(backward, name), articles[name]);
    }
    const outputs = new Set<string>();
    for (const [dir, jobs] of [[forward, "1"], [forward, "2"], [backward, "2"], [backward, "1"]] as const) {
      const j = await run([".", "--format", "json", "--jobs", jobs], dir);
      const s = await run([".", "--format", "sarif", "--jobs", jobs], dir);
      outputs.add(j.stdout + s.stdout);
    }
    expect(outputs.size).toBe(1);
  }, 60000);
});
