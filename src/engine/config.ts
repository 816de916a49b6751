/**
 * Configuration: found from the working directory upward (.claimcheckrc.json, claimcheck.config.json, or the
 * "claimcheck" key of package.json; the nearest folder wins), or named with --config. Validated against
 * schema/config.schema.json: an unknown key or a wrong type is a one-line error naming the file and the key.
 */
import fs from "node:fs";
import path from "node:path";
import { ClaimcheckError } from "./errors.js";
import { parseJson, validateWith } from "./validate.js";
import { displayPath } from "./discover.js";

export type SeverityOverride = "error" | "warning" | "info" | "off";

export interface Config {
  aliases?: Record<string, string[]>;
  ignore?: string[];
  tolerances?: Record<string, number | { relative?: number; absolute?: number }>;
  severity?: Record<string, SeverityOverride>;
  failOn?: "error" | "warning" | "info";
  format?: string;
}

export interface LoadedConfig {
  config: Config;
  /** The file it came from, for messages; undefined when none was found. */
  file?: string;
}

const NAMES = [".claimcheckrc.json", "claimcheck.config.json", "package.json"];

export function findConfig(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of NAMES) {
      const file = path.join(dir, name);
      if (!fs.existsSync(file)) continue;
      if (name !== "package.json") return file;
      try {
        const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
        if (pkg && typeof pkg === "object" && "claimcheck" in pkg) return file;
      } catch {
        // A broken package.json that is not ours to read: keep looking.
      }
    }
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function loadConfig(cwd: string, explicit?: string | false): LoadedConfig {
  if (explicit === false) return { config: {} };
  const file = explicit ? path.resolve(cwd, explicit) : findConfig(cwd);
  if (!file) return { config: {} };
  const shown = displayPath(file, cwd);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new ClaimcheckError("BAD_CONFIG", `${shown}: cannot read configuration (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
  let data = parseJson(text, shown, "configuration");
  if (path.basename(file) === "package.json") {
    if (!data || typeof data !== "object" || !("claimcheck" in data)) throw new ClaimcheckError("BAD_CONFIG", `${shown}: has no "claimcheck" key`);
    data = (data as Record<string, unknown>).claimcheck;
  }
  validateWith("config.schema.json", data, shown, "configuration");
  return { config: data as Config, file: shown };
}
