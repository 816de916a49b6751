import { describe, expect, it } from "vitest";
import { findRaceTimes } from "../../../src/core/extract/race-times.js";

const seconds = (text: string) => findRaceTimes(text).map((t) => [text.slice(t.start, t.end), Math.round(t.seconds * 1000) / 1000]);

describe("findRaceTimes: race and lap times in seconds", () => {
  it.each<[string, [string, number][]]>([
    ["Moreau took pole with a lap of 1:14.8, a new record.", [["1:14.8", 74.8]]],
    ["She won the marathon in 2:05:41 on Sunday.", [["2:05:41", 7541]]],
    ["Kipruto clocked 2:03:12.5 in Berlin.", [["2:03:12.5", 7392.5]]],
    ["She was lapping in 1 minute 18.4 seconds.", [["1 minute 18.4 seconds", 78.4]]],
    ["He finished in 2 hours, 5 minutes and 41 seconds.", [["2 hours, 5 minutes and 41 seconds", 7541]]],
    ["Ogunbanjo won the mile in 3:49.", [["3:49", 229]]],
    // minutes and seconds in words too
    ["He won in two hours, seven minutes and 41 seconds.", [["two hours, seven minutes and 41 seconds", 7661]]],
    ["She won in 2 hours, twenty-one minutes and nine seconds.", [["2 hours, twenty-one minutes and nine seconds", 8469]]],
    ["The final lasted four hours and twelve minutes.", [["four hours and twelve minutes", 15120]]],
    ["He waited twenty minutes.", []],
    ["The spacewalk lasted 6 hours and 12 minutes.", [["6 hours and 12 minutes", 22320]]],
    ["The meeting lasted 20 minutes.", []],
    // clock times are no race times
    ["The 911 call came in at 4:17 p.m.", []],
    ["The meeting starts at 6:42 tomorrow.", []],
    ["The gates open at 10:30:00 am.", []],
  ])("%s", (text, expected) => expect(seconds(text)).toEqual(expected));
});
