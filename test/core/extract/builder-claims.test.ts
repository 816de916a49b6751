import { describe, expect, it } from "vitest";
import { sentenceEntities } from "../../helpers.js";
import { builderClaims } from "../../../src/core/extract/builder-claims.js";

const claims = (text: string) => builderClaims(text, sentenceEntities(text)).map((c) => [c.value, c.measure, c.subject]);

describe("builderClaims: who builds the story's new thing", () => {
  it.each<[string, [string, string, string][]]>([
    ["Carrow Line has ordered a 5,200-passenger cruise ship from the Italian shipbuilder Harlan Yards, the company said.", [["Harlan Yards", "maker:ship", "the ship"]]],
    ["Carrow Line said it had signed a contract with Kestrel Marine to build a new cruise ship for about $1.6 billion.", [["Kestrel Marine", "maker:ship", "the ship"]]],
    ["Harlan Yards will build Carrow Line's next cruise ship, a 5,200-passenger vessel.", [["Harlan Yards", "maker:ship", "the ship"]]],
    ["Aerolis ordered 30 wide-body jets from Airbus.", [["Airbus", "maker:aircraft", "the aircraft"]]],
    // a plural in -ies is the thing's noun too
    ["Estover Ferries has ordered two hybrid-electric ferries from Sorensen Marine for £96 million.", [["Sorensen Marine", "maker:ferry", "the ferry"]]],
    ["Sorensen Marine will build two 600-passenger hybrid ferries for Estover Ferries.", [["Sorensen Marine", "maker:ferry", "the ferry"]]],
    // not a made thing; not the maker; a buyer, not a builder
    ["The council signed a deal with Arden Homes to build 300 homes.", []],
    ["Carrow Line will build a new terminal in Miami.", []],
    ["The ship was bought from Tidemark Line in 2019.", []],
  ])("%s", (text, expected) => expect(claims(text)).toEqual(expected));
});
