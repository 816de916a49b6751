import { describe, expect, it } from "vitest";
import { sentenceEntities } from "../../helpers.js";
import { contractClaims } from "../../../src/core/extract/contract-claims.js";

const claims = (text: string) => contractClaims(text, sentenceEntities(text)).map((c) => [c.value, c.measure]);

describe("contractClaims: which firm won the story's contract", () => {
  it.each<[string, [string, string][]]>([
    ["Tamber Rail has won the contract to build Feltham's new tram line, the city council announced on Monday.", [["Tamber Rail", "contract:winner"]]],
    ["Feltham City Council has awarded the £480m contract for its new tram line to Oakmoor Transit.", [["Oakmoor Transit", "contract:winner"]]],
    ["Feltham tram: Tamber Rail chosen to build line", [["Tamber Rail", "contract:winner"]]],
    ["Oakmoor Transit was awarded the £480 million deal on Monday.", [["Oakmoor Transit", "contract:winner"]]],
    // an earlier or a lost contract, a person: no claim about this one
    ["Tamber Rail won a similar contract in Ravensby in 2019.", []],
    ["Oakmoor Transit lost the contract to build the line.", []],
    ["Nadia Prestwick has won the contract to build the line.", []],
  ])("%s", (text, expected) => expect(claims(text)).toEqual(expected));
});
