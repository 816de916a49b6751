import { describe, expect, it } from "vitest";
import { inheritStorySubjects } from "../../../src/core/resolve/subject-aliases.js";
import type { Claim } from "../../../src/core/types.js";
import { analyzeTexts } from "../../helpers.js";

/** A percentage claim of `doc` for one measure, with the subject its sentence gave it (undefined: nobody). */
const claim = (doc: number, value: number, subject?: string): Claim => ({
  kind: "percent", doc, sentence: 0, start: 0, end: 2, text: `${value}%`, value, measure: "pct:efficacy", time: "", qualifiers: [], subject, subjectLabel: subject,
});

/** The subjects claims end with, after inheritance; every doc is in story 0. */
function inherit(claims: Claim[], docNames: string[][]): (string | undefined)[] {
  inheritStorySubjects(claims, docNames.map(() => 0), docNames);
  return claims.map((c) => c.subject);
}

describe("inheritStorySubjects", () => {
  it.each<[string, Claim[], string[][], (string | undefined)[]]>([
    ["the story's one subject, given by two articles", [claim(0, 87, "brenmar"), claim(1, 87, "brenmar"), claim(2, 78)], [["brenmar"], ["brenmar"], ["brenmar"]], ["brenmar", "brenmar", "brenmar"]],
    // two trial stories grouped as one: each article's figure is its own company's
    ["the one subject the article names, when the other subject's articles never name it",
      [claim(0, 87, "brenmar"), claim(1, 87, "brenmar"), claim(2, 78), claim(3, 89, "corvane"), claim(4, 84)],
      [["brenmar"], ["brenmar"], ["brenmar"], ["corvane"], ["corvane"]],
      ["brenmar", "brenmar", "brenmar", "corvane", "corvane"]],
    // a transfer story: the club and the player are named everywhere, so a bare figure stays nobody's
    ["nobody's when the other subject's articles also name it",
      [claim(0, 38, "valdane"), claim(1, 32, "quenby"), claim(2, 45)],
      [["valdane", "quenby"], ["quenby", "valdane"], ["valdane"]],
      ["valdane", "quenby", undefined]],
    ["nobody's when the article names both subjects",
      [claim(0, 87, "brenmar"), claim(1, 89, "corvane"), claim(2, 80)],
      [["brenmar"], ["corvane"], ["brenmar", "corvane"]],
      ["brenmar", "corvane", undefined]],
    // one article's headline and body give a short and a long form of one name the same figure
    ["the longer of two forms of one name an article gives the same figure",
      [claim(0, 87, "ostwick"), claim(0, 87, "ostwick power"), claim(1, 78)],
      [["ostwick", "ostwick power"], ["ostwick power"]],
      ["ostwick", "ostwick power", "ostwick power"]],
    ["nobody's when one article gives the two forms different figures",
      [claim(0, 87, "ostwick"), claim(0, 92, "ostwick power"), claim(1, 78)],
      [["ostwick", "ostwick power"], ["ostwick power"]],
      ["ostwick", "ostwick power", undefined]],
  ])("%s", (_, claims, docNames, subjects) => {
    expect(inherit(claims, docNames)).toEqual(subjects);
  });
});

describe("aliasSubjects: a role word before one person's surname", () => {
  it("reads 'Fraudster Pargeter' in a headline as the story's Simon Pargeter, and a term naming no one as his", () => {
    const { claims, storyOf } = analyzeTexts([
      ["a.txt", "Fraudster Pargeter jailed for seven years\n\nA former Harrowgate financial adviser who stole £3.2 million from 41 clients has been jailed for seven years.\n\nSimon Pargeter, 58, admitted 12 counts of fraud."],
      ["b.md", "Simon Pargeter, a 58-year-old former Harrowgate financial adviser, was sentenced to nine years in prison on Friday for defrauding 41 clients of £3.2m."],
    ]);
    expect(claims.filter((c) => c.measure === "duration:sentence").map((c) => c.subject)).toEqual(["simon pargeter", "simon pargeter", "simon pargeter"]);
    expect(new Set(storyOf)).toEqual(new Set([0]));
  });
});
