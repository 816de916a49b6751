/** Read and write the baseline file. A missing or broken baseline is a one-line error naming it (exit 2). */
import fs from "node:fs";
import path from "node:path";
import type { BaselineFile } from "../baseline/entries.js";
import { ClaimcheckError } from "./errors.js";
import { parseJson, validateWith } from "./validate.js";
import { displayPath } from "./discover.js";

export function readBaseline(file: string, cwd: string): BaselineFile {
  const absolute = path.resolve(cwd, file);
  const shown = displayPath(absolute, cwd);
  let text: string;
  try {
    text = fs.readFileSync(absolute, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ClaimcheckError("NO_BASELINE", `${shown}: baseline not found (create it with --update-baseline)`);
    throw new ClaimcheckError("BAD_BASELINE", `${shown}: cannot read baseline (${code ?? "error"})`);
  }
  const data = parseJson(text, shown, "baseline");
  validateWith("baseline.schema.json", data, shown, "baseline");
  return data as BaselineFile;
}
