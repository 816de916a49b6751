/** Word classes a count's measure is read with: verbs of state, units, words that are never verbs, nouns that are facts. */
/** Stems of verbs that state what something has or does without changing what is counted. */
export const STATE_VERB = /^(?:count|tally|tallie|reach|tak|enter|operat|serv|power|suppl|provid|distribut|hold|hous|host|run|offer|featur|includ|contain|seat|hav|boast|maintain|staff|us|handl|accommodat|stock|carry|carri|log|record|cit|welcom|attract|dr[ae]w|saw|see|participat)$/;
export const UNIT_NOUN = /^(watt|kilowatt|megawatt|gigawatt|terawatt|tonne|ton|barrel|gallon|litre|liter|kilogram|gram|milligram|ounce|cubic)$/;
/** Words before a number that are not verbs: determiners, auxiliaries, adverbs, common adjectives. */
export const NOT_VERB = /^(now|said|says|say|told|tells|reported|reports|according|estimated|estimates|shows|showed|noted|added|had|has|have|having|is|are|was|were|be|been|being|do|does|did|will|would|could|should|can|may|might|must|just|only|about|nearly|almost|roughly|some|another|other|those|these|such|many|several|few|total|its|their|his|her|our|your|the|a|an|and|or|but|nor|also|still|even|least|most|more|less|over|under|than|within|around|per|every|each|all|both|top|first|last|next|new|old|(?!(?:supply|apply|reply|comply|imply|multiply|rely|fly)$)\w+ly)$/;
export const AREA_NOUN = /^(acre|hectare|square)$/;
export const FACT_NOUN = /^(station|casino|vehicle|truck|ship|aircraft|crash|accident|incident|collision|complaint|site|acre|hectare|seat|vote|delegate|store|branch|employee|subscriber|user|customer|member|passenger|flight|vehicle|home|house|building|school|hospital|shelter|bed|room|unit|plant|factory|office|location|restaurant|country|state|city|language|episode|page|mile|kilometer|kilometre|destination|route|clinic|aftershock|tremor|stop|turbine|carriage|wagon|locomotive|tram|ward|platform|runway|berth|apartment|flat|dwelling|classroom|satellite|reactor|warehouse|charger|event|vacancy|gallery|screen|lane)$/;
export const JOB_NOUN = /^(jobs?|positions?|roles?|employees|workers|staff|staffers|people|posts?)$/;
/** "number two fuel oil", "the number one seed" rank; "wild pandas now number 1,864" counts. */
/** "number two fuel oil", "category two calls", "a grade 2 listed building", "stage 3": a label, not a count. */
export const isRank = (left: string) => (/\bnumber\s+$/i.test(left) && !/\b(?:\p{Ll}{3,}s|now|which|who|that)\s+number\s+$/u.test(left)) || /\b(?:category|grade|stage|phase|tier|class|type|level|division)\s+$/i.test(left);
/** "received a measles shot": a shot one receives is a vaccination. */
export const VACCINE_SHOT = /\b(?:received|receive|receives|receiving|got|get|gets|getting|had|given|gave|taken|took)\s+(?:a|an|the|their|his|her|its|one|two|both)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** What a recall spans: "The recall covers 37 lots", "affects 73 lots", "recalling 480,000 bottles across 37 lots". */
export const RECALL_SCOPE = /\brecall\w*\b[^.;]{0,80}?\b(?:covers|covered|covering|affects|affected|affecting|involves|involved|involving|includes|included|including|spans|spanning|across)\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|more\s+than\s+|a\s+total\s+of\s+)?$/i;
/** After a count of jobs or staff: the jobs are going. */
export const JOBS_AT_RISK = /^\s+(?:(?:could|would|will|may|might|are|is|were|set\s+to|expected\s+to|likely\s+to)\s+)?(?:be\s+)?(?:lose|losing|lost|go|gone|axed|eliminated)\b|^\s+(?:are\s+|were\s+|now\s+)?at\s+risk\b/i;
/** "will bring around 2,000 jobs", "brought 300 jobs": what a site brings. */
export const JOBS_BROUGHT = /\b(?:bring|brings|bringing|brought)\s+(?:(?:about|around|roughly|some|nearly|over|up\s+to|more\s+than|as\s+many\s+as|an\s+estimated|another|an\s+additional)\s+)?$/i;
/** Things that come in, counted whatever verb takes them in: "received 98,000 calls", "took 89,000 calls", "handled". */
export const RECEIVED_NOUN = /^(call|complaint|application|request|inquiry|enquiry|submission|referral|claim|dose|incident)$/;

/** People sent to an emergency, and the verbs that send them: counted as the responders there. */
export const RESPONDERS = /^(?:firefighters|troops|soldiers|officers|police|rescuers|crews|medics|paramedics|personnel|volunteers)$/;
export const DEPLOYED = /^(?:assigned|deployed|sent|dispatched|mobili[sz]ed|stationed|posted|committed)$/;
