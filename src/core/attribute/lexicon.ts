/**
 * Word lists that say what a number measures. General English, never a story's words:
 * a measure is a class of meaning ("investment"), found from the words around a value.
 */

export interface MeasureRule {
  measure: string;
  words: RegExp;
}

/** What an amount of money is: the first rule whose words match a trigger word wins. */
export const MONEY_MEASURES: MeasureRule[] = [
  { measure: "spending", words: /^(spend|spends|spent|spending|expenditures?|outlays?|purchases|cloud-spend)$/ },
  { measure: "investment", words: /^(invest|invests|invested|investing|investments?|reinvest\w*|funding|funded|backing|bets?|injections?|injected|inject|pour|pours|poured|pouring|stake)$/ },
  { measure: "commitment", words: /^(commitments?|commit|commits|committed|committing|pledges?|pledged|pledging)$/ },
  { measure: "capital", words: /^(capital|equity)$/ },
  // Money raised is funding seen from the receiving side: one measure, told apart by its subject.
  { measure: "investment", words: /^(raised|raise|raises|raising)$/ },
  { measure: "revenue", words: /^(revenues?|sales|turnover|generate|generates|generating|generated)$/ },
  { measure: "profit", words: /^(profits?|earnings|income)$/ },
  { measure: "loss", words: /^(loss|losses|deficit|lost|loses|losing)$/ },
  { measure: "share price", words: /^(shares|stock)$/ },
  { measure: "gross", words: /^(grossed|grosses|gross|opened|opening|debut|debuted|haul|collected|box-office|took|earned)$/ },
  { measure: "price", words: /^(price|prices|priced|charge|charges|charged|charging|retail|retails|retailing|msrp|cost|costs|costing|bill|tab|fare|fares|fee|fees|fetched|fetch|fetches|fetching|ticket|tickets|toll|tolls|rent|rents|subscription|premium|premiums|tuition)$/ },
  { measure: "valuation", words: /^(valuation|valued|worth|value|values|valuing)$/ },
  // What a build costs: "the $8.6 billion project", "a $2.4 billion expansion".
  { measure: "price", words: /^(project|projects|scheme|programme|development|expansion|renovation|overhaul|upgrade|refurbishment|redevelopment|rebuild|rebuilding|reconstruction|retrofit|restoration)$/ },
  // Public money to a company or a project: "1.2 billion euros in subsidies", "$400 million in incentives".
  { measure: "subsidy", words: /^(subsidy|subsidies|subsidised|subsidized|incentives)$/ },
  // What was paid for a thing: a product's price, a company's purchase price, an auction lot.
  { measure: "price", words: /^(deal|acquisition|acquire|acquires|acquired|acquiring|buyout|takeover|swoop|merger|transfer|signing|purchase|purchased|purchases|purchasing|bought|buy|buys|buying|sold|sell|sells|selling)$/ },
  // Shares a company buys back from the market: "a $15 billion share repurchase", "its new $10bn buyback".
  { measure: "buyback", words: /^(buyback|buybacks|buy-back|buy-backs|repurchase|repurchases|repurchased|repurchasing)$/ },
  { measure: "cuts", words: /^(cut|cuts|cutting|trim|trims|trimmed|trimming|savings|save|saves|saving|reductions?|slash|slashes|slashed|slashing)$/ },
  { measure: "budget", words: /^(budgets?|budgeted|allocated|allocation|allocate|appropriations?|earmarked)$/ },
  { measure: "fine", words: /^(fines?|fined|penalty|penalties|settlement|settle|settled)$/ },
  { measure: "pay", words: /^(paid|pay|pays|paying|payout|payment|lump|lump-sum)$/ },
  // A bonus is not the salary it comes on top of ("a bonus of $4.8 million on top of her $1.9 million salary").
  { measure: "bonus", words: /^(bonus|bonuses)$/ },
  { measure: "salary", words: /^(contract|salary|salaries|wages?|earns|offer|offered|compensation)$/ },
  { measure: "ransom", words: /^(ransom|ransoms|extortion)$/ },
  { measure: "refund", words: /^(credit|credits|refund|refunds|rebate|rebates|reimburse|reimbursed|reimbursement)$/ },
  { measure: "repayment", words: /^(repay|repays|repaid|repaying|repayment|repayments)$/ },
  { measure: "aid", words: /^(aid|relief|assistance|donations?|donated|donate|grants?|granted)$/ },
  { measure: "damage", words: /^(damage|damages)$/ },
  { measure: "insurance", words: /^(insure|insures|insurance|insurers?|underwriters?)$/ },
  { measure: "debt", words: /^(debts?|loans?|borrowed|borrow|borrowing|bonds?|liabilities|owes|owed|owing|owe)$/ },
  { measure: "bailout", words: /^(bailout|bail-out|rescue)$/ },
  { measure: "reward", words: /^(reward|bounty|prize)$/ },
  { measure: "tax", words: /^(tax|taxes|tariffs?|levy)$/ },
  { measure: "bail", words: /^(bail|bond)$/ },
];

