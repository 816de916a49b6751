import { describe, expect, it } from "vitest";
import { sentenceEntities } from "../../helpers.js";
import { suspectClaims } from "../../../src/core/extract/suspect-claims.js";

const claims = (text: string, previous = "") => suspectClaims(text, sentenceEntities(text), previous).map((c) => [c.value, c.measure]);

describe("suspectClaims: who is the suspect", () => {
  it.each<[string, string, [string, string][]]>([
    ["He was named as Marcus Reid, of Eastfield.", "Police have charged a 29-year-old man over Saturday's armed robbery.", [["Marcus Reid", "identity:suspect"]]],
    ["A man has been charged over the robbery. Police identified him as Leon Harris, 29.", "", [["Leon Harris", "identity:suspect"]]],
    ["Marcus Reid, 29, appeared in court charged with robbing a jeweller.", "", [["Marcus Reid", "identity:suspect"]]],
    // a victim named, a witness, a charge with no name: no suspect
    ["She was named as Hannah Pryce.", "A cyclist died after being hit by a van; the driver was arrested.", []],
    ["Witness Sarah Cole said she saw the robbery.", "A man was arrested on Saturday.", []],
    ["Police have charged a 29-year-old man.", "", []],
  ])("%s", (text, previous, expected) => expect(claims(text, previous)).toEqual(expected));
});
