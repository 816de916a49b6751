/**
 * Find article files under the given paths: recursive, sorted, symlink loops broken, special files
 * (FIFOs, devices, sockets) skipped. Paths come back relative to `cwd`, with "/".
 */
import fs from "node:fs/promises";
import { statSync, type Dirent } from "node:fs";
import path from "node:path";
import type { DocFormat } from "../core/types.js";
import { ClaimcheckError } from "./errors.js";
import type { Diagnostic } from "../report/types.js";
import type { IgnoreTest } from "./ignore-rules.js";

const FORMATS: Record<string, DocFormat> = {
  ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
};

export interface FoundFile {
  absolute: string;
  path: string; // relative POSIX path for reports
  format: DocFormat;
  /** Bytes when found (to size work batches). */
  size: number;
}

export function formatOf(file: string): DocFormat | undefined {
  return FORMATS[path.extname(file).toLowerCase()];
}

export function displayPath(absolute: string, cwd: string): string {
  const rel = path.relative(cwd, absolute) || path.basename(absolute);
  return rel.split(path.sep).join("/");
}

export async function discover(paths: string[], cwd: string, diagnostics: Diagnostic[], ignored?: IgnoreTest): Promise<FoundFile[]> {
  const found = new Map<string, FoundFile>();
  const visited = new Set<string>();
  /** A regular file with an article extension, reached without symlinks (so its real path is known); null when skipped. */
  const plainFile = (absolute: string, real: string): { real: string; found: FoundFile } | null => {
    const rel = path.relative(cwd, absolute).split(path.sep).join("/");
    if (ignored?.(rel, false)) return null;
    try {
      // Synchronous: one stat of a listed file is far cheaper than a trip through the thread pool.
      const stat = statSync(absolute);
      return stat.isFile() ? { real, found: { absolute, path: displayPath(absolute, cwd), format: formatOf(absolute)!, size: stat.size } } : null;
    } catch (e) {
      diagnostics.push({ path: displayPath(absolute, cwd), code: "unreadable", message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? "error"}` });
      return null;
    }
  };
  const walk = async (absolute: string, explicit: boolean): Promise<void> => {
    let stat;
    try {
      stat = await fs.stat(absolute);
    } catch (e) {
      if (explicit) throw new ClaimcheckError("ENOENT", `no such file or directory: ${displayPath(absolute, cwd)}`);
      diagnostics.push({ path: displayPath(absolute, cwd), code: "unreadable", message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? "error"}` });
      return;
    }
    const rel = path.relative(cwd, absolute).split(path.sep).join("/");
    if (ignored?.(rel, stat.isDirectory())) {
      if (explicit && !stat.isDirectory()) diagnostics.push({ path: displayPath(absolute, cwd), code: "ignored", message: "skipped: matches an ignore pattern" });
      return;
    }
    if (stat.isDirectory()) {
      const real = await fs.realpath(absolute).catch(() => absolute);
      if (visited.has(real)) return; // a symlink loop, or a folder reached twice
      visited.add(real);
      let entries: Dirent[];
      try {
        entries = (await fs.readdir(absolute, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      } catch (e) {
        diagnostics.push({ path: displayPath(absolute, cwd), code: "unreadable", message: `cannot list folder: ${(e as NodeJS.ErrnoException).code ?? "error"}` });
        return;
      }
      entries = entries.filter((e) => e.name !== "node_modules" && !e.name.startsWith("."));
      for (const e of entries) {
        // Plain article files (the bulk of an archive) need only their size; everything else is walked.
        if (!(e.isFile() && formatOf(e.name))) {
          await walk(path.join(absolute, e.name), false);
          continue;
        }
        const file = plainFile(path.join(absolute, e.name), path.join(real, e.name));
        if (file && !found.has(file.real)) found.set(file.real, file.found);
      }
      return;
    }
    if (!stat.isFile()) {
      if (explicit || formatOf(absolute)) diagnostics.push({ path: displayPath(absolute, cwd), code: "not-a-file", message: "skipped: not a regular file" });
      return;
    }
    const format = formatOf(absolute);
    if (!format) {
      if (explicit) diagnostics.push({ path: displayPath(absolute, cwd), code: "not-an-article", message: "skipped: not a .txt, .md, .markdown, .html or .htm file" });
      return;
    }
    const real = await fs.realpath(absolute).catch(() => absolute);
    if (!found.has(real)) found.set(real, { absolute, path: displayPath(absolute, cwd), format, size: stat.size });
  };
  for (const p of paths) await walk(path.resolve(cwd, p), true);
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
