import { isBylineName, isChromeLine } from "./chrome.js";
import { splitLinesWithOffsets } from "./lines.js";

/** Replace chrome lines with spaces, keeping the text's length (and so every offset). */
export function blankChromeLines(text: string): string {
  const lines = splitLinesWithOffsets(text);
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < lines.length; i++) {
    const { start, text: line } = lines[i];
    if (isChromeLine(line) || isBylineName(line, lines[i - 1]?.text ?? "", lines[i + 1]?.text ?? "")) {
      parts.push(text.slice(last, start), " ".repeat(line.length));
      last = start + line.length;
    }
  }
  parts.push(text.slice(last));
  return parts.join("");
}
