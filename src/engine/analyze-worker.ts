/** Worker entry (piscina): bytes of one article in, its analysis out. Runs the same code as a run with --jobs 1. */
import { analyzeBytes, type FileTask } from "./analyze-file.js";

export default function analyzeTask(task: FileTask) {
  return analyzeBytes(task);
}
