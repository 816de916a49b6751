import { describe, expect, it } from "vitest";
import { analyzeTexts } from "../../helpers.js";
import { variants } from "../../../src/core/compare/name-variants.js";

const summary = (files: [string, string][]) =>
  analyzeTexts(files).findings.map((f) => ({ severity: f.severity, measure: f.measure, values: f.values.map((v) => v.value).sort() }));

describe("comparator: conflicts", () => {
  it("exact disagreeing amounts of one fact are an error", () => {
    expect(summary([
      ["a.txt", "Halvorsen Systems agreed to acquire Brightwave for $3.2 billion."],
      ["b.txt", "Halvorsen Systems will acquire Brightwave for $2.3 billion."],
    ])).toEqual([{ severity: "error", measure: "price", values: [2.3e9, 3.2e9] }]);
  });

  it("a body named by a role ('the authority') is the one body the story gives the measure, however many forms its name takes", () => {
    expect(summary([
      ["a.txt", "Caddick council approves £312m budget\n\nCaddick Borough Council has approved a £312 million budget, including a 4.99% rise in council tax."],
      ["b.txt", "Households in Caddick will pay 4.99% more in council tax after councillors approved the authority's £321 million budget."],
    ])).toEqual([{ severity: "error", measure: "budget", values: [312e6, 321e6] }]);
  });

  it("a floor two to five times under an exact count is another figure (a warning); a toll's floor is an earlier count", () => {
    expect(summary([
      ["a.txt", "At Oxmoor General Hospital 3,100 patients have waited more than a year for treatment."],
      ["b.txt", "At Oxmoor General Hospital more than 1,300 patients have waited longer than 12 months for treatment."],
    ])).toEqual([{ severity: "warning", measure: "waiting:>1y", values: [1300, 3100] }]);
    expect(summary([
      ["a.txt", "The Dunmere floods have left 45 people dead, officials said."],
      ["b.txt", "At least 20 people have been killed in the Dunmere floods, officials said."],
    ])).toEqual([]);
  });

  it("two different stated maxima of one thing disagree (a warning)", () => {
    expect(summary([
      ["a.txt", "The Stratocloud campus will use up to 400 megawatts of power."],
      ["b.txt", "The Stratocloud campus will draw up to 600 megawatts."],
    ])).toEqual([{ severity: "warning", measure: "unit:megawatt", values: [400, 600] }]);
  });

  it("two floors two to five times apart disagree; nearer or further ones do not; a growing toll's are info", () => {
    expect(summary([
      ["a.txt", "Thieves stole signalling cable near Crannock, causing delays to more than 300 trains on Tuesday."],
      ["b.txt", "More than 130 trains were delayed or cancelled after cable was stolen near Crannock."],
    ])).toEqual([{ severity: "warning", measure: "train:delay", values: [130, 300] }]);
    expect(summary([
      ["a.txt", "Thieves stole signalling cable near Crannock, causing delays to more than 300 trains on Tuesday."],
      ["b.txt", "More than 250 trains were delayed or cancelled after cable was stolen near Crannock."],
    ])).toEqual([]);
    expect(summary([
      ["a.txt", "The Dunmere floods have left at least 20 people dead, officials said."],
      ["b.txt", "At least 45 people have been killed in the Dunmere floods, officials said."],
    ])).toEqual([{ severity: "info", measure: "killed", values: [20, 45] }]);
    expect(summary([
      ["a.txt", "The Dunmere floods have left at least 20 people dead, officials said."],
      ["b.txt", "At least 20 people have been killed in the Dunmere floods, officials said."],
    ])).toEqual([]);
  });

  it("a fine has no receiver: the one fined and a place named after it do not split the fact", () => {
    expect(summary([
      ["a.txt", "Wyvern Water was ordered to pay a £3.1 million fine on Friday for pumping sewage into the River Mardale."],
      ["b.txt", "Anglers welcomed the £1.3m fine handed to Wyvern Water for the spills."],
    ])).toEqual([{ severity: "error", measure: "fine", values: [1.3e6, 3.1e6] }]);
  });

  it("a hedge that still disagrees is a warning", () => {
    expect(summary([
      ["a.txt", "At least 40 people have been sickened in the outbreak, the agency said."],
      ["b.txt", "The agency said 36 people have been sickened in the outbreak."],
    ])).toEqual([{ severity: "warning", measure: "infected", values: [36, 40] }]);
  });
});

describe("comparator: areas in different units", () => {
  it("acres and hectares are never compared; two sizes in one unit are", () => {
    expect(summary([
      ["a.txt", "The Ember Ridge fire has burned 48,000 acres near Amberlyn."],
      ["b.txt", "The Ember Ridge fire has burned 19,400 hectares near Amberlyn."],
    ])).toEqual([]);
    expect(summary([
      ["a.txt", "The Ember Ridge fire has burned 48,000 acres near Amberlyn."],
      ["b.txt", "The Ember Ridge fire has burned 38,000 acres near Amberlyn."],
    ])).toEqual([{ severity: "error", measure: "area:acre", values: [38000, 48000] }]);
  });
});

