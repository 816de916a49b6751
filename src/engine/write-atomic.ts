/** Write a file atomically: a temporary file beside it, then rename. A crash or Ctrl-C leaves the old file whole. */
import fs from "node:fs/promises";
import fsSync from "node:fs";
import path from "node:path";

let counter = 0;
const pending = new Set<string>();

/** Temporary files being written now: removed if the process is interrupted (bin/ calls this on SIGINT). */
export function removePendingTemps(): void {
  for (const tmp of pending) {
    try {
      fsSync.rmSync(tmp, { force: true });
    } catch {
      // best effort
    }
  }
}

export async function writeAtomic(file: string, content: string): Promise<void> {
  await writeAtomicBytes(file, Buffer.from(content, "utf8"));
}

export async function writeAtomicBytes(file: string, content: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${++counter}.tmp`);
  pending.add(tmp);
  try {
    await fs.writeFile(tmp, content);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  } finally {
    pending.delete(tmp);
  }
}
