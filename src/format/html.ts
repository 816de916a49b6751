/**
 * The editor's page: one self-contained HTML file (no external script, style, font or image), built from the
 * same report as the JSON. Every conflict is in the markup, so the page works with scripts off; a small inline
 * script adds filters by severity and source and a search box. All article text is escaped.
 */
import type { Report, ReportConflict, ReportValue } from "../report/types.js";
import { factLabel, formatValue } from "./describe.js";
import { ruleFor } from "./rules.js";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
const shorten = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function formatHtml(report: Report): string {
  const { summary } = report;
  const paths = report.sources.map((s) => s.path);
  const cards = report.conflicts.map((c, i) => card(c, i)).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>claimcheck: ${plural(summary.conflicts, "conflict")} in ${plural(summary.files, "article")}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>claimcheck report</h1>
<p class="summary">${plural(summary.files, "article")}, ${plural(summary.independentSources, "independent source")}, ${plural(summary.stories, "story")}: <strong>${plural(summary.conflicts, "conflict")}</strong> (${plural(summary.error, "error")}, ${plural(summary.warning, "warning")}, ${summary.info} info).</p>
<details class="sources"${report.sources.length <= 12 ? " open" : ""}>
<summary><h2>Sources</h2></summary>
<div class="table"><table>
<thead><tr><th scope="col">Title</th><th scope="col">File</th><th scope="col">Copy of</th><th scope="col">Claims</th></tr></thead>
<tbody>
${report.sources.map((s) => `<tr><td>${esc(shorten(s.title || "(untitled)", 120))}</td><td><code>${esc(s.path)}</code></td><td>${s.copyOf ? `<code>${esc(s.copyOf)}</code> (syndicated copy)` : "original"}</td><td>${s.claims}</td></tr>`).join("\n")}
</tbody>
</table></div>
</details>
${report.diagnostics.length ? `<ul class="diagnostics">${report.diagnostics.map((d) => `<li><code>${esc(d.path)}</code>: ${esc(d.message)}</li>`).join("")}</ul>` : ""}
</header>
<form class="filters" id="filters" hidden aria-label="Filter conflicts">
<fieldset><legend>Severity</legend>
${(["error", "warning", "info"] as const).map((s) => `<label><input type="checkbox" name="severity" value="${s}" checked> ${s} (${summary[s]})</label>`).join("\n")}
</fieldset>
<label>Source <select name="source"><option value="">all sources</option>${paths.map((p) => `<option value="${esc(p)}">${esc(p)}</option>`).join("")}</select></label>
<label>Search <input type="search" name="q" placeholder="subject, value, words"></label>
<output id="shown" aria-live="polite"></output>
</form>
<main>
<h2>Conflicts, most serious first</h2>
${report.conflicts.length ? cards : `<p class="none">No conflicts: the sources agree on every fact claimcheck compared.</p>`}
</main>
<footer><p>Made by ${esc(report.tool.name)} ${esc(report.tool.version)}. Values count independent sources: syndicated copies and repeats in one article count once.</p></footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function card(c: ReportConflict, i: number): string {
  const max = Math.max(...c.values.map((v) => v.sources));
  const sources = [...new Set(c.values.flatMap((v) => v.mentions.map((m) => m.path)))];
  const state = c.baselineState ? `<span class="state state-${c.baselineState}">${c.baselineState === "unchanged" ? "accepted" : c.baselineState}</span>` : "";
  return `<article class="conflict sev-${c.severity}" id="c${i + 1}" data-severity="${c.severity}" data-sources="${esc(sources.join("\n"))}" aria-labelledby="c${i + 1}-h">
<h3 id="c${i + 1}-h"><span class="badge badge-${c.severity}">${c.severity}</span> ${state}${esc(factLabel(c))}</h3>
<p class="message">${esc(c.message)}</p>
<p class="kind">${esc(ruleFor(c.kind).short)}${c.reasons.length ? ` · ${esc(c.reasons.join(", "))}` : ""} · <code>${esc(c.id)}</code></p>
<div class="values">
${c.values.map((v) => value(v, max)).join("\n")}
</div>
</article>`;
}

function value(v: ReportValue, max: number): string {
  const label = formatValue(v.value, v.unit);
  const extra = [v.hedged ? "hedged" : "", ...v.qualifiers].filter(Boolean).join(", ");
  return `<section class="value" aria-label="${esc(label)}">
<h4>${esc(label)}${extra ? ` <small>${esc(extra)}</small>` : ""}</h4>
<div class="support"><div class="track" aria-hidden="true"><span class="bar" style="width:${Math.round((100 * v.sources) / max)}%"></span></div><span class="count">${plural(v.sources, "independent source")}</span></div>
${v.mentions
  .map((m) => {
    const [s, e] = m.highlight;
    return `<figure><blockquote>${esc(m.quote.slice(0, s))}<mark>${esc(m.quote.slice(s, e))}</mark>${esc(m.quote.slice(e))}</blockquote><figcaption><code>${esc(m.path)}:${m.line}:${m.column}</code></figcaption></figure>`;
  })
  .join("\n")}
</section>`;
}

const STYLE = `
:root{--fg:#1b1b1b;--muted:#555;--bg:#fff;--card:#f7f7f8;--line:#d0d0d6;--error:#b00020;--warning:#8a5200;--info:#1d4f91;--mark:#ffe58a}
*{box-sizing:border-box}
body{margin:0 auto;max-width:72rem;padding:1rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem}h3{font-size:1.1rem;margin:.2rem 0 .4rem}h4{margin:.2rem 0;font-size:1.05rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;font-size:.92rem}td code{overflow-wrap:anywhere}.table{overflow-x:auto}th,td{border-bottom:1px solid var(--line);padding:.3rem .4rem;text-align:left;vertical-align:top}
details.sources summary{cursor:pointer}details.sources summary h2{display:inline}
.filters{display:flex;flex-wrap:wrap;gap:.8rem;align-items:end;margin:1rem 0;padding:.6rem;border:1px solid var(--line);border-radius:.4rem}
.filters fieldset{border:0;margin:0;padding:0;display:flex;gap:.6rem;flex-wrap:wrap}.filters legend{font-weight:600}
.filters input[type=search],.filters select{font:inherit;padding:.2rem .4rem;max-width:100%}
.conflict{background:var(--card);border:1px solid var(--line);border-left:.45rem solid var(--line);border-radius:.4rem;padding:.8rem 1rem;margin:1rem 0;break-inside:avoid}
.sev-error{border-left-color:var(--error)}.sev-warning{border-left-color:var(--warning)}.sev-info{border-left-color:var(--info)}
.badge{display:inline-block;color:#fff;border-radius:.3rem;padding:0 .45rem;font-size:.85rem;text-transform:uppercase;letter-spacing:.03em}
.badge-error{background:var(--error)}.badge-warning{background:var(--warning)}.badge-info{background:var(--info)}
.state{font-size:.85rem;border:1px solid var(--muted);border-radius:.3rem;padding:0 .35rem;margin-right:.3rem}
.state-new,.state-updated{border-color:var(--error);color:var(--error)}
.message{margin:.2rem 0}.kind{color:var(--muted);font-size:.88rem;margin:.2rem 0 .6rem}
.values{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:.8rem}
.value{background:var(--bg);border:1px solid var(--line);border-radius:.4rem;padding:.6rem}
.support{display:flex;align-items:center;gap:.5rem;margin:.3rem 0 .5rem}
.track{flex:1;position:relative;background:#e6e6ea;border-radius:.3rem;height:.8rem;min-width:4rem}
.bar{position:absolute;left:0;top:0;bottom:0;background:#3d4b6b;border-radius:.3rem}
.count{font-size:.85rem;color:var(--fg);white-space:nowrap}
@media print{.bar{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
figure{margin:.4rem 0}blockquote{margin:0;padding:.3rem .6rem;border-left:3px solid var(--line)}
mark{background:var(--mark);color:#000;font-weight:600;padding:0 .1em}
figcaption{color:var(--muted);font-size:.85rem;padding-left:.6rem}
footer{color:var(--muted);font-size:.85rem;margin-top:2rem}
[hidden]{display:none!important}
@media (max-width:40rem){body{padding:.6rem}.values{grid-template-columns:1fr}th:nth-child(4),td:nth-child(4){display:none}}
@media print{.filters{display:none!important}.conflict{background:#fff}details.sources{display:block}body{max-width:none}}
`;

const SCRIPT = `
(function(){
  var form=document.getElementById("filters");if(!form)return;form.hidden=false;
  var cards=[].slice.call(document.querySelectorAll("article.conflict"));
  var out=document.getElementById("shown");
  function apply(){
    var sev=[].slice.call(form.querySelectorAll("input[name=severity]:checked")).map(function(x){return x.value});
    var src=form.elements.source.value;var q=form.elements.q.value.trim().toLowerCase();var n=0;
    cards.forEach(function(c){
      var ok=sev.indexOf(c.getAttribute("data-severity"))>=0&&(!src||c.getAttribute("data-sources").split("\\n").indexOf(src)>=0)&&(!q||c.textContent.toLowerCase().indexOf(q)>=0);
      c.hidden=!ok;if(ok)n++;
    });
    out.textContent=n+" of "+cards.length+" conflicts shown";
  }
  form.addEventListener("input",apply);form.addEventListener("change",apply);form.addEventListener("submit",function(e){e.preventDefault()});apply();
})();
`;
