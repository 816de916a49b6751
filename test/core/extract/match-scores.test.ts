import { describe, expect, it } from "vitest";
import { matchScoreClaims } from "../../../src/core/extract/match-scores.js";

describe("matchScoreClaims: a match's final score, winner's goals first", () => {
  it.each<[string, string[]]>([
    ["Barrowfield beat Ravensworth 3-1 at Coldstream Park on Saturday.", ["3-1"]],
    ["Barrowfield 3-1 Ravensworth: hosts win derby in style", ["3-1"]],
    ["FT: Barrowfield 3-2 Ravensworth", ["3-2"]],
    ["A late strike gave Barrowfield a 3-1 derby win.", ["3-1"]],
    ["Ravensworth lost 1-3 to their neighbours.", ["3-1"]],
    ["The sides drew 2-2 in front of 24,000 fans.", ["2-2"]],
    ["The final score was 4-0.", ["4-0"]],
    // scores during the match, other legs and seasons, sets, and votes are not read
    ["Jamal Pryde makes it 3-1 off the bench.", []],
    ["Barrowfield led 2-0 at half-time.", []],
    ["Barrowfield beat Ravensworth 3-1 last season.", []],
    ["They won 4-2 on aggregate.", []],
    ["Duranova won 6-4, 6-3 in the final.", []],
    ["Councillors voted 38-21 to approve the budget.", []],
    ["The 2023-24 season ended in May.", []],
  ])("%s", (text, expected) => expect(matchScoreClaims(text).map((c) => c.value)).toEqual(expected));
});
