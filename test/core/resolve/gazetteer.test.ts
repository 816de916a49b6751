import { describe, expect, it } from "vitest";
import { analyzeDoc } from "../../../src/core/analyze-doc.js";

/** Entity keys an article names. */
function keys(raw: string, format: "text" | "markdown" = "text"): string[] {
  return analyzeDoc({ path: "a.md", raw, format }).entityKeys;
}

describe("gazetteer: names of an article", () => {
  it.each<[string, string, "text" | "markdown", string[], string[]]>([
    // a known name and an acronym the text uses alone are two names side by side
    ["an acronym after a known name", "Corvane RSV shot 89% effective\n\nCorvane plans to file. The RSV vaccine worked.", "text", ["corvane", "rsv"], ["corvane rsv"]],
    // a period label after a name is no part of it
    ["a quarter after a name", "# Stridewell Q3: the numbers\n\nThe company did well.", "markdown", ["stridewell"], ["stridewell q3"]],
    // a headline opens with its subject when the word is unknown and never written in lower case
    ["an unknown word opening a headline", "# Harwick airport reopens\n\nFlights resumed on Sunday.", "markdown", ["harwick"], []],
    // a common noun opening a headline is no name, even one compromise does not know, when the text uses it
    // a capital letter joined to a word is a common noun ("A-level", "X-ray")
    ["a letter and a word", "Some 31,500 students in Northern Ireland collected their A-level results and X-ray scans.", "text", ["northern ireland"], ["a-level", "x-ray"]],
    // an unknown word joined to a name by "and" is a name too
    ["two names joined at a sentence start", "Brenford and Castlemoor, two insurers, are to merge.", "text", ["brenford", "castlemoor"], []],
    // a saint's "St" and a place owned in the possessive are part of the name
    ["a possessive inside a name", "The gala for St Aldric's Hospice raised money. St Louis police said so.", "text", ["st aldrics hospice", "st louis"], ["aldric", "hospice", "louis"]],
    // a group's possessive names a body
    ["a group's possessive", "Gordon Hale stole from the Pellworth Children's Trust and the Women's Institute.", "text", ["pellworth childrens trust", "womens institute"], ["pellworth children", "trust"]],
    // a holiday after a name is a season, no part of it, and no name alone
    ["a holiday after a name", "# Penmore Christmas sales up 5.2%\n\nPenmore said online sales rose over Christmas.", "markdown", ["penmore"], ["penmore christmas", "christmas"]],
    // a shout in capitals of ordinary words is no name; a symbol before the first word leaves it first
    ["a shout and an emoji", "WE DID IT! 🎉 Thanks to you, the Quarrybank Hospice appeal has raised £1.4 million.", "text", ["quarrybank hospice"], ["did it", "thanks"]],
    ["a word the text writes in lower case", "# Wolf numbers climb\n\nThe census counted 86 wolves.", "markdown", [], ["wolf"]],
  ])("%s", (_, raw, format, present, absent) => {
    const found = keys(raw, format);
    for (const k of present) expect(found).toContain(k);
    for (const k of absent) expect(found).not.toContain(k);
  });
});
