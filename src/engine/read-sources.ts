/** Read article files into memory: one unreadable or binary file becomes a diagnostic, not a crash. */
import fs from "node:fs/promises";
import { decodeBytes } from "../core/load/decode.js";
import type { SourceInput } from "../core/types.js";
import type { Diagnostic } from "../report/types.js";
import type { FoundFile } from "./discover.js";

export async function readSources(files: FoundFile[], diagnostics: Diagnostic[]): Promise<SourceInput[]> {
  const out: SourceInput[] = [];
  for (const f of files) {
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(f.absolute);
    } catch (e) {
      diagnostics.push({ path: f.path, code: "unreadable", message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? "error"}` });
      continue;
    }
    const decoded = decodeBytes(bytes);
    if (decoded.binary) {
      diagnostics.push({ path: f.path, code: "binary", message: "skipped: looks like a binary file" });
      continue;
    }
    out.push({ path: f.path, raw: decoded.text, format: f.format });
  }
  return out;
}