/** Money handed over with no word for what it is, said before the amount: "will receive $84 million from", "will give the city $48 million toward", "the state is contributing $6 million". */
/** Bodies that give money, named by their kind: "will receive £84 million from the government". */
export const GIVING_BODY = "government|state|council|ministry|department|city|county|region|foundation|trust|fund|agency|authority|union";
export const RECEIVE_VERB = /^(receive|receives|received|receiving|awarded|get|gets|getting|got)$/;
/** Verbs of winning money that say it is received only with "upfront": "Brenlow lands $120 million upfront from Kestane". */
export const LAND_VERB = /^(lands|landed|secures|secured|bags|bagged|pockets|pocketed)$/;
export const GIVE_VERB = /^(give|gives|gave|given|giving|award|awards|awarding|provide|provides|provided|providing)$/;
export const CONTRIBUTE_VERB = /^(contribute|contributes|contributed|contributing)$/;

/** Measures that say only that money changes hands: they join the subject's main money measure of their family. */
export const GENERIC_MONEY: Record<string, Set<string>> = {
  commitment: new Set(["investment", "aid", "spending", "raised", "budget", "bailout"]),
  pay: new Set(["fine", "price", "salary", "bonus", "damage", "reward", "tax", "bail"]),
};

/** A commitment or pledge is spending when it is a commitment to spend or use something. */
export const SPENDING_CUE = /\b(spend|spends|spending|spent|to use|to buy|to purchase|purchases?|usage)\b/i;

/** Words that name an amount without saying of what. */
export const GENERIC_AMOUNT = /^(figure|amount|sum|total|totals|totaling|totalling|number|money|transaction|agreement|package|tally|cash)$/;

/** What a count of people is: found from the verb or noun next to it. */
export const PEOPLE_ROLES: MeasureRule[] = [
  { measure: "killed", words: /^(killed|kill|kills|killing|dead|died|die|dies|dying|deaths?|fatalities|fatality|fatally|lives|perished|slain|toll|murdered|bodies)$/ },
  { measure: "injured", words: /^(injured|injuring|injure|injuries|injury|wounded|wounding|hurt|hospitali[sz]ed)$/ },
  { measure: "missing", words: /^(missing|unaccounted)$/ },
  { measure: "arrested", words: /^(arrested|arrests?|detained|detentions?|apprehended)$/ },
  { measure: "evacuated", words: /^(evacuated|evacuees|evacuation)$/ },
  { measure: "displaced", words: /^(displaced|homeless)$/ },
  { measure: "rescued", words: /^(rescued|rescues|saved|evacuated to safety|pulled|plucked|winched|airlifted)$/ },
  { measure: "shot", words: /^(shot)$/ },
  // "would help about 1.2 million patients", "benefit 2.1 million Americans": who a measure reaches.
  { measure: "beneficiary", words: /^(help|helps|helping|benefit|benefits|benefiting|benefitting)$/ },
  { measure: "infected", words: /^(infected|infections?|cases|sickened|ill|sick|symptoms|norovirus)$/ },
  { measure: "attendance", words: /^(attended|attending|attend|visitors|spectators|attendees|crowd|crowds|concertgoers|festivalgoers|concert-goers|festival-goers|racegoers|race-goers|theatregoers|theatre-goers|gig-goers|fans|drew|draws|drawing|attracted|attracts|attracting)$/ },
  { measure: "treated", words: /^(treated|treatment)$/ },
  { measure: "hostages", words: /^(hostages?|captives?)$/ },
  { measure: "malnourished", words: /^(malnourished|starving|undernourished|malnutrition)$/ },
  { measure: "vaccinated", words: /^(vaccinated|immuni[sz]ed|inoculated|jabbed|jab|jabs)$/ },
  { measure: "kidnapped", words: /^(kidnapped|abducted|kidnap|abduct|kidnapping|abduction)$/ },
  { measure: "escaped", words: /^(escaped|escapees?|absconded)$/ },
  { measure: "trapped", words: /^(trapped|stranded|stuck|entombed)$/ },
  { measure: "aboard", words: /^(aboard|onboard|board|carrying|carried)$/ },
  { measure: "affected", words: /^(stolen|exposed|exposing|compromised|affected|affecting|breached|impacted|hacked|leaked)$/ },
  { measure: "employees", words: /^(employees|employ|employs|employed|staff|staffers|workforce|headcount)$/ },
];

