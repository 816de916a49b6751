import { describe, expect, it } from "vitest";
import { sentenceEntities } from "../../helpers.js";
import { relationClaims } from "../../../src/core/extract/relation-claims.js";

const claims = (text: string) => relationClaims(text, sentenceEntities(text)).map((c) => [c.value, c.measure, c.subject]);

describe("relationClaims: who runs, owns or built a thing", () => {
  it.each<[string, [string, string, string][]]>([
    ["The ship, operated by Tidemark Line, ran aground.", [["Tidemark Line", "operator:ship", "the ship"]]],
    // one still to be built, and a plural in -ies
    ["Estover Ferries will take delivery of two new ferries, to be built by Arkle Shipyards, in 2028.", [["Arkle Shipyards", "maker:ferry", "the ferry"]]],
    ["The tower, which will be built by Halden Construction, opens in 2029.", [["Halden Construction", "maker:tower", "the tower"]]],
    // not a thing a company runs or builds
    ["The report, written by Tidemark Line, was published.", []],
  ])("%s", (text, expected) => expect(claims(text)).toEqual(expected));
});
