import { describe, expect, it } from "vitest";
import { sentenceEntities } from "../../helpers.js";
import { componentClaims } from "../../../src/core/extract/component-claims.js";

const claims = (text: string) => componentClaims(text, sentenceEntities(text)).map((c) => [c.value, c.measure]);

describe("componentClaims: the named part a product is built around", () => {
  it.each<[string, [string, string][]]>([
    ["The Solvane Aero 14 is powered by the Corvane X7 processor and weighs just 1.1 kg.", [["Corvane X7", "component:chip"]]],
    ["Solvane's new Aero 14 laptop runs on the Corvane X9 chip and starts at $1,299.", [["Corvane X9", "component:chip"]]],
    ["Processor: Corvane X7", [["Corvane X7", "component:chip"]]],
    ["The jet is fitted with two Rolls-Royce Trent engines.", [["Rolls-Royce Trent", "component:engine"]]],
    // a part named with no part noun; power from a source, not a part
    ["The Aero 14 uses the Corvane X7, which is 30% faster.", []],
    ["The plant is powered by Solvane Energy turbines.", []],
  ])("%s", (text, expected) => expect(claims(text)).toEqual(expected));
});