export const PEOPLE_NOUN = /^(person|man|woman|child|boy|girl|teen|teenager|adult|baby|infant|officer|soldier|victim|student|resident|civilian|worker|passenger|bystander|patient|people|persons|individuals|civilians|residents|victims|students|children|kids|men|women|adults|teenagers|teens|officers|soldiers|troops|passengers|travellers|travelers|commuters|holidaymakers|motorists|pilgrims|miners|workers|fans|spectators|protesters|demonstrators|migrants|refugees|patients|others|bystanders|guests|tourists|inmates|prisoners|hostages|firefighters|crew|members|americans|citizens|staff|worshippers|shoppers|customers|users|subscribers|voters|athletes|players|employees|suspects|gunmen|attackers|assailants|shooters|robbers|thieves|burglars|hijackers|bombers|perpetrators|intruders|kidnappers|militants)$/;

/** Nouns that can never be what a count counts (units of time, and words that follow numbers in dates). */
export const NOT_COUNT_NOUN = /^(will|would|could|should|can|may|might|must|shall|years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|times?|percent|per|pct|am|pm|a\.m|p\.m|st|nd|rd|th|of|to|and|or|in|on|at|by|for|from|with|the|a|an|is|was|are|were|has|have|had|be|been|as|than|that|which|who|this|it|its|their|his|her|they|he|she|we|more|less|most|least|about|after|before|since|until|per|each|percentage|out|into|over|under|up|down|off|while|when|if|but|so|not|no|all|other|such|same|new|last|next|first|second|third|fourth|fifth|million|billion|thousand|trillion|hundred|dozen|inches|feet|foot|miles|mile|km|kilometers|kilometres|meters|metres|pounds|kg|kilograms|degrees|mph)$/;

