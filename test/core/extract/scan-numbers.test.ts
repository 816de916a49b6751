import { describe, expect, it } from "vitest";
import { scanNumbers } from "../../../src/core/extract/scan-numbers.js";

type Row = [text: string, value: number, currency: string | undefined, hedge: string, extra?: { percent?: boolean; low?: number; high?: number }];

const money: Row[] = [
  ["$5 billion", 5e9, "USD", "exact"],
  ["$5B", 5e9, "USD", "exact"],
  ["$5bn", 5e9, "USD", "exact"],
  ["US$350 million", 350e6, "USD", "exact"],
  ["350 million dollars", 350e6, "USD", "exact"],
  ["85 million euros", 85e6, "EUR", "exact"],
  ["€80m", 80e6, "EUR", "exact"],
  ["£70m", 70e6, "GBP", "exact"],
  ["$1,099", 1099, "USD", "exact"],
  ["$137-million", 137e6, "USD", "exact"],
  ["300 mln dlrs", 300e6, "USD", "exact"],
  ["$1.25 billion", 1.25e9, "USD", "exact"],
  ["$4.1 billion", 4.1e9, "USD", "exact"],
  ["€3.2 billion", 3.2e9, "EUR", "exact"],
  ["¥500 billion", 500e9, "JPY", "exact"],
  ["$1.5 trillion", 1.5e12, "USD", "exact"],
  ["25 billion USD", 25e9, "USD", "exact"],
  ["USD 5 billion", 5e9, "USD", "exact"],
  ["e80 million", 80e6, "EUR", "exact"],
  ["five billion dollars", 5e9, "USD", "exact"],
  ["A$2 billion", 2e9, "AUD", "exact"],
  ["up to $25 billion", 25e9, "USD", "at-most"],
  ["at least $2 billion", 2e9, "USD", "at-least"],
  ["more than $100 million", 100e6, "USD", "more-than"],
  ["over $13 billion", 13e9, "USD", "more-than"],
  ["nearly $40 million", 40e6, "USD", "nearly"],
  ["about $9 billion", 9e9, "USD", "about"],
  ["roughly $9 billion", 9e9, "USD", "about"],
  ["as much as $3 million", 3e6, "USD", "at-most"],
  ["$5 million-plus", 5e6, "USD", "at-least"],
  // Currency words: a word several countries use keeps its own code unless the country is named.
  ["45 million pesos", 45e6, "PESO", "exact"],
  ["45 million Mexican pesos", 45e6, "MXN", "exact"],
  ["2 billion Philippine pesos", 2e9, "PHP", "exact"],
  ["300 million Egyptian pounds", 300e6, "EGP", "exact"],
  ["12 billion Swedish kronor", 12e9, "SEK", "exact"],
  ["4 billion Norwegian kroner", 4e9, "NOK", "exact"],
  ["1.5 billion reais", 1.5e9, "BRL", "exact"],
  ["900 million rand", 900e6, "ZAR", "exact"],
  ["3 trillion South Korean won", 3e12, "KRW", "exact"],
  ["80 billion rupiah", 80e9, "IDR", "exact"],
  ["5 million Hong Kong dollars", 5e6, "HKD", "exact"],
  ["20 million Canadian dollars", 20e6, "CAD", "exact"],
  ["10 million Kenyan shillings", 10e6, "KES", "exact"],
  // Pence and cents are hundredths.
  ["36p a litre", 0.36, "GBP", "exact"],
  ["36 pence per litre", 0.36, "GBP", "exact"],
  ["99 cents", 0.99, "USD", "exact"],
  ["50 euro cents", 0.5, "EUR", "exact"],
];

describe("scanNumbers: money", () => {
  it.each(money)("%s", (text, value, currency, hedge) => {
    const [m] = scanNumbers(text);
    expect(m.value).toBeCloseTo(value, 0);
    expect(m.currency).toBe(currency);
    expect(m.hedge).toBe(hedge);
  });
});

const other: Row[] = [
  ["8%", 8, undefined, "exact", { percent: true }],
  ["8 percent", 8, undefined, "exact", { percent: true }],
  ["8 per cent", 8, undefined, "exact", { percent: true }],
  ["12 pct", 12, undefined, "exact", { percent: true }],
  ["profit dropped 25pc last year", 25, undefined, "exact", { percent: true }],
  ["18% increase", 18, undefined, "exact", { percent: true }],
  ["about 40%", 40, undefined, "about", { percent: true }],
  ["112 people killed", 112, undefined, "exact"],
  ["at least 50 injured", 50, undefined, "at-least"],
  ["14,000 employees", 14000, undefined, "exact"],
  ["two million units", 2e6, undefined, "exact"],
  ["Ten people were killed", 10, undefined, "exact"],
  ["a dozen people", 12, undefined, "exact"],
  ["half a million people", 500000, undefined, "exact"],
  ["It houses a quarter of a million books.", 250000, undefined, "exact"],
  ["three quarters of a million visitors", 750000, undefined, "exact"],
  ["half a dozen eggs", 6, undefined, "exact"],
  ["one hundred and twelve people", 112, undefined, "exact"],
  ["twenty-five people", 25, undefined, "exact"],
  ["as many as 16 people", 16, undefined, "at-most"],
  ["levels as high as 24 parts per billion", 24, undefined, "at-most"],
  ["fares as low as $19", 19, "USD", "at-least"],
  ["children as young as 12", 12, undefined, "at-least"],
  ["fewer than 20 people", 20, undefined, "less-than"],
  ["some 5,400 people", 5400, undefined, "about"],
  // a change then a level is not a range
  ["climbed 18% to 96,400 vehicles", 18, undefined, "exact", { percent: true }],
  // A currency word that is also an ordinary word needs its country: "won" is a verb, "crowns" are titles.
  ["the 12 won titles", 12, undefined, "exact"],
  ["she has taken 5 crowns", 5, undefined, "exact"],
  // "3pm" is a time of day, not pence; a move and where it ended is not a range
  ["at 3pm on Monday", 3, undefined, "exact"],
  ["Fares rose 12 to 15 points", 12, undefined, "exact"],
];