describe("comparator: durations in different units", () => {
  it("48 hours and two days agree; 72 hours disagrees with both", () => {
    expect(summary([
      ["a.txt", "Nurses at Tarnshire hospitals will walk out for 48 hours from Tuesday."],
      ["b.txt", "Tarnshire nurses will stage a 72-hour walkout starting on Tuesday."],
      ["c.txt", "Tarnshire hospitals are cancelling operations ahead of a two-day strike by nurses."],
    ])).toEqual([{ severity: "error", measure: "duration:strike", values: [48, 72] }]);
  });
});

describe("comparator: an undated story's year", () => {
  const port = (b: string) => summary([
    ["a.txt", "Port Halloran welcomed 1.2 million cruise passengers in 2026, a record. A total of 412 cruise ships called, up from 361 in 2025."],
    ["b.txt", b],
  ]).filter((f) => f.measure === "passenger");
  it("is read from a figure one source dates by a year and another by 'last year'", () => {
    expect(port("Port Halloran handled a record 1.4 million cruise passengers this year. A total of 412 cruise ships called, up from 361 last year.")).toEqual([{ severity: "warning", measure: "passenger", values: [1.2e6, 1.4e6] }]);
  });
  it("stays unknown without such a figure, and 'this year' is not compared with a year", () => {
    expect(port("Port Halloran handled a record 1.4 million cruise passengers this year. A total of 412 cruise ships called.")).toEqual([]);
  });
  it("is read from a measure one source dates by 'last year' and another by a year, when no figure is shared", () => {
    expect(summary([
      ["a.txt", "The island of Santorelli welcomed a record 2.4 million visitors in 2025, the tourism board said."],
      ["b.txt", "Santorelli received 4.2 million visitors last year, according to its tourism board."],
    ]).map((f) => [f.severity, f.values])).toEqual([["warning", [2.4e6, 4.2e6]]]);
  });
  it("is read from the latest of several years when two sources date a figure by it, and 'the year before' is the year before that", () => {
    const story = (c: string) => summary([
      ["a.txt", "Elsmere Airport handled 28.4 million passengers in 2025, up from 26.1 million the year before."],
      ["b.txt", "Passenger numbers at Elsmere Airport rose to 24.8 million last year. The chief executive forecast 30 million passengers in 2026."],
      ["c.txt", c],
    ]).map((f) => f.values);
    expect(story("More than 28.4 million passengers passed through Elsmere Airport in 2025.")).toEqual([[24.8e6, 28.4e6]]);
    // One source alone for the latest year places nothing: "last year" might be another year.
    expect(story("The airport's new runway opened in May.")).toEqual([]);
  });
  it("is not read from a measure one source dates both ways", () => {
    expect(summary([
      ["a.txt", "Santorelli welcomed 2.4 million visitors in 2025. Santorelli received 2.1 million visitors last year."],
      ["b.txt", "Santorelli received 4.2 million visitors last year, according to its tourism board."],
    ]).filter((f) => f.values.includes(2.4e6))).toEqual([]);
  });
});

describe("comparator: figures of the story's event", () => {
  it("are compared when a one-word name in one source begins or ends a longer name in the other", () => {
    expect(summary([
      ["a.txt", "The Obran Kirra has a claimed range of 560 km from its battery."],
      ["b.txt", "Obran claims a range of 610 km for the Kirra, which uses a large battery."],
    ]).map((f) => [f.measure, f.values])).toEqual([["range:km", [560, 610]]]);
  });
  it("from a source that names nobody are compared only when it shares another figure or writes the other's name", () => {
    const outage = (c: string) => summary([
      ["a.txt", "Telvo said the outage that cut service to 8 million of its customers lasted 11 hours."],
      ["c.txt", c],
    ]).map((f) => [...f.values].sort((x, y) => Number(x) - Number(y)));
    expect(outage("The outage lasted seven hours and affected over 3,400 customers.")).toEqual([]);
    expect(outage("The outage lasted seven hours and affected 8 million customers.")).toEqual([[7, 11]]);
    expect(outage("Telvo customers were cut off. The outage lasted seven hours.")).toEqual([[7, 11]]);
  });
  it("are not compared between sources that share no name", () => {
    expect(summary([
      ["a.txt", "The Obran Kirra has a claimed range of 560 km from its battery."],
      ["b.txt", "Velto claims a range of 610 km for the Arden, which uses a large battery."],
    ])).toEqual([]);
  });
});

describe("comparator: a body's role", () => {
  it("takes the one name the story gives the measure to", () => {
    expect(summary([
      ["a.txt", "Aerolis, which operates a fleet of 86 aircraft, has ordered 30 wide-body jets."],
      ["b.txt", "Aerolis has agreed to buy 30 wide-body aircraft. The airline, which currently has 68 planes in its fleet, plans new routes."],
    ]).map((f) => [f.measure, f.values])).toEqual([["aircraft:fleet", [68, 86]]]);
  });
});

