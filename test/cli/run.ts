/** Run the CLI in-process with captured output, and make scratch folders. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { main } from "../../src/cli/main.js";

/** Scratch folders made by this test file, removed when it ends (nothing is left in the system's temp folder). */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A new empty scratch folder, removed when the test file ends. */
export function scratch(prefix = "cc-cli-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

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
  const dir = scratch("cc-cli-");
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** A scratch copy of the seed articles under DIR/seeds. */
export function seedsCopy(): string {
  const dir = scratch("cc-seeds-");
  fs.cpSync(path.join(root, "seeds"), path.join(dir, "seeds"), { recursive: true });
  return dir;
}
