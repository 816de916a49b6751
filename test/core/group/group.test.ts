import { describe, expect, it } from "vitest";
import { DenseIds } from "../../../src/core/group/dense-ids.js";
import { findStories, storyFeatures } from "../../../src/core/group/stories.js";
import { nameSkeleton } from "../../../src/core/group/story-features.js";
import { findSyndication, shingles } from "../../../src/core/group/syndication.js";
import { fnv1a } from "../../../src/core/hash.js";

describe("DenseIds", () => {
  it("numbers hashes in order of first sight, across growth", () => {
    const ids = new DenseIds();
    const hashes = Array.from({ length: 20_000 }, (_, i) => fnv1a(`term${i}`));
    expect(hashes.map((h) => ids.idOf(h))).toEqual(hashes.map((_, i) => i));
    expect(hashes.map((h) => ids.idOf(h))).toEqual(hashes.map((_, i) => i));
    expect(ids.size).toBe(20_000);
  });
  it("keeps 0 and the largest hash apart", () => {
    const ids = new DenseIds();
    expect([ids.idOf(0), ids.idOf(0xffffffff), ids.idOf(0)]).toEqual([0, 1, 0]);
  });
});

describe("storyFeatures", () => {
  const name = (w: string) => fnv1a(nameSkeleton(w), 0x9747b28c);
  it.each<[string, string[], string[]]>([
    // a given name before a surname is not evidence of a story ("Joe" Fenwick, "Joe" Mensah); a surname is
    ["Riverton council met. Mayor Ellen Vos spoke to the mayor.", ["riverton", "vos"], ["council", "mayor", "ellen"]],
    ["Tom Grady lost. Grady received 49,870 votes.", ["grady"], ["tom"]],
    // a sentence's first word: ordinary, or two ordinary words run together, it is no name
    ["Turnout was 58%. Workforce numbers fell.", [], ["turnout", "workforce"]],
    ["Veritas said so. It was true.", ["veritas"], []],
    // calendar words and what kind of body a name is
    ["Kiprop won the Boston Marathon on Monday in March.", ["kiprop", "boston"], ["marathon", "monday", "march"]],
    ["The Bank said the bank was closed.", [], ["bank"]],
    ["Skyward Airlines and Skyward fans.", ["skyward"], ["airlines"]],
    ["Anthropic's model; anthropic research.", [], ["anthropic"]],
    ["Nurses at 21 Hartford-area hospitals and Paris-based staff.", ["hartford", "paris", "hartford-area"], ["area", "based"]],
    ["The Rolls-Royce engine.", ["rolls-royce"], ["rolls"]],
    // two names joined, one also written alone: each is a name
    ["Ferncliff-Brackwell: the numbers. Ferncliff shareholders own 54%.", ["ferncliff-brackwell", "ferncliff", "brackwell"], []],
    // a word made of two ordinary ones is a place's name before a designator
    ["Marlow airport has published plans. Marlow airport said so.", ["marlow"], ["airport"]],
    ["Sales at Penmore rose over Christmas and Easter.", ["penmore"], ["christmas", "easter"]],
    // a word before one capital or digit names a class ("Band D", "Tier 2"), not a subject; "Aberfoyle A&E" is a name
    ["A Band D bill in Caddick rose. Tier 2 rules; Aberfoyle A&E was busy.", ["caddick", "aberfoyle"], ["band", "tier"]],
    // a hospital's kind is no name of it
    ["Patients at Wrexley Royal Infirmary waited. The Infirmary said so.", ["wrexley"], ["royal", "infirmary"]],
    // a plural or abstract noun's ending opening a sentence is no name
    ["Deliveries will run from 2028. Negotiations with Norhaven continue.", ["norhaven"], ["deliveries", "negotiations"]],
    // an ordinary word's plural, or ordinary words joined, opening a sentence
    ["Prices fell 6% in Fenmouth. First-time buyers paid more.", ["fenmouth"], ["prices", "first-time", "first"]],
    // abbreviations of ordinary words, exchanges and newswires are shared by unrelated stories
    ["Vantora priced its IPO on the Nasdaq, Reuters said. Its CEO rang the bell after a Series C.", ["vantora"], ["ipo", "nasdaq", "reuters", "ceo", "series"]],
  ])("%s: names %j", (text, names, notNames) => {
    const f = storyFeatures(text);
    for (const n of names) expect(f.names).toContain(name(n));
    for (const n of notNames) expect(f.names).not.toContain(name(n));
    expect([...f.names]).toEqual([...f.names].sort((a, b) => a - b));
  });
  it.each([
    ["Wierzbicki", "Wierzbiki", true],
    ["Oberholzer", "Oberhölzer", true],
    ["Malijah", "Malijha", true],
    ["Anthropic", "Anthropik", true],
    ["Martinez", "Martins", false],
    ["Vos", "Voss", false],
  ])("a long name spelt two ways is one name to grouping: %s / %s -> %s", (a, b, same) => {
    expect(storyFeatures(`${a} spoke.`).names[0] === storyFeatures(`${b} spoke.`).names[0]).toBe(same);
  });
  it("weighs capitalised words above ordinary ones and drops stopwords and short words", () => {
    const f = storyFeatures("Vos said the storm hit Vos at dawn");
    const tf = new Map([...f.terms].map((t, i) => [t, f.tf[i]]));
    expect(tf.get(fnv1a("vos"))).toBeGreaterThan(tf.get(fnv1a("storm"))!);
    expect(tf.has(fnv1a("the"))).toBe(false);
    expect(tf.has(fnv1a("at"))).toBe(false);
  });
});

