/** One article file's bytes to its analysis, or to the reason it was skipped. Shared by workers and the main thread. */
import { analyzeDoc, type DocAnalysis, type DocOptions } from "../core/analyze-doc.js";
import { decodeBytes } from "../core/load/decode.js";
import type { DocFormat } from "../core/types.js";

export interface FileTask {
  path: string;
  format: DocFormat;
  bytes: Uint8Array;
  options: DocOptions;
}

export type FileResult = { analysis: DocAnalysis } | { skipped: "binary" };

export function analyzeBytes(task: FileTask): FileResult {
  const decoded = decodeBytes(task.bytes);
  if (decoded.binary) return { skipped: "binary" };
  return { analysis: analyzeDoc({ path: task.path, raw: decoded.text, format: task.format }, task.options) };
}
