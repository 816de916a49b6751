import { describe, expect, it } from "vitest";
import { analyzeDoc } from "../../../src/core/analyze-doc.js";

/** Person names an article yields for the spelling check. */
function names(text: string): string[] {
  return analyzeDoc({ path: "a.txt", raw: text, format: "text" }).names.map((c) => String(c.value));
}

describe("personNameClaims: who is a person", () => {
  it.each<[string, string[]]>([
    // a given name compromise knows
    ["Tomas Hal, the chief engineer, resigned.", ["Tomas Hal"]],
    // a given name it does not know, but the article calls her by the surname alone
    ["Katarzyna Wolek was elected mayor on Tuesday. Supporters cheered as Wolek spoke.", ["Katarzyna Wolek"]],
    ["Voters chose Katarzyna Wolak as mayor. Results showed Wolak with 54% of the vote.", ["Katarzyna Wolak"]],
    // a role noun before the surname is not part of the name
    ["Challenger Wolak unseats the mayor. Voters chose Wolak on Tuesday.", []],
    // places and bodies that "said" are not people
    ["Officials in Penhallow County said 14 people were sick. Penhallow reported two deaths.", []],
    ["West Germany said exports rose. Germany expects growth.", []],
    // an age closing the sentence, an arrest, a description set off by commas mark a person
    ["Police later arrested Piet Vandermeier, 45.", ["Piet Vandermeier"]],
    ["Police arrested a 45-year-old man, Piet Vandermeer, on Saturday.", ["Piet Vandermeer"]],
    // "2,300 staff" after a name is not an age
    ["The target is Ostmark Brau, 2,300 staff strong. Ostmark brewed more beer.", []],
    // a hyphenated or prefixed surname is still a surname
    ["Quarrington Rail has appointed Marguerite Vasquez-Hale as its chief executive.", ["Marguerite Vasquez-Hale"]],
    ["Police later arrested Sean O'Brien, 45.", ["Sean O'Brien"]],
    ["Police later arrested Kirsty McDonald, 45.", ["Kirsty McDonald"]],
    // a train operator that speaks is a body
    ["Quarrington Rail said punctuality would improve.", []],
    // a profession before the name, an age described after it, a personal pronoun in its clause
    ["The comet was found by amateur astronomer Liesel Valkonen in Finland.", ["Liesel Valkonen"]],
    ["It was spotted by Liesel Valkonen, a 61-year-old amateur astronomer.", ["Liesel Valkonen"]],
    ["When Liesel Valkenen checked her images she saw a smudge.", ["Liesel Valkenen"]],
    // a body's pronoun is "its"
    ["When Bramblecote Ventures checked its books it saw a loss.", []],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