describe("scanNumbers: counts and percentages", () => {
  it.each(other)("%s", (text, value, currency, hedge, extra) => {
    const [m] = scanNumbers(text);
    expect(m.value).toBe(value);
    expect(m.currency).toBe(currency);
    expect(m.hedge).toBe(hedge);
    expect(m.percent).toBe(extra?.percent ?? false);
  });
});

describe("scanNumbers: ranges and rounding", () => {
  it.each([
    ["between $50 billion and $52 billion", 50e9, 52e9],
    ["$145-175M", 145e6, 175e6],
    ["5-10%", 5, 10],
    ["10 to 12 people", 10, 12],
  ])("%s is one range", (text, low, high) => {
    const list = scanNumbers(text);
    expect(list).toHaveLength(1);
    expect(list[0].hedge).toBe("range");
    expect(list[0].low).toBeLessThanOrEqual(low);
    expect(list[0].low).toBeGreaterThan(low * 0.9);
    expect(list[0].high).toBeGreaterThanOrEqual(high);
    expect(list[0].high).toBeLessThan(high * 1.1);
  });

  it.each<[string, number, number]>([
    // "about" with a rounded figure covers the rounding of its last digit, up to a tenth of the value
    ["about 3% higher", 2.7, 3.3],
    ["about $9 billion", 8.5e9, 9.5e9],
    ["about 12%", 11.4, 12.6],
    // a plain count keeps the 5% of "about"
    ["about 300 people", 285, 315],
  ])("%s spans %d to %d", (text, low, high) => {
    const [n] = scanNumbers(text);
    expect([n.low, n.high].map((x) => Math.round(x * 1000) / 1000)).toEqual([low, high]);
  });

  it("rose from X to Y is two values, not a range", () => {
    expect(scanNumbers("revenue rose from $5 billion to $6 billion")).toHaveLength(2);
  });

  it("a sum 'plus bonuses' is at least the sum and less than twice it; 'plus' alone has no bound", () => {
    const [fee] = scanNumbers("for €27 million plus bonuses");
    expect([fee.hedge, fee.low, fee.high]).toEqual(["at-least", 26.5e6, 54e6]);
    const [addOns] = scanNumbers("for €27m plus potential add-ons");
    expect(addOns.high).toBe(54e6);
    const [open] = scanNumbers("$5 million-plus");
    expect(open.high).toBe(Infinity);
  });
  it("$9 billion and $9.0 billion overlap (rounding tolerance)", () => {
    const [a] = scanNumbers("$9 billion");
    const [b] = scanNumbers("$9.0 billion");
    expect(a.low <= b.high && b.low <= a.high).toBe(true);
  });

  it("$5 billion and $25 billion do not overlap", () => {
    const [a] = scanNumbers("$5 billion");
    const [b] = scanNumbers("$25 billion");
    expect(a.high < b.low).toBe(true);
  });

  it("plain integer counts are exact: 112 and 110 do not overlap", () => {
    const [a] = scanNumbers("112");
    const [b] = scanNumbers("110");
    expect(a.low).toBe(112);
    expect(a.high).toBe(112);
    expect(b.high).toBeLessThan(a.low);
  });

  it("marks four-digit years", () => {
    const list = scanNumbers("in 2010 and by 2030, $2,010");
    expect(list.map((m) => m.year)).toEqual([true, true, false]);
  });

  it.each([
    ["made in 1714 by a Cremona luthier", true],
    ["a 1714 violin", true],
    ["since 1695", true],
    ["1500 people marched", false],
    ["the 1500 homes built", false],
    ["some 1200 workers", false],
  ])("a year before 1800 needs words that make it one: %s", (text, year) => {
    expect(scanNumbers(text)[0].year).toBe(year);
  });

  it("does not read a number inside a word or a glued metre as millions", () => {
    expect(scanNumbers("the B737 flew 5m above")).toEqual(expect.arrayContaining([expect.objectContaining({ value: 5, scaled: false })]));
  });

  it.each([
    ["The Ember Crown sells 2.1m copies in seven days", 2.1e6],
    ["Streamer gains 3m new subscribers", 3e6],
    ["Festival draws 40k fans", 40e3],
    ["Swells brought 5m waves to the coast", 5],
    ["The wall is 5m high", 5],
  ])("a glued m or k before a plural noun counts things: %s", (text, value) => {
    expect(scanNumbers(text)[0].value).toBe(value);
  });
});
