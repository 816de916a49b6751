/** Write a file atomically: a temporary file beside it, then rename. A crash leaves the old file whole. */
import fs from "node:fs/promises";
import path from "node:path";

export async function writeAtomic(file: string, content: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, content, "utf8");
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
