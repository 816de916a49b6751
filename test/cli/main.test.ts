/** The command line: exit codes, formats, errors in one line, determinism. Runs main() in-process and the real bin. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { root, run, tmp } from "./run.js";

describe("exit codes", () => {
  it("1 when conflicts at warning or above are found (seeds)", async () => {
    expect((await run(["seeds"])).code).toBe(1);
  });

  it("0 when the articles agree", async () => {
    const dir = tmp({ "a.txt": "Keller Corp reported revenue of $9 billion.", "b.txt": "Keller Corp reported revenue of $9.0 billion." });
    const r = await run([".", "--format", "json"], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).conflicts).toEqual([]);
  });

  it("--fail-on error ignores warnings", async () => {
    const dir = tmp({ "a.txt": "At least 40 people have been sickened, the agency said.", "b.txt": "The agency said 36 people have been sickened." });
    expect((await run(["."], dir)).code).toBe(1);
    expect((await run([".", "--fail-on", "error"], dir)).code).toBe(0);
  });

  it.each([
    [["no/such/path"], /no such file or directory: no\/such\/path/],
    [["seeds", "--format", "yaml"], /Allowed choices are pretty, json/],
    [["seeds", "--frobnicate"], /unknown option '--frobnicate'/],
  ])("2 with one clear line for %j", async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  it("2 when a folder holds no article", async () => {
    const dir = tmp({ "notes.csv": "a,b", "img.png": "x" });
    const r = await run(["."], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/no article files/);
  });
});

describe("formats", () => {
  it("json: the versioned report with positions", async () => {
    const r = await run(["seeds", "--format", "json"]);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.summary.conflicts).toBe(report.conflicts.length);
    const m = report.conflicts[0].values[0].mentions[0];
    expect(m.path).toMatch(/^seeds\//);
    expect(m.line).toBeGreaterThan(0);
  });

  it("pretty: no colour when not a terminal or with NO_COLOR, colour with FORCE_COLOR", async () => {
    expect((await run(["seeds"])).stdout).not.toMatch(/\u001b\[/);
    expect((await run(["seeds"], root, { NO_COLOR: "1" })).stdout).not.toMatch(/\u001b\[/);
    expect((await run(["seeds"], root, { FORCE_COLOR: "1" })).stdout).toMatch(/\u001b\[/);
    expect((await run(["seeds", "--format", "json"], root, { FORCE_COLOR: "1" })).stdout).not.toMatch(/\u001b\[/);
  });

  it("pretty: quotes each side with path:line:col and a summary line", async () => {
    const out = (await run(["seeds"])).stdout;
    expect(out).toMatch(/seeds\/000_303569c216f7b165\.txt:\d+:\d+/);
    expect(out).toMatch(/3 conflicts \(2 errors, 1 warning, 0 info\)/);
  });

  it("-o writes the report to a file", async () => {
    const dir = tmp({});
    const out = path.join(dir, "report.json");
    const r = await run(["seeds", "--format", "json", "-o", out]);
    expect(r.stdout).toBe("");
    expect(JSON.parse(fs.readFileSync(out, "utf8")).version).toBe(1);
  });
});

describe("determinism", () => {
  it("the same articles give the same bytes, whatever order the files were written in", async () => {
    const files = fs.readdirSync(path.join(root, "seeds"));
    const a = tmp({});
    const b = tmp({});
    for (const f of files) fs.copyFileSync(path.join(root, "seeds", f), path.join(a, f));
    for (const f of [...files].reverse()) fs.copyFileSync(path.join(root, "seeds", f), path.join(b, f));
    const ra = await run([".", "--format", "json"], a);
    const rb = await run([".", "--format", "json"], b);
    expect(ra.stdout).toBe(rb.stdout);
    expect(ra.stdout).toBe((await run([".", "--format", "json"], a)).stdout);
  });
});

describe("the real bin", () => {
  it("runs from the built package and sets the exit code", () => {
    const r = spawnSync("node", [path.join(root, "bin/claimcheck.js"), "seeds", "--format", "json"], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).conflicts.length).toBe(3);
  });

  it("a reader that closes the pipe early is not an error (no EPIPE trace)", () => {
    const r = spawnSync("bash", ["-c", `node ${JSON.stringify(path.join(root, "bin/claimcheck.js"))} seeds --format json | head -c 10 > /dev/null; echo "status \${PIPESTATUS[0]}"`], { cwd: root, encoding: "utf8" });
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(r.stdout).toMatch(/status [01]\b/);
  });

  it("--version and --help exit 0", () => {
    expect(spawnSync("node", [path.join(root, "bin/claimcheck.js"), "--version"], { encoding: "utf8" }).status).toBe(0);
    const help = spawnSync("node", [path.join(root, "bin/claimcheck.js"), "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--format/);
  });
});