describe("shingles and syndication", () => {
  const base = "The river burst its banks on Tuesday and flooded forty homes in the lower town, officials said. ".repeat(3) +
    "Rescue teams worked through the night to reach families trapped on upper floors across the valley.";
  it("gives the same sorted distinct hashes for the same words, whatever the case and punctuation", () => {
    const a = shingles(base);
    expect([...a]).toEqual([...new Set(a)].sort((x, y) => x - y));
    expect([...shingles(base.toUpperCase().replace(/,/g, ";"))]).toEqual([...a]);
  });
  it("finds a copy with chrome added, and leaves a different article alone", () => {
    const other = "Voters in the northern district chose a new mayor on Sunday after a close race that went to a recount of every ballot.";
    const sets = [base, `Skip to content. Share this. ${base} Read more stories from our newsroom.`, other].map(shingles);
    expect(findSyndication(sets, ["a", "b", "c"]).originalOf).toEqual([0, 0, 2]);
  });
});

describe("findStories", () => {
  const flood = (outlet: string) => `${outlet}: The Avon river flooded Bathford on Tuesday. Bathford residents fled as the Avon rose; the Avon flood hit 40 homes in Bathford.`;
  const vote = (outlet: string) => `${outlet}: Keswick voters elected Mara Lind as mayor. Lind won the Keswick mayoral vote by 300 ballots; Keswick turnout was high.`;
  it("groups articles by story, numbered by first article", () => {
    const texts = [flood("Daily"), vote("Daily"), flood("Herald"), vote("Herald"), flood("Post")];
    expect(findStories(texts.map(storyFeatures), texts.map((_, i) => i))).toEqual([0, 1, 0, 1, 0]);
  });
  it("does not depend on article order", () => {
    const texts = [vote("Herald"), flood("Post"), flood("Daily"), vote("Daily")];
    expect(findStories(texts.map(storyFeatures), texts.map((_, i) => i))).toEqual([0, 1, 1, 0]);
  });
  // One shared name and nothing else in common is a coincidence of names; one shared name and the same event is one story.
  const bank = (outlet: string) => `${outlet}: Westgate Bank said quarterly profit rose 12% to $3.4 billion, helped by lending. Westgate Bank shares rose after the profit report.`;
  const measles = (outlet: string) => `${outlet}: Health officials confirmed 27 measles cases at Westgate Elementary School in Brookfield. Brookfield parents were told to check vaccination records.`;
  it.each<[string, string[], number[]]>([
    ["one shared name, different events: apart", [bank("Daily"), measles("Herald")], [0, 1]],
    [
      "one shared name between articles that name many others: apart",
      [
        "Kestrel City signed Ghana striker Daniel Osei from Porto for 62 million euros; Osei joins Brandt and Akers at Kestrel, the Premier League club said.",
        "Harbor City signed Brazilian striker Lucas Ferreira from Porto for 40 million euros; Ferreira joins Vale and Norte at Harbor, the Liga club said.",
      ],
      [0, 1],
    ],
    [
      "one shared name, same kind of event, each article led by a name the other never uses: apart",
      [
        "Brenmar said its RSV vaccine was 87% effective in a late-stage trial of older adults. Brenmar will seek approval next year, and Brenmar shares rose 12% after the trial results were published.",
        "Corvane said its RSV vaccine was 89% effective in a late-stage trial of older adults. Corvane will seek approval next year, and Corvane shares rose 14% after the trial results were published.",
      ],
      [0, 1],
    ],
    ["one shared name, one event: together", [bank("Daily"), bank("Herald").replace("quarterly profit rose", "its quarterly profit climbed")], [0, 0]],
    [
      "two named storms, however alike the words: apart; one storm told twice: together",
      [
        "Storm Wren brought gusts of 92mph to the west coast; the Met Office amber warning stays until Sunday and 18,000 homes lost power.",
        "Storm Idris brought gusts of 84mph to the west coast; the Met Office amber warning stays until Sunday and 48,000 homes lost power.",
        "Gusts of 98mph hit the west coast as Storm Wren swept in; the Met Office amber warning stays until Sunday.",
      ],
      [0, 1, 0],
    ],
  ])("%s", (_, texts, stories) => {
    expect(findStories(texts.map(storyFeatures), texts.map((_, i) => i))).toEqual(stories);
  });
});
