/**
 * The HTML report: self-contained and escaped (always), and seen in a real browser (Debian's chromium through
 * playwright-core; skipped with a message when no Chromium can be had, but .ci/run installs it).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatHtml } from "../../src/format/html.js";
import { check } from "../../src/engine/check.js";
import { root, tmp } from "../cli/run.js";

const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
const HOSTILE = [
  "Keller Corp reported revenue of $9 billion for 2025, the company said <script>window.__pwned = 1; alert(1)</script>.",
  "",
].join("\n");
const HOSTILE_B = 'Keller Corp reported revenue of $12 billion for 2025, "><img src=x onerror="window.__pwned=2"> the company said.\n';

describe("HTML report (markup)", () => {
  it("is one self-contained page: no external script, style, font or image", async () => {
    const html = formatHtml(await check(["seeds"], { cwd: root }));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(|<img[^>]+src="?http/i);
    expect(html).toMatch(/<h1>claimcheck report<\/h1>/);
    expect((html.match(/<article class="conflict/g) ?? []).length).toBe(3);
  });

  it("escapes article text: markup in an article shows as text", async () => {
    const dir = tmp({ "a.txt": HOSTILE, "b.html": `<html><body><p>${HOSTILE_B.replace(/</g, "&lt;").replace(/>/g, "&gt;")}</p></body></html>` });
    const html = formatHtml(await check(["."], { cwd: dir }));
    expect(html).not.toContain("<script>window.__pwned");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;script&gt;window.__pwned");
  });
});

describe.skipIf(!CHROMIUM)(`HTML report in Chromium${CHROMIUM ? "" : " (skipped: no chromium; apt-get install -y chromium)"}`, () => {
  const open = async (html: string, name: string, fn: (page: import("playwright-core").Page) => Promise<void>) => {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
    const file = path.join(tmp({}), `${name}.html`);
    fs.writeFileSync(file, html);
    const errors: string[] = [];
    const requests: string[] = [];
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("dialog", (d) => {
        errors.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      page.on("request", (r) => {
        if (!r.url().startsWith("file://")) requests.push(r.url());
      });
      await page.goto(`file://${file}`);
      await fn(page);
    } finally {
      await browser.close();
    }
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  };

  it("the seeds' report shows the three conflicts, their values and sources; filters work; a screenshot is saved", async () => {
    const report = await check(["seeds"], { cwd: root });
    await open(formatHtml(report), "seeds", async (page) => {
      const cards = page.locator("article.conflict");
      expect(await cards.count()).toBe(3);
      for (let i = 0; i < 3; i++) await expect.poll(() => cards.nth(i).isVisible()).toBe(true);
      const text = await page.locator("main").innerText();
      for (const v of ["$5 billion", "$25 billion", "$100 billion", "Claude", "Mythos"]) expect(text).toContain(v);
      for (const s of report.sources.filter((x) => !x.copyOf)) expect(text).toContain(s.path);
      expect(await page.locator("header").innerText()).toMatch(/copy of|syndicated copy/i);
      // Accessible: headings, labelled controls.
      expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
      expect(await page.getByRole("heading", { level: 3 }).count()).toBe(3);
      expect(await page.getByRole("searchbox", { name: "Search" }).count()).toBe(1);
      expect(await page.getByRole("combobox", { name: "Source" }).count()).toBe(1);
      expect(await page.getByRole("checkbox", { name: /error/ }).count()).toBe(1);
      // Filters: only warnings, then a search.
      await page.locator("input[name=severity][value=error]").uncheck();
      expect(await page.locator("article.conflict:visible").count()).toBe(1);
      await page.locator("input[name=severity][value=error]").check();
      await page.locator("input[name=q]").fill("spending");
      expect(await page.locator("article.conflict:visible").count()).toBe(1);
      await page.locator("input[name=q]").fill("");
      fs.mkdirSync(path.join(root, "test/artifacts"), { recursive: true });
      await page.screenshot({ path: path.join(root, "test/artifacts/seeds-report.png"), fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(root, "test/artifacts/seeds-report-phone.png"), fullPage: false });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(1);
    });
  }, 60000);

  it("an article with <script> and an onerror attribute runs nothing", async () => {
    const dir = tmp({ "a.txt": HOSTILE, "b.txt": HOSTILE_B });
    const html = formatHtml(await check(["."], { cwd: dir }));
    await open(html, "hostile", async (page) => {
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator("main").innerText()).toContain("<script>window.__pwned = 1");
    });
  }, 60000);

  it("with scripts disabled every conflict is still shown", async () => {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const file = path.join(tmp({}), "nojs.html");
      fs.writeFileSync(file, formatHtml(await check(["seeds"], { cwd: root })));
      await page.goto(`file://${file}`);
      expect(await page.locator("article.conflict:visible").count()).toBe(3);
      expect(await page.locator("#filters").isVisible()).toBe(false);
    } finally {
      await browser.close();
    }
  }, 60000);
});
