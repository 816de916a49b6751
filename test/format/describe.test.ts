import { describe, expect, it } from "vitest";
import { describeMeasure, describeTime } from "../../src/format/describe.js";

describe("describeTime: a fact's period in words", () => {
  it.each([
    ["", ""],
    ["y2027", "in 2027"],
    ["next-year", "next year"],
    ["current", "this year"],
    ["prev-year", "the previous year"],
    ["next-year,y2027", "in 2027"],
    [",current,y2026", "in 2026"],
    ["q3-2025", "Q3 2025"],
    ["by-2030", "by 2030"],
    ["prev-year,y2024", "the previous year / in 2024"],
  ])("%j -> %j", (time, words) => expect(describeTime(time)).toBe(words));
});

describe("describeMeasure: a measure in words", () => {
  it.each([
    ["investment", "investment or funding"],
    ["unit:barrel:spilled", "barrels spilled"],
    ["family-plan price", "family-plan price or deal value"],
    ["pct:panda:up", "panda increase (%)"],
    ["killed", "number killed"],
    ["vehicle:swallow", "vehicle swallowed"],
    ["unit:gram", "quantity in grams"],
    ["stroke:margin", "winning margin (strokes)"],
    ["pct:cost-covered", "share of the cost covered (%)"],
    ["appointed:ceo", "new chief executive"],
    ["appointed:coach", "new coach"],
    ["winner:fiction", "winner (fiction)"],
    ["winner", "winner"],
    ["distance:jump:m", "jump distance (m)"],
    ["nth:strike:since-october", "which strike this is (since october)"],
    ["nth:rate-cut", "which rate cut this is"],
    ["outage", "number without power"],
    ["outage:water", "number without water"],
    ["outage:remaining", "number still without power"],
    ["outage:remaining:gas", "number still without gas"],
    ["hospital:taken", "number taken to hospital"],
    ["herd:size", "size of the herd"],
  ])("%j -> %j", (measure, words) => expect(describeMeasure(measure)).toBe(words));
});
