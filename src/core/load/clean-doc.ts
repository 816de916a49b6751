import type { CleanDoc, SourceInput } from "../types.js";
import { cleanHtml } from "./clean-html.js";
import { cleanPlain } from "./clean-plain.js";

export function cleanDoc(input: SourceInput): CleanDoc {
  if (input.format === "html") return cleanHtml(input.path, input.raw);
  return cleanPlain(input.path, input.raw, input.format === "markdown");
}