describe("comparator: last month", () => {
  it("is the present when no source names another month", () => {
    expect(summary([
      ["a.txt", "Only 71.3% of patients at Kestrel NHS Trust were seen within four hours, figures show."],
      ["b.txt", "Kestrel NHS Trust saw 73.1% of emergency patients within four hours last month."],
    ]).map((f) => f.values)).toEqual([[71.3, 73.1]]);
  });
});

describe("comparator: sums far apart", () => {
  it("sums more than a thousand times apart are two things (info)", () => {
    expect(summary([
      ["a.txt", "Meridia Hospitality said rooms at the Grand Solace start at 210 euros."],
      ["b.txt", "Meridia Hospitality said the Grand Solace cost 810 million euros."],
    ]).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("a thousandfold slip (million for billion) still compares", () => {
    expect(summary([
      ["a.txt", "Halvorsen Systems agreed to acquire Brightwave for $3.2 billion."],
      ["b.txt", "Halvorsen Systems will acquire Brightwave for $3.2 million."],
    ]).map((f) => f.severity)).toEqual(["error"]);
  });
});

describe("comparator: counts of different groups", () => {
  it.each<[string, string, string]>([
    ["a count orders of magnitude apart is another group (info)", "At least 2,000 people were killed in the quake, officials said.", "Officials said 12 people were killed in the quake."],
    ["a toll of one and a toll of ninety are two events", "Officials said one person was killed in the fire at the Harlow depot.", "Officials said 90 people were killed in the fire at the Harlow depot."],
  ])("%s", (_, a, b) => {
    expect(summary([["a.txt", a], ["b.txt", b]]).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("a count ten times another is still a contradiction", () => {
    expect(summary([
      ["a.txt", "Officials said 14 people were killed in the fire at the Harlow depot."],
      ["b.txt", "Officials said 140 people were killed in the fire at the Harlow depot."],
    ])).toEqual([{ severity: "error", measure: "killed", values: [14, 140] }]);
  });
});

describe("comparator: a figure that names nobody", () => {
  it("takes the named subject two articles give the measure to, not an office one article names", () => {
    expect(summary([
      ["a.txt", "Harrowgate County commissioners approved a $2.3 billion budget on Tuesday by a 5-2 vote."],
      ["b.txt", "Harrowgate commissioners pass budget\n\nCommissioners voted 5-2 on Tuesday to adopt a $2.8 billion budget. The budget gives the sheriff's office $410 million."],
      ["c.txt", "Harrowgate County's new $2.3 billion budget was approved 5-2 by commissioners on Tuesday."],
    ]).filter((f) => f.severity !== "info")).toEqual([{ severity: "error", measure: "budget", values: [2.3e9, 2.8e9] }]);
  });

  it("stays unnamed when only one article names the subject", () => {
    expect(summary([
      ["a.txt", "Harrowgate County approved a $2.3 billion budget on Tuesday."],
      ["b.txt", "Commissioners voted to adopt a $2.8 billion budget. The budget gives the sheriff's office $410 million."],
    ]).filter((f) => f.severity !== "info" && f.values.includes(2.8e9))).toEqual([]);
  });
});

describe("comparator: periods", () => {
  it("a plan's figures without a year are the plan's when more sources state the plan year than the present (a warning: the period is implied)", () => {
    expect(summary([
      ["a.txt", "Updated Nov 25, 2026. Westmarch passed a $14.2 billion education budget for the 2027 fiscal year. This year's education budget was $13.1 billion."],
      ["b.txt", "Updated Nov 25, 2026. Westmarch approved a $12.4 billion education budget on Monday."],
      ["c.txt", "Updated Nov 26, 2026. Westmarch approved a $14.2 billion education budget that takes effect next year."],
    ]).filter((f) => f.severity !== "info")).toEqual([{ severity: "warning", measure: "education budget", values: [12.4e9, 14.2e9] }]);
  });

  it("an expected figure for next year does not pull the present's figures into next year", () => {
    expect(summary([
      ["a.txt", "Updated Nov 25, 2026. Kestrel Foods reported revenue of $12.4 billion. Kestrel expects revenue to reach $14 billion next year."],
      ["b.txt", "Updated Nov 25, 2026. Kestrel Foods said revenue was $12.4 billion."],
      ["c.txt", "Updated Nov 25, 2026. Kestrel Foods expects revenue of $14 billion next year."],
    ])).toEqual([]);
  });

  it("a fact's two quarters: the reported one is the story's, the guided one stands apart", () => {
    expect(summary([
      ["a.txt", "Quintara reported third-quarter revenue of $8.7 billion. It forecast fourth-quarter revenue of between $9.0 billion and $9.2 billion."],
      ["b.txt", "Quintara said revenue climbed to $7.8 billion. For the current quarter, Quintara expects revenue of $9.0 billion to $9.2 billion."],
      ["c.txt", "Quintara reported revenue of $8.7 billion for its third quarter and guided fourth-quarter revenue to $9.0 billion to $9.2 billion."],
    ])).toEqual([{ severity: "warning", measure: "revenue", values: [7.8e9, 8.7e9] }]);
  });

  it("'last year' in a dated story is the year before it, so it meets the same year written out (a warning: the year is inferred)", () => {
    expect(summary([
      ["a.txt", "Updated Mar 3, 2026. Steel imports in Norvania rose 18% last year, the ministry said."],
      ["b.txt", "Updated Mar 3, 2026. Steel imports in Norvania rose 28% in 2025, the ministry said."],
    ]).filter((f) => f.severity !== "info")).toEqual([{ severity: "warning", measure: "pct:steel import:up", values: [18, 28] }]);
  });

  it("'last year' is not the story's present", () => {
    expect(summary([
      ["a.txt", "Updated Mar 3, 2026. Steel imports in Norvania rose 18% last year, the ministry said."],
      ["b.txt", "Updated Mar 3, 2026. Steel imports in Norvania rose 28%, the ministry said."],
    ]).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("a demand is not the raise agreed", () => {
    expect(summary([
      ["a.txt", "Westmarch gives teachers a 4% raise. The union had pushed for a 6% raise."],
      ["b.txt", "Westmarch gives its teachers a 4% raise; the union sought 6%."],
    ])).toEqual([]);
  });
});

describe("comparator: one figure given to different subjects", () => {
  const hotel = (c: string) => [
    ["a.txt", "Carrow Capital agreed to buy the Grand Meridian from Lisle Hospitality for $310 million. The hotel has 610 rooms."],
    ["b.txt", "Carrow Capital will pay $310 million to Lisle Hospitality for the 610-room Grand Meridian."],
    ["c.txt", c],
  ] as [string, string][];
  it("is a warning when every source names every subject and gives the measure to one of them", () => {
    expect(summary(hotel("Lisle Hospitality is selling the Grand Meridian, a 601-room landmark, to Carrow Capital."))).toEqual([
      { severity: "warning", measure: "room", values: [601, 610] },
    ]);
  });
  it("is not compared when a source does not name the other subject", () => {
    expect(summary(hotel("Lisle Hospitality, which owns a 601-room landmark, is selling a property."))).toEqual([]);
  });
  it("a country and a body of a government are one buyer, named or not in the other source", () => {
    const order = (other: string) => summary([
      ["a.txt", "The Ministry of Defence has awarded Calder Marine a contract to build five new frigates at its Rosyth yard."],
      ["b.txt", other],
    ]).filter((f) => f.measure === "frigate:buy");
    expect(order("Britain has ordered six frigates from shipbuilder Calder Marine for its Rosyth yard.")).toEqual([{ severity: "warning", measure: "frigate:buy", values: [5, 6] }]);
    // Two countries are two buyers (unless every source names both).
    expect(summary([
      ["a.txt", "Britain has ordered five frigates from shipbuilder Calder Marine for its Rosyth yard."],
      ["b.txt", "Norway has ordered six frigates from shipbuilder Calder Marine for its Rosyth yard."],
    ])).toEqual([]);
  });
  it("is not compared when the values are orders of magnitude apart", () => {
    expect(summary([
      ["a.txt", "The Grand Aurelian hotel opened in Porto Vell after a project costing 85 million euros."],
      ["b.txt", "Porto Vell's newest hotel, the Grand Aurelian, opened. Nightly rates in Porto Vell start at 290 euros."],
    ]).filter((f) => f.measure === "price")).toEqual([]);
  });
  it("is not compared when one source gives the measure to two subjects", () => {
    expect(summary([
      ["a.txt", "Grand Meridian has 610 rooms, and the nearby Lisle Tower has 240 rooms."],
      ["b.txt", "Lisle Tower has 601 rooms; Grand Meridian is larger."],
    ])).toEqual([]);
  });
});

describe("attribution through descriptions", () => {
  const subjects = (files: [string, string][]) => analyzeTexts(files).claims.filter((c) => c.kind !== "entity" && c.kind !== "name").map((c) => [c.text, c.subject]);
  it.each<[string, [string, string][], [string, string][]]>([
    ["the forward is the last person named", [["a.txt", "Kestrel City have signed Daniel Osei from Porto. The 24-year-old forward signed a four-year deal."]], [["24-year-old", "daniel osei"], ["four-year deal", "daniel osei"]]],
    ["a description points back to the first person the sentence before named, its subject", [["a.txt", "Renata Obiore won Lisk's mayoral race, defeating two-term mayor Paul Dremmel. The 52-year-old takes office on January 2."]], [["52-year-old", "renata obiore"]]],
    ["'the company' is the first company the sentence before named, not the round's lead investor", [["a.txt", "Brightlow AI has closed a $600 million Series C, led by Featherby Capital.\nThe company has now raised roughly $1.1 billion in total."]], [["$600 million", "brightlow ai"], ["roughly $1.1 billion", "brightlow ai"]]],
    ["a short name made of a longer name's initials is that name", [
      ["a.txt", "Hewlett-Packard will cut 1,200 jobs at its Palo Alto campus, the company said on Tuesday."],
      ["b.txt", "HP will lay off 1,200 workers in Palo Alto."],
    ], [["1,200", "hewlett-packard"], ["1,200", "hewlett-packard"]]],
    ["a figure before an earlier period's subject is the present one's", [
      ["a.txt", "The Ember Ridge fire in the hills east of Amberlyn had burned 48,000 acres by Sunday. Last year's Cedar Gap fire burned 120,000 acres."],
      ["b.txt", "A wildfire that has scorched 38,000 acres near Amberlyn was contained on Sunday."],
    ], [["48,000", "ember ridge"], ["120,000", "cedar gap"], ["38,000", "ember ridge"]]],
    ["a subject given the measure only in another year does not block the present figure's", [
      ["a.txt", "Pinecrest Valley voters approved Measure K, a $358 million bond for the Pinecrest Valley Unified School District."],
      ["b.txt", "A $385 million school construction bond in the Pinecrest Valley Unified School District passed.\n\nSuperintendent Gideon Farrokh thanked voters. A $210 million bond fell short in 2022."],
    ], [["$358 million", "pinecrest valley"], ["$385 million", "pinecrest valley"], ["$210 million", "gideon farrokh"]]],
    ["a surname alone is the full name it ends, not a headline's role word before it", [
      ["a.txt", "Challenger Wolak unseats Calverton mayor\n\nKatarzyna Wolak was elected mayor of Calverton on Tuesday. Wolak received 54% of the vote."],
      ["b.txt", "Katarzyna Wolak was elected mayor of Calverton on Tuesday with 54% of the vote."],
    ], [["54%", "katarzyna wolak"], ["54%", "katarzyna wolak"]]],
    ["'the school' is the academy the article named", [["a.txt", "Glenrothy Academy has been rated outstanding by inspectors. The school, which has 1,150 pupils, was rated requires improvement in 2021."]], [["1,150", "glenrothy academy"]]],
    ["a demonym after 'the' is a description", [["a.txt", "Daniel Osei joined Kestrel City. The Ghanaian, 24, moves on a five-year contract."]], [["24", "daniel osei"], ["five-year contract", "daniel osei"]]],
    ["a founding year after a description is its body's", [["a.txt", "Skelmir Air flies to 22 destinations. The company, founded in 2004, employed 1,200 people."]], [["22", "skelmir air"], ["2004", "skelmir air"], ["1,200", "skelmir air"]]],
    ["an airline described by a place adjective is the airline named", [["a.txt", "Skelmir Air has stopped trading. The Aberlow-based airline, which was founded in 2006, had debts."]], [["2006", "skelmir air"]]],
    ["an appositive says what a name is", [["a.txt", "Skelmir Norge, a regional carrier that flies to 22 destinations, collapsed. The carrier, set up in 2004, had 1,200 employees."]], [["22", "skelmir norge"], ["2004", "skelmir norge"], ["1,200", "skelmir norge"]]],
    ["the union is the union the article named", [["a.txt", "The Brenner Dockworkers Union called a strike at the Port of Brenner. The union is demanding a 9% pay rise."]], [["9%", "brenner dockworkers union"]]],
    ["an unnamed union is the one its story names", [
      ["a.txt", "The Brenner Dockworkers Union called a strike at the Port of Brenner, seeking a 9% pay rise."],
      ["b.txt", "A strike closed the Port of Brenner. The union seeks a 12% pay increase."],
    ], [["9%", "brenner dockworkers union"], ["12%", "brenner dockworkers union"]]],
    ["a longer name of the story's subject does not block it", [
      ["a.txt", "Pinecrest Valley voters approved a $358 million bond on Tuesday."],
      ["b.txt", "Voters in the Pinecrest Valley Unified School District approved a $385 million bond."],
    ], [["$358 million", "pinecrest valley"], ["$385 million", "pinecrest valley"]]],
    ["a shorter name is another thing", [
      ["a.txt", "The sale includes the 60-acre Aspen Meadows development."],
      ["b.txt", "The sale includes a 12-acre site at the base of Aspen mountain."],
    ], [["60-acre", "aspen meadows"], ["12-acre", undefined]]],
  ])("%s", (_, files, expected) => {
    expect(subjects(files)).toEqual(expected);
  });
});

describe("comparator: traps that are not conflicts", () => {
  it.each<[string, [string, string][]]>([
    ["hedged figures that agree", [
      ["a.txt", "More than 300 people were injured in the quake."],
      ["b.txt", "The quake injured 310 people."],
    ]],
    ["rounding ($9 billion vs $9.0 billion)", [
      ["a.txt", "Keller Corp reported revenue of $9 billion."],
      ["b.txt", "Keller Corp reported revenue of $9.0 billion."],
    ]],
    ["this quarter vs the same quarter last year", [
      ["a.txt", "Keller Corp reported revenue of $12.4 billion this quarter."],
      ["b.txt", "Keller Corp had revenue of $11.5 billion in the same quarter last year."],
    ]],
    ["additional vs total in one source, total in another", [
      ["a.txt", "Keller Corp invested an additional $2 billion in Vexa, bringing its total investment to $6 billion."],
      ["b.txt", "Keller Corp has invested $6 billion in Vexa."],
    ]],
    ["a rival company's figure", [
      ["a.txt", "Keller Corp reported revenue of $12.4 billion."],
      ["b.txt", "Rival Danfield Inc reported revenue of $9.8 billion."],
    ]],
    ["another year", [
      ["a.txt", "The storm killed 12 people on Monday."],
      ["b.txt", "In 2011, a storm in the same valley killed 40 people."],
    ]],
    ["repeats inside one article", [
      ["a.txt", "Keller Corp invested $5 billion in Vexa. Later, Keller Corp invested $7 billion in Vexa."],
    ]],
    ["a forecast vs the figure", [
      ["a.txt", "Keller Corp reported revenue of $12.4 billion."],
      ["b.txt", "Analysts had expected Keller Corp revenue of $12.1 billion."],
    ]],
  ])("%s", (_, files) => {
    expect(summary(files)).toEqual([]);
  });
});

describe("currencies", () => {
  it("the same amount in another currency is an info note, never a conflict", () => {
    const a = analyzeTexts([
      ["a.txt", "Halvorsen Systems will buy Brightwave for €2.9 billion."],
      ["b.txt", "Halvorsen Systems will buy Brightwave for $3.2 billion."],
    ]);
    expect(a.findings.map((f) => [f.severity, f.reasons])).toEqual([["info", ["other-currency"]]]);
  });
});

describe("syndicated copies count once", () => {
  it("a copy with chrome added is one independent source", () => {
    const body = "Keller Corp said on Tuesday it would invest $5 billion in Vexa, a robotics start-up based in Lyon, over the next five years, expanding an existing partnership between the two companies that began in 2019 with a smaller deal.";
    const a = analyzeTexts([["a.txt", body], ["b.txt", `Skip to content\n${body}\nShare this article`], ["c.txt", "Keller Corp will invest $7 billion in Vexa."]]);
    expect(a.originalOf).toEqual([0, 0, 2]);
    expect(a.findings[0].values.find((v) => v.value === 5e9)!.sources).toBe(1);
  });
});

describe("names in headlines", () => {
  it("a headline opening on an unknown word names the story's subject, so an article naming it only there is still compared", () => {
    expect(summary([
      ["a.txt", "Stridewell posted results on Thursday. Stridewell shares rose 4.5% in Frankfurt."],
      ["b.md", "# Stridewell Q3: the numbers\n\nThe company said its shares rose 5.4% on the day."],
    ]).map((f) => f.values)).toContainEqual([4.5, 5.4]);
  });
});

describe("name variants", () => {
  it.each([
    ["Tomas Hal", "Tomas Hall", true],
    ["Marcus Delgado", "Marcus Delgardo", true],
    ["Jon Smith", "John Smith", true],
    ["John Smith", "Jane Smith", false],
    ["John Smith", "John Smithers", false],
    ["Tom Hall", "Tom Hill", true],
    ["Amy Lee", "Amy Li", false],
    ["Anna Kowalski", "Anna Kowalski", false],
    ["Rajesh Nair", "Rajesh Nayar", true],
    ["Dave Rossi", "David Rossi", false],
    ["Shawn Stewart", "Sean Stewart", false],
  ])("%s ~ %s: %s", (a, b, expected) => expect(variants(a, b)).toBe(expected));

  it("a title set off by commas marks a person ('Its chief executive, Priya Raman, ...')", () => {
    const a = analyzeTexts([
      ["a.txt", "Orenda Bio agreed to be bought. Its chief executive, Priya Raman, will stay."],
      ["b.txt", "Orenda Bio was sold on Monday. Orenda chief executive Priya Ramen will stay on."],
    ]);
    expect(a.findings.find((x) => x.kind === "name-spelling")?.values.map((v) => v.value)).toEqual(["Priya Raman", "Priya Ramen"]);
  });

  it("reports a spelling conflict between sources, not within one", () => {
    const a = analyzeTexts([
      ["a.txt", "Police said Tomas Hal, 31, was arrested."],
      ["b.txt", "Police said Tomas Hal was arrested on Friday."],
      ["c.txt", "Officers arrested Tomas Hall on Friday, police said."],
    ]);
    const f = a.findings.find((x) => x.kind === "name-spelling");
    expect(f?.values.map((v) => [v.value, v.sources])).toEqual([["Tomas Hal", 2], ["Tomas Hall", 1]]);
  });
});

describe("entity claims", () => {
  it("sources that name different operators of the story's ship", () => {
    const a = analyzeTexts([
      ["a.txt", "The 366-metre ship, operated by Tidemark Line, ran aground in the Veldt Canal on Monday."],
      ["b.txt", "The Orsolya Bright, a container ship operated by Tidemark Line, ran aground in the Veldt Canal."],
      ["c.txt", "A container ship operated by Marlow Shipping ran aground in the Veldt Canal on Monday."],
    ]);
    expect(a.findings.map((f) => [f.kind, f.measure, f.severity, f.values.map((v) => [v.value, v.sources])])).toEqual([["entity", "operator:ship", "warning", [["Tidemark Line", 2], ["Marlow Shipping", 1]]]]);
  });

  it.each([
    ["a source that names both operators", "The ship, once operated by Marlow Shipping, is now operated by Tidemark Line, in the Veldt Canal."],
    ["another kind of thing", "A ferry operated by Marlow Shipping ran aground in the Veldt Canal on Monday."],
  ])("no operator conflict with %s", (_, other) => {
    const a = analyzeTexts([
      ["a.txt", "The 366-metre ship, operated by Tidemark Line, ran aground in the Veldt Canal on Monday."],
      ["b.txt", "The Orsolya Bright, a container ship operated by Tidemark Line, ran aground in the Veldt Canal."],
      ["c.txt", other],
    ]);
    expect(a.findings.filter((f) => f.kind === "entity")).toEqual([]);
  });

  it("an appointment whose body goes unnamed is the story's body's", () => {
    const a = analyzeTexts([
      ["a.txt", "Haldane Foods said chief executive Mark Ridley had quit. The company named its finance chief, Karen Voss, as interim chief executive."],
      ["b.txt", "Haldane Foods chief executive Mark Ridley has resigned, and chief operating officer Daniel Okafor will take over as interim CEO."],
    ]);
    expect(a.findings.map((f) => [f.measure, f.subject, f.values.map((v) => v.value)])).toEqual([["appointed:interim ceo", "haldane foods", ["Daniel Okafor", "Karen Voss"]]]);
  });

  it("a company's founder, a description before the name read through", () => {
    const a = analyzeTexts([
      ["a.txt", "Voltra, the solid-state battery start-up founded by Maya Chen in 2019, has raised $85 million."],
      ["b.txt", "Oakland-based Voltra, founded by former Tesla engineer Priya Nair, said it had raised $85 million."],
    ]);
    expect(a.findings.map((f) => [f.measure, f.subject, f.values.map((v) => v.value)])).toEqual([["founder", "voltra", ["Maya Chen", "Priya Nair"]]]);
  });

  it("a company's buyer, named after its description; the passive's subject is what was bought", () => {
    const a = analyzeTexts([
      ["a.txt", "Greystone Brewery, the family-owned maker of Tarn Ale, has been bought by Dutch brewer Van Hoek for £310 million. The Yorkshire brewery employs 420 people."],
      ["b.txt", "LONDON (Wire) - Family-run Greystone Brewery has been acquired by Belgian group Brasserie Lemaire for £310 million. The Yorkshire brewery, maker of Tarn Ale, employs 420 people."],
    ]);
    expect(a.findings.map((f) => [f.measure, f.subject, f.values.map((v) => v.value)])).toEqual([["buyer", "greystone brewery", ["Brasserie Lemaire", "Van Hoek"]]]);
  });

  it("one recipient named short in a headline and in full below: a total is compared with the other source's", () => {
    const a = analyzeTexts([
      ["a.txt", "Stratus Invests Further $3 Billion in Helion\n\nStratus Systems will invest an additional $3 billion in Helion Labs, bringing its total investment in the company to $5 billion."],
      ["b.txt", "Stratus Systems has now invested $8 billion in Helion Labs, the maker of the Zephyr chatbot."],
    ]);
    expect(a.findings.filter((f) => f.measure === "investment").map((f) => f.values.map((v) => v.value))).toEqual([[3e9, 5e9, 8e9]]);
  });

  it("a company's buyer named in the active and by its sale; a short form made of initials is the same buyer", () => {
    const texts: [string, string][] = [
      ["a.txt", "Ravelin Software, which makes payroll tools, has agreed to be acquired by Dunmark for $1.2 billion."],
      ["b.txt", "Private equity firm Kinsale Capital has agreed to acquire Ravelin Software for $1.2 billion."],
      ["c.txt", "Dunmark is buying Ravelin Software for $1.2 billion, adding 40,000 customers."],
    ];
    expect(analyzeTexts(texts).findings.map((f) => [f.measure, f.subject, f.values.map((v) => [v.value, v.sources])])).toEqual([["buyer", "ravelin software", [["Dunmark", 2], ["Kinsale Capital", 1]]]]);
    const initials = analyzeTexts([
      ["a.txt", "Hewlett-Packard has agreed to acquire EYP Mission Critical Facilities, a consulting firm."],
      ["b.txt", "HP has agreed to acquire EYP Mission Critical Facilities, a consulting firm."],
    ]);
    expect(initials.findings.filter((f) => f.kind === "entity")).toEqual([]);
  });

  it("a named vessel is spelled like a person's name", () => {
    const a = analyzeTexts([
      ["a.txt", "The bulk carrier Nordic Harmony ran aground off Hallvik with 21 crew on board."],
      ["b.txt", "A 190-metre bulk carrier, the Nordic Harmonie, went aground off Hallvik on Tuesday."],
    ]);
    expect(a.findings.find((x) => x.kind === "name-spelling")?.values.map((v) => v.value)).toEqual(["Nordic Harmonie", "Nordic Harmony"]);
  });

  it("a title before a name is not part of its spelling ('Governor Rustam Beyly')", () => {
    const a = analyzeTexts([
      ["a.txt", "Provincial governor Rustam Beyli said the search for survivors in the Sarvan Pass would go on."],
      ["b.txt", "Governor Rustam Beyly said the search for survivors in the Sarvan Pass would go on."],
    ]);
    expect(a.findings.find((x) => x.kind === "name-spelling")?.values.map((v) => v.value)).toEqual(["Rustam Beyli", "Rustam Beyly"]);
  });

  it("a work's director named differently; a surname alone is the full name it ends", () => {
    const a = analyzeTexts([
      ["a.txt", 'The festival opened with "Tide Lines", a drama directed by Ana Reyes about a fishing village.'],
      ["b.txt", 'The festival began with "Tide Lines", directed by Lucia Ferrer, a portrait of a fishing village.'],
      ["c.txt", 'The festival opened with "Tide Lines". The drama, directed by Reyes and starring Joao Pires, follows a fishing village.'],
    ]);
    expect(a.findings.map((f) => [f.measure, f.severity, f.values.map((v) => [v.value, v.sources])])).toEqual([["director:work", "warning", [["Ana Reyes", 2], ["Lucia Ferrer", 1]]]]);
  });

  it("a correction's account of what an earlier version said is withdrawn, not a claim", () => {
    const a = analyzeTexts([
      ["a.txt", "Pavane Batteries will build a £1.6 billion factory in Ormsby, creating 2,100 jobs.\n\nCorrection: An earlier version of this article said the plant would create 1,200 jobs. It will create 2,100."],
      ["b.txt", "Pavane Batteries' new factory in Ormsby will create 2,100 jobs."],
    ]);
    expect(a.claims.filter((c) => c.kind === "count").map((c) => c.value)).not.toContain(1200);
    expect(a.findings).toEqual([]);
  });

  it("a press release's closing 'About' section describes the company, not the story", () => {
    const a = analyzeTexts([
      ["a.md", "# Brightsea wind farm at full power\n\nTidewater Energy's Brightsea farm has 95 turbines.\n\n**About Tidewater Energy**\n\nTidewater Energy employs 2,400 people in six countries."],
      ["b.txt", "Tidewater Energy's Brightsea farm, with 95 turbines, is running. Tidewater Energy employs 120 people at its Pemberley base."],
    ]);
    expect(a.claims.filter((c) => c.doc === 0 && c.kind === "count").map((c) => c.value)).toEqual([95]);
    expect(a.findings).toEqual([]);
  });

  it("a model family alone is the one version of it the sources name", () => {
    const a = analyzeTexts([
      ["a.txt", "The funding comes as Sylvar Labs released Kavala 3, its latest language model."],
      ["b.txt", "London-based Sylvar Labs, maker of the Kavala models, has closed a $1.5 billion round."],
      ["c.txt", "Sylvar Labs raised money as the round coincides with the launch of Sylvar's Meridian 3 model."],
    ]);
    expect(a.findings.filter((f) => f.kind === "entity").map((f) => [f.severity, f.values.map((v) => [v.value, v.sources])])).toEqual([["warning", [["Kavala 3", 2], ["Meridian 3", 1]]]]);
  });

  it("a subject's product named differently by different sources", () => {
    const a = analyzeTexts([
      ["a.txt", "Anthropic, known for its Mythos model, raised money."],
      ["b.txt", "Anthropic, the developer behind the large language model Claude, raised money."],
    ]);
    expect(a.findings.map((f) => [f.kind, f.subjectLabel, f.values.map((v) => v.value).sort()])).toEqual([["entity", "Anthropic", ["Claude", "Mythos"]]]);
  });

  it("no conflict when a source mentions both names", () => {
    const a = analyzeTexts([
      ["a.txt", "Anthropic, known for its Mythos model, raised money."],
      ["b.txt", "Anthropic, the developer behind the model Claude, also makes Mythos."],
    ]);
    expect(a.findings).toEqual([]);
  });

  it("a chip, a processor and an accelerator are one kind of product", () => {
    const a = analyzeTexts([
      ["a.txt", "Brevik Labs, known for its Aurora AI accelerator, raised money. Brevik's Aurora chips power data centres."],
      ["b.txt", "Brevik Labs, the company behind the Quellon processor, raised money."],
      ["c.txt", "Brevik Labs, the designer of the Aurora accelerator, raised money."],
    ]);
    expect(a.findings.map((f) => [f.severity, f.measure, f.values.map((v) => v.value).sort()])).toEqual([["warning", "product:chip", ["Aurora", "Quellon"]]]);
  });

  it("three names for one company's product are a product line (info)", () => {
    const a = analyzeTexts([
      ["a.txt", "Intel, the maker of the Atom chip, cut prices."],
      ["b.txt", "Intel, known for its Atom chip, cut prices on Tuesday."],
      ["c.txt", "Intel, the company behind the Xeon processor, cut prices."],
      ["d.txt", "Intel, the developer of the Centrino chip, cut prices."],
    ]);
    expect(a.findings.map((f) => [f.severity, f.reasons])).toEqual([["info", ["entity-attribute", "many-products"]]]);
  });
});
