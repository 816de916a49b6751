/** Formatters are pure functions of the report; the CLI picks one by name. */
import type { Report } from "../report/types.js";
import { formatJson } from "./json.js";
import { formatPretty } from "./pretty.js";
import { formatSarif } from "./sarif.js";
import { formatGithub } from "./github.js";
import { formatHtml } from "./html.js";

export interface FormatOptions {
  color: 0 | 1 | 2 | 3;
}

export const FORMATTERS: Record<string, (report: Report, options: FormatOptions) => string> = {
  pretty: (r, o) => formatPretty(r, o),
  json: (r) => formatJson(r),
  sarif: (r) => formatSarif(r),
  github: (r) => formatGithub(r),
  html: (r) => formatHtml(r),
};

export const FORMAT_NAMES = Object.keys(FORMATTERS);
