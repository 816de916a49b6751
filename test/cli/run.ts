/** Run the CLI in-process with captured output, and make scratch folders. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main.js";

export const root = path.resolve(__dirname, "../..");

export async function run(args: string[], cwd = root, env: Record<string, string | undefined> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env,
    cwd,
  });
  return { code, stdout, stderr };
}

export function tmp(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cc-cli-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** A scratch copy of the seed articles under DIR/seeds. */
export function seedsCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cc-seeds-"));
  fs.cpSync(path.join(root, "seeds"), path.join(dir, "seeds"), { recursive: true });
  return dir;
}