/** Verbs that turn a noun count into a specific measure: "cut 1,200 jobs" vs "created 1,200 jobs". */
export const COUNT_VERBS: MeasureRule[] = [
  { measure: "cut", words: /^(cut|cuts|cutting|slash|slashed|slashing|eliminate|eliminates|eliminated|eliminating|remove|removes|removed|removing|scrap|scraps|scrapped|scrapping|axes|sheds|lay|laid|lays|laying|layoffs?|axe|axed|shed|shedding)$/ },
  { measure: "added", words: /^(create|created|creating|add|adds|added|adding|hire|hired|hiring|build|builds|built|building|construct|constructed|constructing|open|opens|opened|opening)$/ },
  { measure: "sold", words: /^(sold|sell|sells|selling|shipped|ship|ships|shipping|delivered|deliver|deliveries)$/ },
  { measure: "launched", words: /^(launch|launches|launched|launching|deployed|deploy|deploys|deploying|lofted|orbited|put|puts|putting|placed|places|placing|sent|send|sends|sending|carrying|carried)$/ },
  { measure: "closed", words: /^(close|closes|closed|closing|shut|shuts|shutting|shutter|shuttered)$/ },
  { measure: "destroyed", words: /^(destroy|destroys|destroyed|destroying|damage|damaged|damaging|flatten|flattened|flattening|raze|razed|razing|levelled|leveled)$/ },
  { measure: "burned", words: /^(burned|burnt|scorched|charred|consumed|blackened)$/ },
  { measure: "steal", words: /^(steal|steals|stealing|stole|stolen|looted|snatched)$/ },
  { measure: "recalled", words: /^(recall|recalled|recalling|recalls)$/ },
  { measure: "derailed", words: /^(derail|derailed|derails|derailing)$/ },
  { measure: "won", words: /^(won|win|wins|winning|secured|took|captured)$/ },
  { measure: "scored", words: /^(scored|score|scores|scoring|netted)$/ },
  { measure: "restored", words: /^(restored|restore|restores|restoring|reconnected|reconnect|reconnects|reconnecting)$/ },
  // "performed four spacewalks", "conducted five", "carried out 250 experiments", "ran 250 experiments": what was done.
  { measure: "done", words: /^(perform|performs|performed|performing|conduct|conducts|conducted|conducting|complete|completes|completed|completing|undertook|undertaken|undertake|undertakes|ran|staged)$/ },
  { measure: "waiting", words: /^(waiting|queued|queuing|queueing|stranded|idling|anchored)$/ },
  // "three snow leopard cubs were born", "the birth of three cubs": young born.
  { measure: "born", words: /^(born|birth|births|hatched)$/ },
];

/** Percentages: the thing the share or change is of. */
export const PERCENT_NOUNS = /^(harvest|harvests|crop|crops|yield|yields|stake|share|tuition|fees?|fares?|tolls?|dues|premiums?|bills?|turnout|unemployment|inflation|growth|margin|approval|efficacy|effective|support|vote|votes|revenue|revenues|sales|profit|profits|earnings|price|prices|tax|tariff|tariffs|interest|rate|yield|return|returns|discount|raise|stock|shares|market|workforce|staff|jobs|budget|spending|costs?|emissions|output|gdp|economy|wages?|pay|rent|rents|accuracy|chance|probability|population|residents|inhabitants|participation|enrollment|attendance|occupancy|ownership|equity|poll|polls|lead|majority|capacity|full|quota|quotas|grant|grants|funding|subsidy|subsidies|risk|risks|odds|likelihood)$/;
export const UP_WORDS = /^(rose|rise|rises|rising|risen|grown|climbing|jumping|surging|soaring|rocketed|increase|increased|increases|increasing|grew|grow|grows|growth|up|jumped|jump|jumps|climbed|climb|climbs|gained|gain|gains|surged|surge|surges|soared|soar|higher|raise|raises|raised|raising|boost|boosts|boosted|hike|hikes|hiked|lift|lifts|lifted|lifting|accelerated|accelerating|quickened)$/;
export const DOWN_WORDS = /^(fell|fall|falls|falling|fallen|shrunk|plummeted|sank|sunk|decline|declined|declines|declining|drop|dropped|drops|down|decreased|decrease|decreases|slid|slide|plunged|plunge|lower|cut|cuts|shrank|shrink|contracted|slumped|tumbled|lost|loss|cutting|slash|slashed|slashing|reduce|reduced|reduces|reducing|lowered|lowering|trimmed|trimming|eased|eases|easing|dipped|dips|dipping|slowed|slowing|cooled|cooling|moderated|retreated)$/;

export const QUALIFIER_WORDS: [string, RegExp][] = [
  ["additional", /^(additional|further|another|extra|fresh)$/],
  ["total", /^(total|totaling|totalling|totals|overall|cumulative|combined|aggregate|bringing|brings|brought|altogether|so-far|to-date)$/],
  ["initial", /^(initial|initially|first|upfront|up-front)$/],
  ["previous", /^(previous|predecessor|former|prior|old|older|earlier|outgoing)$/],
  ["rate", /^(annually|apiece|each|per|yearly|monthly|weekly|daily|hourly)$/],
  ["career", /^(career|all-time|lifetime)$/],
  // "the mission's goal of 60 grams", "The target had been 60 grams": what was aimed at, apart from what came.
  ["target", /^(target|targets|goal|goals|objective|objectives)$/],
  // "they are usually about 70% full", "Normally the reservoirs would be 70% full": what is typical, not now.
  ["typical", /^(usually|normally|typically|ordinarily|customarily)$/],
  ["projected", /^(planned|proposed|could|would|may|might|plans|option|potential|target|targets|goal|goals|objective|aims|aim|aimed|seeks|expected|expects|sees|projected|projects|forecast|forecasts|forecasted|predicted|predicts|anticipated|guidance|outlook|projection|projections)$/],
];

