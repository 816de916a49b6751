import { describe, expect, it } from "vitest";
import { namingClaims } from "../../../src/core/extract/naming-claims.js";

describe("namingClaims: what the story's animal, craft or storm is called", () => {
  it.each<[string, [string, string][]]>([
    ["The calf, named Kito, weighed about 60 kg at birth.", [["name:calf", "Kito"]]],
    ["The male calf, named Kiko, was born on August 14 to Imbali.", [["name:calf", "Kiko"]]],
    ["Keepers have welcomed a rhino calf called Kito.", [["name:calf", "Kito"]]],
    ["The research ship, which was christened Sir David Attenborough, left port.", [["name:ship", "Sir David Attenborough"]]],
    // people, and things that are not named so, are not read
    ["A man named John Pryor was arrested.", []],
    ["The calf was born to a mother named in 2019.", []],
    ["The zoo named its new enclosure after a donor.", []],
  ])("%s", (text, expected) => expect(namingClaims(text).map((c) => [c.measure, c.value])).toEqual(expected));
});
