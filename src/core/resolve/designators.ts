/** Words of a name that say what kind of thing it names, not which one. */

/**
 * Trades a business's name ends with ("Quarrington Rail", "Solway Isles Ferries", "Brisbrook Mobile"): never a
 * surname (extract/entities.ts), and no evidence that two articles tell one story.
 */
export const TRADE_WORDS = ["rail", "railways?", "trains", "buses", "ferries", "lines", "transit", "transport", "dairy", "dairies", "creamery", "farms?", "bakery", "brewing", "jewell?ers", "hotels?", "resorts", "telecoms?", "mobile", "water", "utilities"];

/**
 * Words that say what kind of body, place or office a name is ("Skyward Airlines", "Castell Bank", "Lowell
 * Street", "Mayor Voss"): two stories about two airlines, or two bridges on two streets, share them, so they are
 * not evidence of one story.
 */
export const DESIGNATOR = new RegExp(`^(central|northern|southern|eastern|western|upper|lower|greater|royal|grand|air|airlines?|airways|airport|inc|corp|corporation|co|ltd|llc|plc|group|holdings?|company|bank|motors|industries|technologies|systems|labs?|university|college|hospital|infirmary|hospice|clinic|police|department|ministry|council|county|city|state|national|international|global|news|times|post|press|party|club|fc|united|rovers|rangers|wanderers|athletic|albion|town|democrats?|democratic|alliance|front|coalition|bloc|movement|republicans?|gop|labour|tory|tories|conservatives?|liberals?|greens?|independent|street|st|avenue|ave|road|rd|boulevard|lane|highway|route|bridge|tunnel|square|river|lake|bay|harbou?r|port|mount|valley|island|islands|isles?|beach|ridge|canyon|creek|hills?|peak|forest|falls|springs|station|stadium|arena|park|centre|center|hall|theatre|theater|museum|gallery|zoo|library|school|academy|institute|church|cathedral|prison|court|agency|authority|commission|board|services?|office|bureau|association|union|federation|society|committee|foundation|trust|fund|energy|power|electric|oil|gas|mining|resources|capital|partners|investments?|media|pharma|pharmaceuticals?|therapeutics|health|healthcare|foods?|brands|retail|stores|software|networks|devices|electronics|automotive|aerospace|${TRADE_WORDS.join("|")}|shipping|logistics|insurance|home|homes|homewares|house|furniture|brewery|breweries|financial|sports|entertainment|studios|games|marathon|open|cup|league|championships?|festival|awards?|prize|mayor|governor|senator|minister|president|sheriff|judge)$`);
