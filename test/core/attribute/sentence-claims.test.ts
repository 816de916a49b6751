import { describe, expect, it } from "vitest";
import { sentenceClaims } from "../../helpers.js";

type Row = [sentence: string, value: number | string, expected: { kind?: string; measure?: string; subject?: string; time?: string; qualifiers?: string[]; recipient?: string }];

const rows: Row[] = [
  // money: whose, what, to whom
  ["Amazon has committed an additional $5 billion in funding to AI startup Anthropic.", 5e9, { kind: "money", measure: "investment", subject: "amazon", qualifiers: ["additional"], recipient: "anthropic" }],
  ["In exchange, Anthropic has entered into a massive agreement to utilize Amazon Web Services (AWS), pledging to spend $100 billion on the platform's cloud infrastructure.", 1e11, { measure: "spending", subject: "anthropic" }],
  ["Anthropic has pledged a staggering $100 billion in cloud spending on Amazon Web Services.", 1e11, { measure: "spending", subject: "anthropic" }],
  ["However, the $25 billion figure represents Anthropic's long-term commitment to use AWS infrastructure.", 25e9, { measure: "spending", subject: "anthropic" }],
  ["Amazon's investment of up to $25 billion in Anthropic is a milestone.", 25e9, { measure: "investment", subject: "amazon", recipient: "anthropic" }],
  ["Microsoft has poured over $13 billion into OpenAI.", 13e9, { measure: "investment", subject: "microsoft", recipient: "openai" }],
  ["The $100 billion cloud-spend commitment from Anthropic also helps Amazon.", 1e11, { measure: "spending", subject: "anthropic" }],
  ["Halvorsen Systems agreed on Monday to acquire Brightwave for $3.2 billion in cash.", 3.2e9, { measure: "price", subject: "brightwave" }],
  ["Northwind Retail reported revenue of $12.4 billion for the third quarter.", 12.4e9, { measure: "revenue", subject: "northwind retail", time: "q3" }],
  ["Revenue was up from $11.5 billion in the same quarter last year.", 11.5e9, { measure: "revenue", time: "prev-year" }],
  ["Analysts had expected revenue of $12.1 billion.", 12.1e9, { measure: "revenue", qualifiers: ["forecast", "projected"] }],
  ["Its predecessor, the X1, was priced at $899 when it launched in 2024.", 899, { measure: "price", subject: "x1", time: "y2024" }],
  ["The council approved a $4.3 billion budget, up from $4.1 billion last year.", 4.1e9, { measure: "budget", time: "prev-year" }],
  ["The plan includes an additional $200 million for schools, bringing total education spending to $1.2 billion.", 1.2e9, { measure: "spending", qualifiers: ["total"] }],
  // counts
  ["A magnitude 6.4 earthquake struck, killing 112 people and injuring more than 300.", 112, { kind: "count", measure: "killed", subject: "" }],
  ["A magnitude 6.4 earthquake struck, killing 112 people and injuring more than 300.", 300, { kind: "count", measure: "injured" }],
  ["Ten people were killed in the blast.", 10, { measure: "killed" }],
  ["At least 50 injured were taken to hospital.", 50, { measure: "injured" }],
  ["Two people had been killed and five wounded.", 5, { measure: "injured" }],
  ["At least 40 people in six states have been sickened.", 40, { measure: "infected" }],
  ["The death toll rose to 121 on Wednesday.", 121, { measure: "killed" }],
  ["Corvex Semiconductor said it would cut 1,200 jobs.", 1200, { measure: "job:cut", subject: "corvex semiconductor" }],
  ["Corvex Semiconductor will lay off 2,100 employees.", 2100, { measure: "job:cut" }],
  ["Corvex Semiconductor employs 14,800 people.", 14800, { measure: "employees", subject: "corvex semiconductor" }],
  ["Lumen Devices will ship two million units this year.", 2e6, { measure: "unit:sold", subject: "lumen devices" }],
  ["The region last suffered a major disaster in 2011, when a quake near Van killed 604 people.", 604, { measure: "killed", time: "y2011" }],
  // places where something was found; a gerund's verb; an order's verb; things waiting
  ["Bird flu has been confirmed at 12 farms in the county.", 12, { kind: "count", measure: "farm:detected" }],
  ["The virus was detected in 14 schools last week.", 14, { measure: "school:detected" }],
  ["Officials ordered the culling of 1.8 million hens.", 1.8e6, { measure: "hen:cul" }],
  ["About 2.8 million hens are being culled.", 2.8e6, { measure: "hen:cul" }],
  ["Farmers said 1.8 million hens were ordered culled.", 1.8e6, { measure: "hen:cul" }],
  ["By Tuesday, 187 vessels were waiting to pass.", 187, { measure: "ship:waiting" }],
  ["The authority said 287 ships were queued at both ends.", 287, { measure: "ship:waiting" }],
  ["Seven inmates escaped from the prison early on Sunday.", 7, { measure: "escaped" }],
  ["Corvanta investors will get C$12.50 a share, 31% above the stock's Friday close.", 31, { kind: "percent", measure: "pct:premium" }],
  // lengths, in the unit written
  ["The slide buried a 300-metre section of the road.", 300, { measure: "length:stretch:m", subject: "" }],
  ["The slide buried 800 metres of the highway.", 800, { measure: "length:stretch:m" }],
  ["A 2-km-long stretch of the motorway was closed.", 2, { measure: "length:stretch:km" }],
  ["The 366-metre container ship ran aground.", 366, { measure: "length:ship:m" }],
  // a fund's return and worth; a relative clause's owner
  ["Hallcrest University's endowment returned 8.7% in the fiscal year.", 8.7, { kind: "percent", measure: "pct:return", subject: "hallcrest university" }],
  ["Hallcrest University said its endowment gained 7.8% in the year.", 7.8, { measure: "pct:return" }],
  ["Hallcrest's $14.2 billion endowment posts 7.8% gain.", 14.2e9, { kind: "money", measure: "valuation" }],
  ["Hallcrest trails its rival Norbridge University, whose endowment is valued at $19.8 billion.", 19.8e9, { measure: "valuation", subject: "norbridge university" }],
  // other kinds
  ["A magnitude 6.4 earthquake struck eastern Turkey.", 6.4, { kind: "magnitude", measure: "magnitude" }],
  ["An earthquake measuring 6.1 on the Richter scale struck.", 6.1, { kind: "magnitude" }],
  ["An aftershock of magnitude 4.2 shook the region.", 4.2, { measure: "magnitude:aftershock" }],
  ["Elena Marin won with 52% of the vote.", 52, { kind: "percent", measure: "pct:vote", subject: "elena marin" }],
  ["Turnout was 61%, the commission said.", 61, { measure: "pct:turnout", subject: "" }],
  ["Online sales grew 18% in the quarter.", 18, { measure: "pct:online revenue:up" }],
  ["Cloud revenue jumped 31%, the company said.", 31, { measure: "pct:cloud revenue:up" }],
  ["Revenue rose 14% to $8.2 billion.", 14, { measure: "pct:revenue:up" }],
  ["Net profit rose to $2.1 billion.", 2.1e9, { measure: "profit" }],
  ["Its operating profit rose to $2.1 billion.", 2.1e9, { measure: "operating profit" }],
  ["Police arrested Marcus Delgado, 24, of Fairview.", 24, { kind: "age", subject: "marcus delgado" }],
  ["The suspected gunman, 25-year-old Marcus Delgardo, was taken into custody.", 25, { kind: "age", subject: "marcus delgardo" }],
  ["Harbor City FC signed Lucas Ferreira on a five-year contract.", 5, { kind: "duration", measure: "duration:contract" }],
  ["Novak beat Sorokina 6-4, 6-3 in 78 minutes.", 78, { kind: "duration", measure: "duration:event", subject: "" }],
  ["The match lasted 87 minutes.", 87, { kind: "duration", measure: "duration:event" }],
  ["It was a 78-minute final in Melbourne.", 78, { kind: "duration", measure: "duration:event" }],
  ["The phone goes on sale on September 22.", "--09-22", { kind: "date", measure: "date:launch" }],
  // capacity compounds, task lengths, planned years, event counts, state verbs
  ["Carrow Capital will pay $310 million for the 610-room Grand Meridian.", 610, { kind: "count", measure: "room", subject: "grand meridian" }],
  ["Brightline Power's 690-megawatt Sunfield project opened on Monday.", 690, { kind: "count", measure: "unit:megawatt", subject: "" }],
  ["Crews expect repairs to take at least 48 hours.", 48, { kind: "duration", measure: "duration:task:repair", subject: "" }],
  ["Repairs are expected to last about two weeks.", 2, { kind: "duration", measure: "duration:task:repair" }],
  ["The new library will open in 2028 and hold 1.2 million volumes.", "2028", { kind: "date", measure: "date:opening:planned", subject: "", time: "" }],
  ["The arena, due to be completed in 2029, will seat 18,500.", "2029", { kind: "date", measure: "date:completion:planned" }],
  ["Ridgeline said it knows of 14 crashes and three injuries linked to the problem.", 14, { kind: "count", measure: "crash" }],
  ["Brightline Power's Sunfield project can power 108,000 homes.", 108000, { kind: "count", measure: "home" }],
  ["Officials said four sites are distributing bottled water.", 4, { kind: "count", measure: "site" }],
  // percent changes, rescues, charges, people described by a participle
  ["Millbrook's population reached 512,400 in 2025, up 4.1% from 2020.", 4.1, { kind: "percent", measure: "pct:population:up", subject: "millbrook", time: "since-2020" }],
  ["Millbrook's population grew 4.1% between 2020 and 2025.", 4.1, { measure: "pct:population:up", time: "since-2020" }],
  ["Millbrook had 512,400 residents in 2025, a rise of 1.4% since 2020.", 1.4, { measure: "pct:population:up", time: "since-2020" }],
  ["Emergency crews carried out 410 rescues, the prefecture said.", 410, { kind: "count", measure: "rescued" }],
  ["Rescuers saved 140 people trapped by rising water.", 140, { measure: "rescued" }],
  ["Veltrix will charge $950 a month for the drug.", 950, { kind: "money", measure: "price", subject: "veltrix", qualifiers: ["rate"] }],
  ["The drug will cost $950 a month before insurance.", 950, { measure: "price", qualifiers: ["rate"] }],
  // earnings phrasing, battery life, things valued
  ["Net profit for the first half rose 22% to 184 million pounds.", 184e6, { kind: "money", measure: "profit", time: "h1", qualifiers: [] }],
  ["LONDON (Wire) - Bakery group Crumbline Foods reported first-half net profit of 184 million pounds.", 184e6, { measure: "profit", subject: "crumbline foods", time: "h1" }],
  ["Novalux promises three hours of battery life.", 3, { kind: "duration", measure: "duration:battery" }],
  ["The device runs for two hours on a charge.", 2, { kind: "duration", measure: "duration:battery" }],
  ["The 11-inch models come with 5 hours of battery life.", 5, { measure: "duration:battery", subject: "model:11-inch" }],
  ["Skyframe won an order from Aurelia Air for 60 S9 jets worth $8.7 billion.", 8.7e9, { kind: "money", measure: "price" }],
  // hospital conditions, tenures, breaches, crowds that were hurt
  ["A stand collapsed, injuring 63 people, eight of them seriously.", 8, { kind: "count", measure: "injured:serious", subject: "" }],
  ["Eighteen are in serious condition, health officials said.", 18, { measure: "injured:serious" }],
  ["Two remain in critical condition.", 2, { measure: "injured:critical" }],
  ["Sixty-three spectators were injured when the stand collapsed.", 63, { measure: "injured" }],
  ["Pieter Voss, 58, had led the bank for nine years.", 9, { kind: "duration", measure: "duration:tenure", subject: "pieter voss" }],
  ["Telvio was fined over a breach affecting 2.4 million customers.", 2.4e6, { kind: "count", measure: "affected" }],
  // box office regions, money coming in, prepositions, age groups
  ["Tide Runner earned $86 million in North America over its opening weekend and $142 million worldwide.", 86e6, { kind: "money", measure: "domestic gross" }],
  ["Tide Runner earned $86 million in North America over its opening weekend and $142 million worldwide.", 142e6, { measure: "worldwide gross" }],
  ["Officials said the higher toll will bring in roughly $84 million a year.", 84e6, { kind: "money", measure: "revenue", qualifiers: ["rate"] }],
  ["The increase will raise about $48 million a year for maintenance.", 48e6, { measure: "revenue" }],
  ["The Kelling Transport Authority says the change will generate $48 million annually.", 48e6, { measure: "revenue", subject: "kelling transport authority" }],
  ["The vaccine was tested in a trial of 24,500 participants across 12 countries.", 12, { kind: "count", measure: "country" }],
  ["Novarix tested the shot in 24,500 older adults in 14 countries.", 14, { measure: "country", qualifiers: [] }],
  ["Datavane, founded in 2014, has 1,100 employees.", "2014", { kind: "date", measure: "date:founded", subject: "datavane", time: "" }],
  ["Quorra will pay $2.6 billion for Datavane, which was founded in 2016.", "2016", { kind: "date", measure: "date:founded", subject: "datavane" }],
  ["Construction starts in 2027.", "2027", { kind: "date", measure: "date:start:planned" }],
  ["The project's turbines will supply homes, with construction starting in 2027.", "2027", { measure: "date:start:planned" }],
  ["Austin-based Lumora raised $180 million in a round valuing the company at $1.9 billion.", 1.9e9, { kind: "money", measure: "valuation", subject: "lumora" }],
  ["The Gambling Commission imposed a penalty on Goldmere, which operates 38 casinos.", 38, { kind: "count", measure: "casino", subject: "goldmere" }],
  ["The 40 million euro vessel carries 600 passengers and 120 cars.", 120, { kind: "count", measure: "vehicle" }],
  ["Westmark shareholders will own 55% of the combined company.", 55, { kind: "percent", measure: "pct:stake" }],
  ["Stratocloud will build a data centre drawing up to 600 megawatts, to open in 2028.", 600, { kind: "count", measure: "unit:megawatt", time: "" }],
  // perpetrators, titles before names, whole groups, future workforces, insured sums
  ["Police said two suspects were seen on security footage.", 2, { kind: "count", measure: "perpetrator:suspect", subject: "" }],
  ["Three gunmen opened fire.", 3, { measure: "perpetrator:gunman" }],
  ["One gunman opened fire.", 1, { measure: "perpetrator:gunman" }],
  ["Police arrested two suspects on Monday.", 2, { measure: "arrested" }],
  ["All Blacks winger Tane Walker has signed a three-year contract with Toulon.", 3, { kind: "duration", measure: "duration:contract", subject: "tane walker" }],
  ["The 76ers signed Elton Brand to a five-year deal worth nearly $80 million.", 5, { kind: "duration", measure: "duration:contract", subject: "elton brand" }],
  ["Four people were injured when one shooter opened fire.", 1, { kind: "count", measure: "perpetrator:shooter" }],
  ["Voltane's new battery plant will cost $3.5 billion and employ 5,200 people when it opens in 2028.", 5200, { kind: "count", measure: "job:added", subject: "voltane" }],
  ["The combined company will employ 61,000 people.", 61000, { kind: "count", measure: "employees" }],
  ["The ship docked after 312 of its passengers and 14 crew members came down with norovirus.", 312, { kind: "count", measure: "infected" }],
  ["The 142-minute drama stars Jonah Reyes.", 142, { kind: "duration", measure: "duration:runtime", subject: "" }],
  ["Pellow won the seat by 412 votes.", 412, { kind: "count", measure: "vote:margin", subject: "" }],
  ["The $8.6 billion project will carry crude.", 8.6e9, { kind: "money", measure: "price" }],
  ["A blizzard dumped 28 inches of snow on Harnett.", 28, { kind: "count", measure: "snowfall:inch", subject: "" }],
  ["Up to 120 millimetres of rain fell overnight.", 120, { kind: "count", measure: "rainfall:mm" }],
  ["The subway will have 15 stations.", 15, { kind: "count", measure: "station" }],
  ["The 12-station line will cost $4.1 billion.", 12, { kind: "count", measure: "station" }],
  ["The change would help about 1.2 million patients.", 1.2e6, { kind: "count", measure: "beneficiary" }],
  ["Ireland's data protection regulator fined Quillet 310 million euros on Monday.", 310e6, { kind: "money", measure: "fine", subject: "quillet" }],
  ["Quillet was fined 310 million euros by Ireland's privacy watchdog.", 310e6, { measure: "fine", subject: "quillet" }],
  ["Vantix was hit with a €4.2 billion fine by the European Commission.", 4.2e9, { measure: "fine", subject: "vantix" }],
  ["Shareholders rejected a bonus of $4.8 million on top of her $1.9 million salary.", 4.8e6, { kind: "money", measure: "bonus" }],
  ["Shareholders rejected a bonus of $4.8 million on top of her $1.9 million salary.", 1.9e6, { kind: "money", measure: "salary" }],
  ["Insurer Corbel will pay 25 million pounds for naming rights to the club's 23,000-seat stadium.", 23000, { kind: "count", measure: "seat", subject: undefined }],
  ["Redmere Athletic's 32,000-capacity stadium will become the Corbel Arena.", 32000, { kind: "count", measure: "seat" }],
  ["IslandLink cancelled 86 ferry sailings on Friday.", 86, { kind: "count", measure: "sailing:cancel", subject: "islandlink" }],
  ["Pulsar logged 37 reports of overheating.", 37, { kind: "count", measure: "incident" }],
  ["Pulsar will recall the watches after 73 reports of batteries overheating.", 73, { kind: "count", measure: "incident" }],
  ["Crews began a 48-hour walkout.", 48, { kind: "duration", measure: "duration:strike" }],
  ["The regional government will provide 1.2 billion euros in subsidies.", 1.2e9, { kind: "money", measure: "subsidy" }],
  ["The plant will get 1.2 billion euros of regional subsidies.", 1.2e9, { kind: "money", measure: "subsidy" }],
  ["The state will shut the bridge for a $64 million rebuild.", 64e6, { kind: "money", measure: "price" }],
  ["Some 5,300 residents of four Hollin valley towns were evacuated on Sunday.", 5300, { kind: "count", measure: "evacuated" }],
  ["Some 5,300 residents of four Hollin valley towns were evacuated on Sunday.", 4, { kind: "count", measure: "evacuated:town" }],
  ["Greek authorities evacuated 41 villages north of Athens.", 41, { kind: "count", measure: "evacuated:village" }],
  ["The payload was insured for $85 million.", 85e6, { kind: "money", measure: "insurance" }],
  ["Insurers estimate the storm caused about $4 billion in insured losses.", 4e9, { kind: "money", measure: "insured loss" }],
  // a deal's value, under any of its names
  ["Halvane will acquire Orenda Bio in a transaction valued at $3.4 billion.", 3.4e9, { kind: "money", measure: "price", subject: "orenda bio" }],
  ["Halvane unveiled a bid of nearly $14 billion to purchase Orenda.", 14e9, { kind: "money", measure: "price" }],
  // what someone asks for is a fact of its own; what someone plans to do is not
  ["The union had pushed for a 6% raise.", 6, { kind: "percent", measure: "pct:pay:up:sought" }],
  ["The union wants a 12% pay rise.", 12, { kind: "percent", measure: "pct:pay:up:sought" }],
  ["The lawsuit seeks $50 million in damages.", 50e6, { kind: "money", measure: "damage:sought" }],
  ["Mayor Carla Ruiz wants to cut $120 million from the budget.", 120e6, { kind: "money", measure: "cuts" }],
  // things sent into orbit, whatever the verb
  ["Strathlyn launches 48 broadband satellites.", 48, { kind: "count", measure: "satellite:launched" }],
  ["The new rocket puts 60 satellites in orbit.", 60, { kind: "count", measure: "satellite:launched" }],
  ["The rocket flew on Thursday, placing 48 Skyweave satellites in orbit.", 48, { kind: "count", measure: "satellite:launched" }],
  ["The rocket carried 60 internet satellites into orbit.", 60, { kind: "count", measure: "satellite:launched" }],
  // a launch date, however the launch is told
  ["The rocket lifted off at 6:42 a.m. local time on November 26, 2026, and deployed its satellites.", "2026-11-26", { kind: "date", measure: "date:launch" }],
  ["The Tallis-5 flew for the first time on November 27, 2026.", "2026-11-27", { kind: "date", measure: "date:launch", qualifiers: [] }],
  // a reported figure's period is not a segment of it, nor is a verb
  ["Quintara Systems reported third-quarter revenue of $8.7 billion on Tuesday.", 8.7e9, { kind: "money", measure: "revenue", subject: "quintara systems", time: "q3" }],
  ["For the current quarter, Quintara expects revenue of $9.0 billion to $9.2 billion.", 9.1e9, { kind: "money", measure: "revenue", qualifiers: ["projected"] }],
  ["Quintara said that revenue for the three months to September climbed to $7.8 billion.", 7.8e9, { kind: "money", measure: "revenue" }],
  // a transfer's fee is the player's price, not the seller's or the buyer's payment
  ["Redmoor Athletic have signed winger Idris Calloway from Sporting Vellano for a club-record fee of 62 million euros.", 62e6, { kind: "money", measure: "price", subject: "idris calloway" }],
  ["Redmoor Athletic have completed the signing of Idris Calloway from Sporting Vellano for €68 million.", 68e6, { kind: "money", measure: "price", subject: "idris calloway" }],
  ["Redmoor Athletic have paid Sporting Vellano €62m (about £53m) for 23-year-old winger Idris Calloway.", 62e6, { kind: "money", measure: "price", subject: "idris calloway" }],
  ["It eclipses the €40 million paid for Joel Ansah in 2022.", 40e6, { kind: "money", measure: "price", subject: "joel ansah", time: "y2022" }],
  // a model number is part of the name; what a thing starts at is its price
  ["The Zephra Pro 9 starts at $999 and goes on sale on October 3.", 999, { kind: "money", measure: "price", subject: "zephra pro 9" }],
  ["A larger Zephra Pro 9 Max will cost $1,299.", 1299, { kind: "money", measure: "price", subject: "zephra pro 9 max" }],
  ["The phone replaces the Zephra Pro 8, which launched at $899.", 899, { kind: "money", measure: "price", subject: "zephra pro 8" }],
  ["Approximately 15 people were held hostage in a bathroom, Mina said.", 15, { kind: "count", measure: "hostages" }],
  // what was spilled is the event's, apart from what was carried
  ["The barge has leaked some 2,100 barrels of diesel into the river.", 2100, { kind: "count", measure: "unit:barrel:spilled" }],
  ["Officials said 900 tonnes of fuel oil had spilled by Friday.", 900, { kind: "count", measure: "unit:tonne:spilled" }],
  ["The freighter was carrying 40,000 barrels when it sank.", 40000, { kind: "count", measure: "unit:barrel" }],
  // a consumer tier's price is its own fact, per month or not
  ["The premium tier will rise to $14.99 a month.", 14.99, { kind: "money", measure: "premium-tier price", qualifiers: [] }],
  ["Streamly's basic plan costs $6.99, while its family plan costs $17.99.", 17.99, { kind: "money", measure: "family-plan price" }],
  ["Streamly's basic plan costs $6.99, while its family plan costs $17.99.", 6.99, { kind: "money", measure: "basic-plan price" }],
  ["A season ticket will cost $950.", 950, { kind: "money", measure: "season-ticket price" }],
  // money handed over, said by the verb alone
  ["The city will receive $12 million from the Harlow Trust for the new library.", 12e6, { kind: "money", measure: "commitment", subject: "harlow trust" }],
  ["The Harlow Trust will give Brenton College $12 million toward a new library.", 12e6, { kind: "money", measure: "commitment", subject: "harlow trust" }],
  ["Brenton College said it had won a $12 million Harlow Trust grant.", 12e6, { kind: "money", measure: "aid", subject: "harlow trust" }],
  ["The county will contribute an additional $2 million.", 2e6, { kind: "money", measure: "commitment", qualifiers: ["additional"] }],
  // what is counted, named before the number
  ["The number of nesting turtles counted on the beach has reached 3,120, rangers said.", 3120, { kind: "count", measure: "turtle" }],
  ["The island's wild pony population has climbed to 1,450.", 1450, { kind: "count", measure: "pony" }],
  ["Wild ponies on the island now number 1,450.", 1450, { kind: "count", measure: "pony" }],
  ["Orvane counts 41 million paying subscribers.", 41e6, { kind: "count", measure: "subscriber" }],
  // a change with no noun of its own is the change of the count before it
  ["The number of nesting turtles has reached 3,120, up 12% on the 2019 count.", 12, { kind: "percent", measure: "pct:turtle:up", time: "since-2019" }],
  ["Wild ponies on the island now number 1,450, rangers said, an increase of 9% over the 2020 survey.", 9, { kind: "percent", measure: "pct:pony:up", time: "since-2020" }],
  ["Kenya won 14 medals, including six golds.", 6, { kind: "count", measure: "gold" }],
];

