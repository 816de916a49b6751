import { describe, expect, it } from "vitest";
import { nthEventClaims } from "../../../src/core/extract/nth-event.js";

describe("nthEventClaims: which time an event happens, over the span it counts", () => {
  it.each<[string, [number, string][]]>([
    ["It is the fourth strike in the dispute since October.", [[4, "nth:strike:since-october"]]],
    ["It is the third strike since October.", [[3, "nth:strike:since-october"]]],
    ["This was the club's third title in five years.", [[3, "nth:title:in-five-years"]]],
    ["It marks the Bank's second rate cut this year.", [[2, "nth:rate-cut:this-year"]]],
    ["It was the 12th straight win for the Hawks.", [[12, "nth:straight-win"]]],
    ["The walkout will be the fifth since the summer.", []],
    // not an event counted: a day of one, a time, a rank, a quarter
    ["Monday is the third day of the strike.", []],
    ["It was the third time the bridge had closed.", []],
    ["Harlow finished the season in third place.", []],
    ["Revenue rose in the second quarter.", []],
    ["It is the second-largest strike in the country's history.", []],
  ])("%s", (text, expected) => expect(nthEventClaims(text).map((c) => [c.value, c.measure])).toEqual(expected));
});
