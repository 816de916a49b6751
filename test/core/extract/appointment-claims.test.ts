import { describe, expect, it } from "vitest";
import { sentenceEntities } from "../../helpers.js";
import { appointmentClaims } from "../../../src/core/extract/appointment-claims.js";

const claims = (text: string) => appointmentClaims(text, sentenceEntities(text)).map((c) => [c.value, c.measure, c.subject]);

describe("appointmentClaims: who was appointed to lead a body", () => {
  it.each<[string, [string, string, string | undefined][]]>([
    ["Norvale Bank has appointed Priya Desai as its next chief executive, the lender said.", [["Priya Desai", "appointed:ceo", "norvale bank"]]],
    ["Cairnfield Hospitals Trust has appointed Dr Priya Ostby as its new chief executive.", [["Priya Ostby", "appointed:ceo", "cairnfield hospitals trust"]]],
    // a post held now between the verb and the name
    ["Prime Minister Erik Wystan has named trade minister Harriet Pennard as the new finance minister.", [["Harriet Pennard", "appointed:finance minister", ""]]],
    ["Norvale Bank said on Monday it had named Anita Rao as chief executive, succeeding Graham Ellis.", [["Anita Rao", "appointed:ceo", "norvale bank"]]],
    ["Priya Desai has been named chief executive of Norvale Bank, replacing Graham Ellis.", [["Priya Desai", "appointed:ceo", "norvale bank"]]],
    ["STERLING, Va., June 1 - Vantor Industries Inc said it has appointed Robert Mathis as president.", [["Robert Mathis", "appointed:president", "vantor industries"]]],
    ["Kestrel City have appointed Tomas Berg as head coach.", [["Tomas Berg", "appointed:coach", "kestrel city"]]],
    ["Veltara has appointed Dan Pollard, its chief operating officer, as chief executive to succeed Ruth Cobham in June.", [["Dan Pollard", "appointed:ceo", "veltara"]]],
    // A government post is the government's (the story's), with or without a body named.
    ["Prime Minister Elin Varga on Friday appointed Tomas Reinholt as finance minister, replacing Maria Sand.", [["Tomas Reinholt", "appointed:finance minister", ""]]],
    ["STOCKHOLM, Oct 9 (Wire) - Tomas Reinholt was appointed finance minister on Friday.", [["Tomas Reinholt", "appointed:finance minister", ""]]],
    ["The president has named Ana Duarte as minister of finance.", [["Ana Duarte", "appointed:finance minister", ""]]],
    ["Maria Sand, the finance minister, resigned last week.", []],
    // A stand-in's post, however said; with no body named, the story's (found when compared).
    ["The company named its finance chief, Karen Voss, as interim chief executive.", [["Karen Voss", "appointed:interim ceo", undefined]]],
    ["Haldane Foods chief executive Mark Ridley has resigned, and chief operating officer Daniel Okafor will take over as interim CEO.", [["Daniel Okafor", "appointed:interim ceo", "haldane foods"]]],
    ["Karen Voss, the food group's chief financial officer, becomes interim chief executive.", [["Karen Voss", "appointed:interim ceo", undefined]]],
    ["Karen Voss became chief executive of Haldane Foods in 2019.", []],
    // a party's leader, elected or new
    ["The Green Party elected Amara Osei as its new leader on Saturday.", [["Amara Osei", "appointed:leader", "green party"]]],
    ["Hannah Fenwick was elected leader of the Green Party on Saturday.", [["Hannah Fenwick", "appointed:leader", "green party"]]],
    ["Amara Osei is the new leader of the Green Party.", [["Amara Osei", "appointed:leader", "green party"]]],
    // the person succeeded, a former holder, a title without an appointment: no claim
    ["Graham Ellis, the former chief executive of Norvale Bank, is retiring.", []],
    ["Norvale Bank chief executive Priya Desai said profits rose.", []],
    ["Norvale Bank named Pine Street as its new headquarters.", []],
  ])("%s", (text, expected) => expect(claims(text)).toEqual(expected));
});
