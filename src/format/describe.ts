/** Words for findings: every piece of prose in the reports is made here, from data. */

const MEASURES: Record<string, string> = {
  investment: "investment or funding", spending: "spending commitment", raised: "money raised", revenue: "revenue",
  profit: "profit", loss: "loss", price: "price or deal value", valuation: "valuation",
  budget: "budget", fine: "fine or settlement", pay: "pay or contract value", aid: "aid", damage: "damage",
  debt: "debt", stolen: "amount stolen", bailout: "bailout", reward: "reward", tax: "tax", bail: "bail",
  killed: "number killed", injured: "number injured", missing: "number missing", arrested: "number arrested",
  evacuated: "number evacuated", displaced: "number displaced", rescued: "number rescued", shot: "number shot",
  infected: "number infected", employees: "number of employees", age: "age", magnitude: "magnitude",
  "magnitude:aftershock": "aftershock magnitude", spelling: "spelling of a name",
  escaped: "number escaped", kidnapped: "number kidnapped", outage: "number without power", cuts: "cut",
  hostages: "number of hostages", trapped: "number trapped", treated: "number treated", aboard: "number aboard",
  affected: "number affected", vaccinated: "number vaccinated", malnourished: "number malnourished",
  beneficiary: "number helped", attendance: "attendance", crew: "number of crew",
  "pct:cost-covered": "share of the cost covered (%)",
  repayment: "amount to repay", refund: "refund", ransom: "ransom", subsidy: "subsidy", capital: "capital",
  bonus: "bonus", salary: "salary", insurance: "insured value", fundraising: "money raised", toll: "toll",
  prize: "prize money", opening: "opening price", score: "score", "score:final": "final score", "outage:remaining": "number still without power",
};

/** Verb stems a count's measure keeps ("painting:steal"), in words ("painting stolen"). */
/** Posts a person is appointed to ("appointed:ceo"), in words. */
const POST: Record<string, string> = { ceo: "chief executive", cfo: "finance chief", coo: "operating chief", chair: "chair" };

const PARTICIPLE: Record<string, string> = {
  steal: "stolen", los: "lost", mak: "made", tak: "taken", giv: "given", buy: "bought", sell: "sold", build: "built",
  pay: "paid", win: "won", catch: "caught", cancel: "cancelled", hir: "hired", clos: "closed", fit: "fitted",
  swallow: "swallowed", survey: "surveyed", install: "installed", cut: "cut", reach: "reached", exit: "left", issu: "issued",
  find: "found", refloat: "refloated", marri: "married", di: "died", disappear: "disappeared", vanish: "vanished",
};

export function describeMeasure(measure: string): string {
  if (MEASURES[measure]) return MEASURES[measure];
  const scoped = /^([\p{Ll}-]+) (\S+)$/u.exec(measure);
  if (scoped && MEASURES[scoped[2]]) return `${scoped[1]} ${MEASURES[scoped[2]]}`;
  const [head, a, b] = measure.split(":");
  if (head === "pct") return `${a}${b === "up" ? " increase" : b === "down" ? " decrease" : ""} (%)`;
  if (head === "product") return `${a} name`;
  if (head === "operator" || head === "owner" || head === "maker" || head === "designer") return `${a}'s ${head}`;
  if (head === "director" || head === "writer" || head === "composer") return head;
  if (head === "length") return `length of the ${a} (${b})`;
  if (head === "cost") return `cost of the ${a}`;
  if (head === "nth") return `which ${a.replace(/-/g, " ")} this is${b ? ` (${b.replace(/-/g, " ")})` : ""}`;
  if (head === "outage" && a !== "remaining") return `number without ${a}`;
  if (head === "outage") return `number still without ${b ?? "power"}`;
  if (head === "hospital" && a === "taken") return "number taken to hospital";
  if (a === "size") return `size of the ${head}`;
  if (head === "concentration") return `${a === "limit" ? "concentration limit" : "concentration"} (${b})`;
  if (head === "date") return `${a === "event" ? "date" : `${a} date`}`;
  if (head === "duration" && a === "since") return `years since ${PARTICIPLE[b] ?? b}`;
  if (head === "duration" && a === "time") return `${b} time`;
  if (head === "duration") return `${a} length`;
  if (head === "appointed") return `new ${POST[a] ?? a}`;
  if (head === "age") return a === "limit" ? "age limit" : `${a} age${b === "new" ? " (new)" : ""}`;
  if (head === "level") return `peak level (${b})`;
  if (head === "approach") return `closest approach (${a})`;
  if (head === "speed") return a === "limit" ? `speed limit${b === "new" ? " (new)" : ""}` : `${a === "gust" ? "gust" : "wind"} speed (${b})`;
  if (head === "average") return "average score";
  if (head === "traffic") return `container traffic (TEU)`;
  if (head === "temperature") return `temperature (${a === "degF" ? "°F" : "°C"})`;
  if (head === "winner") return a ? `winner (${a})` : "winner";
  if (head === "distance") return a === "earth" ? `distance from Earth (${b})` : `${a} distance (${b})`;
  if (head === "unit" && b) return `${a}s ${b}`;
  if (head === "unit") return `quantity in ${a}s`;
  if (a === "margin") return `winning margin (${head}s)`;
  return a ? `${head} ${PARTICIPLE[a] ?? a}` : `number of ${head}s`;
}

