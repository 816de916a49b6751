/**
 * The analysis cache (--cache): each article's analysis keyed by its content, and the last run's report keyed by
 * every article's content and the options. Stored with v8 serialization under node_modules/.cache/claimcheck (or
 * --cache-location), written atomically. A cache from another version, or one that cannot be read, is ignored
 * and rebuilt: never trusted.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import type { DocAnalysis } from "../core/analyze-doc.js";
import type { Report } from "../report/types.js";
import { VERSION } from "../version.js";
import { writeAtomicBytes } from "./write-atomic.js";

const FORMAT = 4;

let build: string | undefined;
/**
 * The tool's version and a hash of its own code: a build whose rules changed (a development build, a patched
 * install) never trusts analyses an older build cached under the same version number.
 */
function buildVersion(): string {
  if (build) return build;
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const hash = crypto.createHash("sha1");
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(?:js|ts)$/.test(e.name) && !e.name.endsWith(".d.ts")) hash.update(e.name).update(fs.readFileSync(p));
    }
  };
  try {
    walk(root);
  } catch {
    // An unreadable install: the version alone.
  }
  build = `${VERSION}+${hash.digest("hex").slice(0, 16)}`;
  return build;
}

interface DocsFile {
  format: number;
  version: string;
  options: string;
  docs: Map<string, Uint8Array>;
}

interface ResultFile {
  format: number;
  version: string;
  key: string;
  report: Report;
}

export function contentKey(format: string, bytes: Uint8Array): string {
  return `${format}:${crypto.createHash("sha1").update(bytes).digest("hex")}`;
}

export function runKey(parts: unknown): string {
  return crypto.createHash("sha1").update(JSON.stringify(parts)).digest("hex");
}

export class AnalysisCache {
  private old = new Map<string, Uint8Array>();
  private readonly next = new Map<string, Uint8Array>();
  private dirty = false;

  constructor(
    private readonly dir: string,
    private readonly options: string,
  ) {}

  static location(cwd: string, explicit?: string): string {
    return explicit ? path.resolve(cwd, explicit) : path.join(cwd, "node_modules", ".cache", "claimcheck");
  }

  /** The report of an identical earlier run, if any. */
  loadResult(key: string): Report | undefined {
    const data = readV8<ResultFile>(path.join(this.dir, "result.v8"));
    if (!data || data.format !== FORMAT || data.version !== buildVersion() || data.key !== key || !data.report?.conflicts) return undefined;
    return data.report;
  }

  loadDocs(): void {
    const data = readV8<DocsFile>(path.join(this.dir, "docs.v8"));
    if (data && data.format === FORMAT && data.version === buildVersion() && data.options === this.options && data.docs instanceof Map) this.old = data.docs;
  }

  get(key: string, filePath: string): DocAnalysis | undefined {
    const bytes = this.old.get(key);
    if (!bytes) return undefined;
    let analysis: DocAnalysis;
    try {
      analysis = v8.deserialize(bytes) as DocAnalysis;
    } catch {
      return undefined;
    }
    if (!analysis || !Array.isArray(analysis.claims)) return undefined;
    this.next.set(key, bytes);
    return { ...analysis, path: filePath };
  }

  put(key: string, analysis: DocAnalysis): void {
    this.next.set(key, v8.serialize(analysis));
    this.dirty = true;
  }

  async save(resultKey: string, report: Report): Promise<void> {
    fs.mkdirSync(this.dir, { recursive: true });
    if (this.dirty || this.next.size !== this.old.size) {
      const docs: DocsFile = { format: FORMAT, version: buildVersion(), options: this.options, docs: this.next };
      await writeAtomicBytes(path.join(this.dir, "docs.v8"), v8.serialize(docs));
    }
    const result: ResultFile = { format: FORMAT, version: buildVersion(), key: resultKey, report };
    await writeAtomicBytes(path.join(this.dir, "result.v8"), v8.serialize(result));
  }
}

function readV8<T>(file: string): T | undefined {
  try {
    return v8.deserialize(fs.readFileSync(file)) as T;
  } catch {
    return undefined; // missing, unreadable or corrupt: rebuilt
  }
}
