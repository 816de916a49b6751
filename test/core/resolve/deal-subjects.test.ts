import { describe, expect, it } from "vitest";
import { priceToTarget } from "../../../src/core/resolve/deal-subjects.js";
import type { Claim } from "../../../src/core/types.js";

const price = (doc: number, value: number, subject?: string): Claim => ({
  kind: "money", doc, sentence: 0, start: 0, end: 2, text: `$${value}`, value, measure: "price", time: "", qualifiers: [], subject, subjectLabel: subject,
});
const buyer = (doc: number, name: string, target: string): Claim => ({
  kind: "entity", doc, sentence: 0, start: 0, end: 2, text: name, value: name, measure: "buyer", time: "", qualifiers: [], subject: target, subjectLabel: target,
});
const fine = (doc: number, value: number, subject: string): Claim => ({ ...price(doc, value, subject), measure: "fine" });

/** The subjects the money claims end with; `stories` gives each doc's story (default: all in story 0). */
function resolve(claims: Claim[], stories = [0, 0, 0]): (string | undefined)[] {
  priceToTarget(claims, stories);
  return claims.filter((c) => c.kind === "money").map((c) => c.subject);
}

describe("priceToTarget", () => {
  it.each<[string, Claim[], number[] | undefined, (string | undefined)[]]>([
    ["a buyer's price is its one target's", [buyer(0, "Harbourne Bank", "lexmoor"), price(1, 8.4e9, "harbourne bank"), price(2, 4.8e9, "lexmoor")], undefined, ["lexmoor", "lexmoor"]],
    ["a buyer with two targets keeps its price", [buyer(0, "Harbourne Bank", "lexmoor"), buyer(1, "Harbourne Bank", "castell"), price(2, 8.4e9, "harbourne bank")], undefined, ["harbourne bank"]],
    ["the same target twice is still one", [buyer(0, "Harbourne Bank", "lexmoor"), buyer(1, "Harbourne Bank", "lexmoor"), price(2, 8.4e9, "harbourne bank")], undefined, ["lexmoor"]],
    ["a fine is not a price", [buyer(0, "Harbourne Bank", "lexmoor"), fine(1, 2e6, "harbourne bank")], undefined, ["harbourne bank"]],
    ["another story's buyer says nothing", [buyer(0, "Harbourne Bank", "lexmoor"), price(1, 8.4e9, "harbourne bank")], [0, 1], ["harbourne bank"]],
    ["a price of nobody stays nobody's", [buyer(0, "Harbourne Bank", "lexmoor"), price(1, 8.4e9)], undefined, [undefined]],
  ])("%s", (_, claims, stories, expected) => {
    expect(resolve(claims, stories)).toEqual(expected);
  });
});
