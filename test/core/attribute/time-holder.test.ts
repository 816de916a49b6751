import { describe, expect, it } from "vitest";
import { analyzeTexts } from "../../helpers.js";

/** The subject of each race time in one article. */
const holders = (text: string) =>
  analyzeTexts([["a.txt", text]])
    .claims.filter((c) => c.measure?.startsWith("duration:time:"))
    .map((c) => [c.text, c.subject]);

describe("timeHolder: whose race time, after other people are named", () => {
  it.each<[string, [string, string][]]>([
    // a given name the lexicon lacks: the sentence's own name, not the last person named
    ["Elias Nkemelu won the men's race in 2:06:41.\n\nSelam Girma of Ethiopia won the women's race in 2:21:09.", [["2:06:41", "elias nkemelu"], ["2:21:09", "selam girma"]]],
    // a results table's rows
    ["Elias Nkemelu won in 2:06:41.\n\n1 ; Elias Nkemelu ; KEN ; 2:06:41 ;\n2 ; Dawit Bekele ; ETH ; 2:06:58 ;", [["2:06:41", "elias nkemelu"], ["2:06:41", "elias nkemelu"], ["2:06:58", "dawit bekele"]]],
    // a pronoun's sentence keeps the last person; a place is no person
    ["Elias Nkemelu won the race. He went through halfway in 63:05 near the Ostrava Valley.", [["63:05", "elias nkemelu"]]],
    // a course record is the record's, a record set in winning the winner's
    ["Elias Nkemelu won in 2:06:41 but missed the course record of 2:05:50.", [["2:06:41", "elias nkemelu"], ["2:05:50", ""]]],
    ["Abel Kiptanui won the Port Aldwin Marathon in a course record of 2:05:14.", [["2:05:14", "abel kiptanui"]]],
  ])("%s", (text, expected) => expect(holders(text)).toEqual(expected));
});

describe("anaphora: a description set off by commas points back to the last person", () => {
  it("reads 'The Czech international, 25,' as the midfielder just named", () => {
    const { claims } = analyzeTexts([["a.txt", "Lisvane City have signed Ulverston Rovers midfielder Pavel Moravec for an initial 18 million pounds.\n\nThe Czech international, 25, has agreed a five-year contract."]]);
    expect(claims.filter((c) => c.measure === "duration:contract").map((c) => c.subject)).toEqual(["pavel moravec"]);
  });
});
