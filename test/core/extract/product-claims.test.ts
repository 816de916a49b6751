import { describe, expect, it } from "vitest";
import { sentenceEntities } from "../../helpers.js";
import { productClaims } from "../../../src/core/extract/product-claims.js";

const claims = (text: string) => productClaims(text, sentenceEntities(text)).map((c) => [c.value, c.measure, c.subject]);

describe("productClaims: what a subject's product is called", () => {
  it.each<[string, [string, string, string][]]>([
    ["Anthropic, known for its Mythos model, raised money.", [["Mythos", "product:model", "anthropic"]]],
    // an appositive that says what the company is known for; a family of models named by its name
    ["Stratus Systems will invest $3 billion in Helion Labs, the AI developer known for its Borealis models.", [["Borealis", "product:model", "helion labs"]]],
    ["Helion, the developer behind the Borealis family of AI models, has agreed to spend $30 billion.", [["Borealis", "product:model", "helion"]]],
    // what carried a launch is its rocket, with or without the word, after a kind with a people's word before it
    ["The European weather satellite Aeolis-2 was launched on a Falcon 9 rocket from Vandenberg on Thursday.", [["Falcon 9", "product:rocket", "aeolis-2"]]],
    ["Aeolis-2, a wind-mapping satellite, lifted off on Thursday aboard a Falcon 9 from California.", [["Falcon 9", "product:rocket", "aeolis-2"]]],
    // a day is no rocket; with no launch nothing was carried into orbit
    ["Aeolis-2 was launched on Thursday aboard a Friday shuttle.", []],
    ["Passengers aboard a Harbour Star ferry were rescued.", []],
    // a name with "its ... model" after it, owned by the one who released it
    ["The funding comes as Sylvar released Kavala 3, its latest language model, which beats rivals.", [["Kavala 3", "product:model", "sylvar"]]],
  ])("%s", (text, expected) => expect(claims(text)).toEqual(expected));
});