/** Places: counted apart from the people a role counts ("four towns were evacuated"). */
export const PLACE_NOUN = /^(?:towns?|villages?|cities|city|districts?|counties|county|states?|countries|country|neighbou?rhoods?|communities|community|valleys?|regions?|provinces?|islands?|suburbs?|municipalities)$/;
/** Who did it: counted at any size ("two suspects", "three gunmen"). */
export const PERPETRATOR = /^(?:(?:suspect|attacker|assailant|shooter|robber|burglar|hijacker|bomber|perpetrator|intruder|kidnapper|raider)s?|gunm[ae]n|thief|thieves)$/;
/** People counted by what they do ("3,400 teachers"), less words that only look like it. */
export const AGENT_NOUN = /^\p{Ll}{3,}(?:ers|ors|ists|ians)$/u;
export const NOT_AGENT = /^(murders|numbers|orders|others|members|processors|computers|containers|papers|letters|matters|centers|chapters|layers|towers|flowers|waters|borders|quarters|headquarters|powers|filters|meters|liters|dollars|factors|sectors|errors|doors|floors|colors|colours|mirrors|motors|monitors|indicators|vectors|rumors|rumours|favors|honors|tractors|editors|reactors|blockers|stickers|posters|trailers|speakers|printers|routers|servers|scanners|trackers|browsers|containers|boosters)$/;
/** Units of time and measure: "about 20 minutes later" counts nothing. */
export const TIME_UNIT = /^(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|times|am|pm|a\.m|p\.m|percent|inches|feet|foot|miles?|km|kilometers|kilometres|meters|metres|kg|kilograms|pounds|degrees|mph|yards?)$/;
/** Words that start another clause: a verb past them is not the count's. */
export const CLAUSE_WORD = /^(who|that|which|when|after|before|as|while|because|since|until|if|and|but|or|whose|where)$/;

/** Verbs that say something was found somewhere: "bird flu was confirmed at 12 farms". */
export const DETECTED = /^(found|detected|confirmed|identified|discovered)$/;
/** Money a player or a thing moved for: "has joined X from Y for €72 million". */
export const TRANSFER_FOR = /\b(?:joined|joins|join|joining|moved|moves|move|sold|sells|signed|signs)\b(?:(?!\b(?:contract|deal|extension|salary|wage|wages|pay|a\s+year|per)\b)[^.;$€£]){0,80}\bfor\s+(?:a\s+|an\s+)?(?:(?:club-record|record|reported|fee\s+of|sum\s+of)\s+)*(?:about\s+|around\s+|some\s+|nearly\s+)?$/i;
/** A fund named right after its amount: "a $14.2 billion endowment". */
export const FUND_AFTER = /^(endowment|portfolio)$/;
/** "cut the police budget by $18 million": the amount of a cut. */
export const CUT_BY = /\b(?:cut|cuts|cutting|reduced?|reduces|reducing|trim(?:s|med|ming)?|slash(?:es|ed|ing)?|lowered|lowers|lowering)\b[^.;$€£\d]{0,60}\bby\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?$/i;
/** A built thing named right after its amount is what it costs: "the $62 million garage", "a $1.2 billion stadium". */
export const BUILT_AFTER = /^(garage|stadium|arena|bridge|tunnel|terminal|tower|building|complex|centre|center|library|hospital|school|campus|plant|factory|facility|warehouse|museum|station|pier|dam|reservoir|pipeline|runway|highway|interchange)$/;

/** The hedge words a number may carry before it, as an optional regex prefix ("about ", "more than ", "at least "). */
export const HEDGE_PREFIX = String.raw`(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least|up\s+to|just\s+over|just\s+under|just|an\s+estimated)\s+)?`;