describe("claimsOfSentence: attribution", () => {
  it.each(rows)("%s -> %s", (sentence, value, expected) => {
    const claims = sentenceClaims(sentence);
    const claim = claims.find((c) => (typeof value === "number" ? Math.abs(Number(c.value) - value) < 1e-6 * Math.max(1, value) : c.value === value));
    expect(claim, JSON.stringify(claims.map((c) => [c.text, c.value, c.measure]))).toBeDefined();
    const got = {
      kind: claim!.kind,
      measure: claim!.measure,
      subject: claim!.subject,
      time: claim!.time,
      qualifiers: claim!.qualifiers,
      recipient: claim!.recipient,
    };
    expect(got).toMatchObject(expected);
  });
});

describe("claimsOfSentence: what is not a claim", () => {
  it.each([
    "The company was founded in 2009 and is based in Oslo.",
    "Rescuers worked for about 20 minutes before the building collapsed.",
    "The region has three or four major players.",
    "He scored in the 20th minute.",
    "Chapter 11 of the report covers policy.",
    "The 911 call came in at 4:17 p.m.",
    "The Pembrook Center opened in 1988.",
    "The 13-inch version boasts 1,280 x 800 resolution.",
    "His magazines were capable of holding 30 rounds each.",
    "The audience peaked in the last 15 minutes of the show.",
    "The stadium opened in 1988 and started hosting concerts in 1990.",
    "The office is in Building 6000, off Route 66.",
    "Williams was arrested around 1:30 a.m. on state Route 94.",
    "The Zephra Pro 9 will cost more than the Zephra Pro 8.",
    "Lt. Emily McKinley told WAVE 3 News the man died at University Hospital.",
  ])("%s", (sentence) => {
    expect(sentenceClaims(sentence).filter((c) => c.kind !== "date")).toEqual([]);
  });
});

