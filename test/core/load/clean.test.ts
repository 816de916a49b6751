import { describe, expect, it } from "vitest";
import { cleanPlain } from "../../../src/core/load/clean-plain.js";
import { cleanHtml } from "../../../src/core/load/clean-html.js";
import { isChromeLine } from "../../../src/core/load/chrome.js";
import { decodeBytes } from "../../../src/core/load/decode.js";

describe("chrome lines", () => {
  it.each([
    "Skip to content",
    "Tech FrontlineBiotech & HealthPolicy & LawGrowth & LifeSpotlight",
    "Updated Apr 21, 2026",
    "· 1 min read",
    "Share this article",
    "Home | World | Sport | Business",
    "Source-URL: http://example.test/a",
    "Copyright 2026 Example News. All rights reserved.",
  ])("%s is chrome", (line) => expect(isChromeLine(line)).toBe(true));

  it.each([
    "Amazon has committed an additional $5 billion in funding to AI startup Anthropic.",
    "The Economics of AI Integration",
    "Updated figures showed that 12 people had died in the flooding across the region over the weekend, officials said.",
  ])("%s is not chrome", (line) => expect(isChromeLine(line)).toBe(false));
});

describe("cleanPlain keeps offsets", () => {
  it("blanks chrome with spaces, so clean and raw offsets are equal", () => {
    const raw = "Skip to content\nAmazon invested $5B.\nShare this article\n";
    const doc = cleanPlain("a.txt", raw, false);
    expect(doc.text.length).toBe(raw.length);
    expect(doc.text).not.toContain("Skip");
    const at = doc.text.indexOf("$5B");
    expect(doc.map).toBeUndefined(); // identity
    expect(raw.slice(at, at + 3)).toBe("$5B");
    expect(doc.title).toBe("Amazon invested $5B.");
  });

  it("removes Markdown syntax but keeps link text", () => {
    const raw = "# Title here\n\n**Ten people** were killed, said [the agency](http://x.test/a).\n";
    const doc = cleanPlain("a.md", raw, true);
    expect(doc.text).toContain("Ten people");
    expect(doc.text).not.toContain("**");
    expect(doc.text).not.toContain("http");
    expect(doc.text).toContain("the agency");
    expect(doc.text.length).toBe(raw.length);
  });

  it("drops a 'Title:' prefix and Date/Source-URL header lines", () => {
    const doc = cleanPlain("a.txt", "Title: Quake kills 12\nDate: 2016-01-02\nSource-URL: http://x\n\nBody.", false);
    expect(doc.title).toBe("Quake kills 12");
    expect(doc.text).not.toContain("Source-URL");
  });
});

describe("cleanHtml", () => {
  const html = `<!doctype html><html><head><title>T &amp; T</title><script>var deaths = 999;</script><style>p{}</style></head>
<body><nav><a href="/">Home</a> <a href="/x">World</a></nav><header>Site header 42</header>
<article><h1>Quake &ndash; 121 dead</h1><p>An earthquake killed 121&nbsp;people &amp; injured <b>300</b>.</p>
<div class="share-buttons">Share 7</div><aside>Related: 604 dead in 2011</aside><form><input value="5"></form></article>
<footer>&copy; 2026</footer></body></html>`;
  const doc = cleanHtml("a.html", html);

  it("keeps the article text and decodes entities", () => {
    expect(doc.text).toContain("An earthquake killed 121 people & injured 300.");
    expect(doc.text).toContain("Quake – 121 dead");
  });

  it("drops script, style, nav, header, footer, aside, forms and chrome-classed blocks", () => {
    for (const gone of ["999", "Home", "Site header", "Share 7", "604", "©"]) expect(doc.text).not.toContain(gone);
  });

  it("maps every character back to its raw offset", () => {
    const at = doc.text.indexOf("121 people");
    expect(html.slice(doc.map![at], doc.map![at] + 3)).toBe("121");
    const amp = doc.text.indexOf("&");
    expect(html.slice(doc.map![amp], doc.map![amp] + 5)).toBe("&amp;");
    const b = doc.text.indexOf("300");
    expect(html.slice(doc.map![b], doc.map![b] + 3)).toBe("300");
  });

  it("takes the headline as the title", () => {
    expect(doc.title).toBe("Quake – 121 dead");
  });

  it("keeps a table's row on one line, its cells apart as a Markdown row's are", () => {
    const table = cleanHtml("t.html", "<table><tr><th>Place</th><th>Runner</th><th>Time</th></tr><tr><td>2</td><td>Dawit Bekele</td><td> 2:06:58 </td></tr></table><p>After.</p>");
    expect(table.text.split("\n").filter(Boolean)).toEqual(["Place ; Runner ; Time ;", "2 ; Dawit Bekele ; 2:06:58 ;", "After."]);
    const at = table.text.indexOf("2:06:58");
    expect(table.raw.slice(table.map![at], table.map![at] + 7)).toBe("2:06:58");
  });

  it("survives deeply nested tags and huge attributes", () => {
    const deep = "<div>".repeat(20000) + "<p>Ten people died.</p>" + "</div>".repeat(20000);
    expect(cleanHtml("d.html", deep).text).toContain("Ten people died.");
    const attr = `<p title="${"x".repeat(1_000_000)}">Five people died.</p>`;
    expect(cleanHtml("e.html", attr).text).toContain("Five people died.");
  });
});

describe("decodeBytes", () => {
  const enc = new TextEncoder();
  it("removes a UTF-8 BOM", () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode("Hi $5B")])).text).toBe("Hi $5B");
  });
  it("decodes UTF-16 LE and BE with a BOM", () => {
    const le = new Uint8Array([0xff, 0xfe, ...[..."$5B"].flatMap((c) => [c.charCodeAt(0), 0])]);
    const be = new Uint8Array([0xfe, 0xff, ...[..."$5B"].flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(decodeBytes(le).text).toBe("$5B");
    expect(decodeBytes(be).text).toBe("$5B");
  });
  it("replaces invalid UTF-8 instead of failing", () => {
    expect(decodeBytes(new Uint8Array([0x41, 0xff, 0x42])).text).toBe("A\uFFFDB");
  });
  it("flags binary files", () => {
    expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])).binary).toBe(true);
  });
});