const CURRENCY_SIGN: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥", INR: "₹" };

export function formatValue(value: number | string, unit: string): string {
  if (typeof value === "string") return value;
  if (unit === "%") return `${trim(value)}%`;
  if (/^[A-Z]{3}$/.test(unit)) {
    const sign = CURRENCY_SIGN[unit] ?? `${unit} `;
    return `${sign}${scaled(value)}`;
  }
  if (unit === "years") return `${trim(value)} years`;
  if (unit === "magnitude") return `magnitude ${trim(value)}`;
  if (/^(year|month|week|day|hour|minute)$/.test(unit)) return `${trim(value)} ${unit}${value === 1 ? "" : "s"}`;
  return scaled(value);
}

function scaled(v: number): string {
  for (const [size, word] of [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"]] as const) {
    if (Math.abs(v) >= size) return `${trim(v / size)} ${word}`;
  }
  return v.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

const trim = (v: number) => String(Number(v.toFixed(3)));

const RELATIVE: Record<string, string> = { current: "this year", "next-year": "next year", "prev-year": "the previous year", "prev-quarter": "the previous quarter", "prev-month": "the previous month", prev: "earlier" };

/** A period in words; "next year" and "in 2027" of one fact read as "in 2027". */
export function describeTime(time: string): string {
  if (!time) return "";
  let parts = time.split(",").filter(Boolean);
  if (parts.some((t) => /^y\d{4}$/.test(t))) parts = parts.filter((t) => t !== "current" && t !== "next-year");
  return parts
    .map((t) => RELATIVE[t] ?? t.replace(/^y(\d{4})$/, "in $1").replace(/^(by|since|until|before|after)-(\d{4})$/, "$1 $2").replace(/^q(\d)(?:-(\d{4}))?$/, (_, q, y) => `Q${q}${y ? ` ${y}` : ""}`))
    .join(" / ");
}

export interface MessageInput {
  kind: string;
  subject: string;
  measure: string;
  time: string;
  values: { value: number | string; unit: string; sources: number }[];
}

/** "Sources disagree on Amazon's investment: $5 billion (3 sources) vs $25 billion (2 sources)." */
export function conflictMessage(c: MessageInput & { reasons?: string[] }): string {
  if (c.reasons?.includes("other-currency")) {
    const vals = c.values.map((v) => formatValue(v.value, v.unit)).join(", ");
    return `Sources give ${c.subject ? `${possessive(c.subject)} ` : "the "}${describeMeasure(c.measure)} in different currencies: ${vals}. Check that they are the same amount.`;
  }
  const what = c.kind === "name-spelling" ? `the spelling of ${c.subject}` : `${c.subject ? `${possessive(c.subject)} ` : "the "}${describeMeasure(c.measure)}`;
  const when = describeTime(c.time);
  const vals = c.values.map((v) => `${formatValue(v.value, v.unit)} (${v.sources} source${v.sources === 1 ? "" : "s"})`).join(" vs ");
  return `Sources disagree on ${what}${when ? ` ${when}` : ""}: ${vals}.`;
}

const possessive = (s: string) => (/s$/i.test(s) ? `${s}'` : `${s}'s`);

/** The disputed fact in words: "Amazon's investment or funding", "the spelling of Tomas Hall", "the number killed in 2024". */
export function factLabel(c: { kind: string; subject: string; measure: string; time: string }): string {
  if (c.kind === "name-spelling") return `The spelling of ${c.subject}`;
  const when = describeTime(c.time);
  const what = `${c.subject ? `${possessive(c.subject)} ` : "The "}${describeMeasure(c.measure)}`;
  return `${what}${when ? ` ${when}` : ""}`;
}
