import { describe, expect, it } from "vitest";
import { sentenceEntities } from "../../helpers.js";
import { winnerClaims } from "../../../src/core/extract/winner-claims.js";

const claims = (text: string) => winnerClaims(text, sentenceEntities(text)).map((c) => [c.value, c.measure, c.subject]);

describe("winnerClaims: who won a named prize", () => {
  it.each<[string, [string, string, string][]]>([
    ["Mara Quist has won the Halden Prize for Fiction for Salt Year, her first novel.", [["Mara Quist", "winner:fiction", "halden prize"]]],
    ["LONDON, Nov 10 (Wire) - Ruth Ogilvie won the £50,000 Halden Prize for Fiction on Tuesday.", [["Ruth Ogilvie", "winner:fiction", "halden prize"]]],
    ["The Halden Prize for Fiction was awarded on Tuesday to Ruth Ogilvie for her debut novel.", [["Ruth Ogilvie", "winner:fiction", "halden prize"]]],
    ["Halden Prize goes to novelist Mara Quist", [["Mara Quist", "winner", "halden prize"]]],
    // a year naming the prize's edition; a winner before asides
    ["The 2026 Nobel Prize in Physics was awarded on Tuesday to Elena Markova.", [["Elena Markova", "winner:physics", "nobel prize"]]],
    ["Elena Markova, 61, of the University of Vienna, has won the Nobel Prize in Physics.", [["Elena Markova", "winner:physics", "nobel prize"]]],
    // a festival's metal-named statuette is a prize; a title's own "The" is part of it
    ["Winter Harbour won the Golden Heron, the Thessaly Film Festival's top award, on Saturday night.", [["Winter Harbour", "winner", "golden heron"]]],
    ["Ines Roswell's The Salt Line won the Golden Heron on Saturday.", [["The Salt Line", "winner", "golden heron"]]],
    // a past winner, a nominee, a loser: no claim about this year's winner
    ["Last year the Halden Prize went to Tom Reyes.", []],
    ["Mara Quist won the Halden Prize in 2019.", []],
    ["Mara Quist was shortlisted for the Halden Prize.", []],
    ["Mara Quist did not win the Halden Prize.", []],
    ["Paul Asante chaired the Halden Prize judges.", []],
  ])("%s", (text, expected) => expect(claims(text)).toEqual(expected));
});