describe("claimsOfSentence: a number that is not that measure", () => {
  it.each<[string, number, string]>([
    ["Four people were hit by gunfire and three of those shooting victims died.", 4, "killed"],
    ["Detroit police seek 3rd suspect in fatal shooting", 3, "perpetrator:suspect"],
    ["In addition to the two suspects in custody, police sought a third.", 2, "perpetrator:suspect"],
    ["The combined company will employ 61,000 people.", 61000, "job:added"],
    ["Ridgeline said it knows of 14 crashes and three injuries.", 14, "injured"],
    ["Zawahri was carrying 1,300 rounds of ammunition.", 1300, "aboard"],
    ["The CTS board will be reduced to seven from eight.", 7, "aboard"],
    ["Demand totalled 6.82 billion francs at prices between 94.70 and 97.10 pct.", 6.82e9, "price:sought"],
    ["Dellmoor is recalling 60,000 vehicles, including 8,000 SUVs.", 8000, "vehicle:recalled"],
    ["Shareholders will receive $3 a share in cash.", 3, "commitment"],
    ["Gasoline demand was 6.63 mln bpd, while residual fuel demand fell 4.9 pct.", 4.9, "pct:bpd:down"],
    ["The holding of banks fell to 0.7 pct from 1.3 pct after capital rose to 235 billion marks.", 0.7, "pct:mark:down"],
    ["The terminal will handle number two fuel oil.", 2, "fuel"],
    ["Stocks were reported at 34,661 bales.", 34661, "bale:detected"],
    ["Three escaped prisoners were caught on Monday.", 3, "escaped"],
    ["Two bystanders escaped serious injury when they were grazed.", 2, "escaped"],
    ["Sales were confirmed on 400 steers.", 400, "steer:detected"],
    ["The ship carries about 14,000 containers.", 14000, "container:sold"],
    ["Ecuador halted exports after damage to 25 miles of pipeline.", 25, "length:pipeline:mile"],
    ["Shares of Acme gained 7.8% on Monday.", 7.8, "pct:return"],
    ["The endowment distributed $610 million to the operating budget.", 610e6, "valuation"],
  ])("%s: %s is not %s", (sentence, value, measure) => {
    expect(sentenceClaims(sentence).filter((c) => c.value === value && c.measure === measure)).toEqual([]);
  });
});
