/**
 * Article files to their analyses, or to the reason each was skipped. Shared by workers and the main thread.
 * A file's bytes come with the task when the engine has read them (to key the cache); otherwise the analyzer
 * reads the file itself, so reading is spread over the workers too.
 */
import fs from "node:fs";
import { analyzeDoc, type DocAnalysis, type DocOptions } from "../core/analyze-doc.js";
import { decodeBytes } from "../core/load/decode.js";
import type { DocFormat } from "../core/types.js";

export interface FileItem {
  path: string;
  absolute: string;
  format: DocFormat;
  bytes?: Uint8Array;
}

/** Several articles per task: one message each way for many small files. */
export interface BatchTask {
  items: FileItem[];
  options: DocOptions;
}

export type FileResult = { analysis: DocAnalysis } | { skipped: "binary" } | { unreadable: string };

export function analyzeFile(item: FileItem, options: DocOptions): FileResult {
  let bytes = item.bytes;
  if (!bytes) {
    try {
      bytes = fs.readFileSync(item.absolute);
    } catch (e) {
      return { unreadable: (e as NodeJS.ErrnoException).code ?? "error" };
    }
  }
  const decoded = decodeBytes(bytes);
  if (decoded.binary) return { skipped: "binary" };
  return { analysis: analyzeDoc({ path: item.path, raw: decoded.text, format: item.format }, options) };
}

export function analyzeBatch(task: BatchTask): FileResult[] {
  return task.items.map((item) => analyzeFile(item, task.options));
}
