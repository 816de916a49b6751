import { describe, expect, it } from "vitest";
import { sentenceEntities } from "../../helpers.js";
import { categoryWinnerClaims } from "../../../src/core/extract/category-winner-claims.js";

const claims = (text: string) => categoryWinnerClaims(text, sentenceEntities(text)).map((c) => [c.value, c.measure]);

describe("categoryWinnerClaims: who or what won a category", () => {
  it.each<[string, [string, string][]]>([
    ['The Chilean drama "Salt and Ash", directed by Camila Errázuriz, won the Golden Shell for best film on Saturday.', [["Salt and Ash", "winner:best film"]]],
    ['"Paper Lanterns" by Kenji Morita won the Golden Shell for best film at the festival.', [["Paper Lanterns", "winner:best film"]]],
    ["The jury also gave the best director prize to Kenji Morita for his new film.", [["Kenji Morita", "winner:best director"]]],
    ['Camila Errázuriz, 38, took the best director award for "Salt and Ash".', [["Camila Errázuriz", "winner:best director"]]],
    ["Best director: Kenji Morita, for his new film.", [["Kenji Morita", "winner:best director"]]],
    ['Golden Shell (best film): "Salt and Ash", directed by Camila Errázuriz.', [["Salt and Ash", "winner:best film"]]],
    ["The best actress award went to Maria Lindholm.", [["Maria Lindholm", "winner:best actress"]]],
    // an earlier edition, a nominee, a favourite: no claim about this year's winner
    ['"Salt and Ash" was nominated for best film.', []],
    ["Kenji Morita won best director in 2019.", []],
    ["Last year the best film award went to Maria Lindholm.", []],
    ["Kenji Morita is the favourite to win best director.", []],
  ])("%s", (text, expected) => expect(claims(text)).toEqual(expected));
});
