import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/core/text/sentences.js";
import { LineIndex } from "../../../src/core/text/line-index.js";

describe("splitSentences", () => {
  it.each([
    ["Mr. Smith paid $5.5 million. He left.", ["Mr. Smith paid $5.5 million.", "He left."]],
    ["Amazon.com Inc. invested. Anthropic PBC agreed.", ["Amazon.com Inc. invested.", "Anthropic PBC agreed."]],
    ["John F. Kennedy spoke. Then he left!", ["John F. Kennedy spoke.", "Then he left!"]],
    ["The U.S. economy grew 2%. Prices rose.", ["The U.S. economy grew 2%.", "Prices rose."]],
    ["A headline without a stop\nThe body starts here.", ["A headline without a stop", "The body starts here."]],
    ['"We are searching," he said. "Every building."', ['"We are searching," he said.', '"Every building."']],
    // an emoji between two sentences
    ["WE DID IT! 🎉 Thanks to you, the appeal has raised £1.4 million.", ["WE DID IT!", "🎉 Thanks to you, the appeal has raised £1.4 million."]],
  ])("%s", (text, expected) => {
    expect(splitSentences(0, text).map((s) => s.text)).toEqual(expected);
  });

  it("marks headings and paragraphs", () => {
    const s = splitSentences(0, "Title line\n\nFirst. Second.\nNext paragraph.");
    expect(s.map((x) => [x.heading, x.paragraph])).toEqual([[true, 0], [false, 1], [false, 1], [false, 2]]);
  });
});

describe("LineIndex", () => {
  it.each([
    ["a\nb\nc", 4, { line: 3, column: 1 }],
    ["a\r\nb\r\nc", 6, { line: 3, column: 1 }],
    ["a\rb\rc", 4, { line: 3, column: 1 }],
    ["abc", 2, { line: 1, column: 3 }],
  ])("%j offset %i", (text, offset, pos) => {
    expect(new LineIndex(text).position(offset)).toEqual(pos);
  });
});
