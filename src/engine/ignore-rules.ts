/** Which files to skip: --ignore patterns, the configuration's "ignore", and .claimcheckignore (gitignore syntax). */
import fs from "node:fs";
import path from "node:path";
import ignore from "ignore";
import { ClaimcheckError } from "./errors.js";

export type IgnoreTest = (relPath: string, isDir: boolean) => boolean;

export function ignoreRules(cwd: string, patterns: string[]): IgnoreTest | undefined {
  const all = [...patterns];
  const file = path.join(cwd, ".claimcheckignore");
  if (fs.existsSync(file)) {
    try {
      all.push(...fs.readFileSync(file, "utf8").split(/\r?\n/));
    } catch (e) {
      throw new ClaimcheckError("BAD_IGNORE", `.claimcheckignore: cannot read (${(e as NodeJS.ErrnoException).code ?? "error"})`);
    }
  }
  if (!all.some((p) => p.trim() && !p.trim().startsWith("#"))) return undefined;
  const ig = ignore().add(all);
  // Paths outside the working directory ("../x") cannot be matched by gitignore rules: they are never ignored.
  return (rel, isDir) => {
    if (!rel || rel.startsWith("../") || rel === ".." || path.isAbsolute(rel)) return false;
    return ig.ignores(isDir ? `${rel}/` : rel);
  };
}
