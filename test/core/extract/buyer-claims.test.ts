import { describe, expect, it } from "vitest";
import { sentenceEntities } from "../../helpers.js";
import { buyerClaims } from "../../../src/core/extract/buyer-claims.js";

const claims = (text: string) => buyerClaims(text, sentenceEntities(text)).map((c) => [c.value, c.subject]);

describe("buyerClaims: who is buying a company", () => {
  it.each<[string, [string, string][]]>([
    ["Ravelin Software, which makes payroll tools for small firms, has agreed to be acquired by Dunmark for $1.2 billion.", [["Dunmark", "ravelin software"]]],
    ["Ravelin Software agrees $1.2 billion sale to Dunmark", [["Dunmark", "ravelin software"]]],
    ["Private equity firm Kinsale Capital has agreed to acquire Ravelin Software for $1.2 billion.", [["Kinsale Capital", "ravelin software"]]],
    ["Kinsale Capital to buy Ravelin Software for $1.2bn", [["Kinsale Capital", "ravelin software"]]],
    ["Dunmark is buying Ravelin Software for $1.2 billion.", [["Dunmark", "ravelin software"]]],
    ["Why Dunmark paid $1.2bn for Ravelin Software", [["Dunmark", "ravelin software"]]],
    // talks, bids, stakes and past deals say nothing of who is buying
    ["Dunmark is in talks to buy Ravelin Software.", []],
    ["Kinsale Capital made a rival bid for Ravelin Software.", []],
    ["Dunmark bought a 20% stake in Ravelin Software.", []],
    ["Dunmark, which bought Payfield Systems in 2019, is based in Leeds.", []],
  ])("%s", (text, expected) => expect(claims(text)).toEqual(expected));
});
