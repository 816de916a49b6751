/** Worker entry (piscina): a batch of articles in, their analyses out. Runs the same code as a run with --jobs 1. */
import { analyzeBatch, type BatchTask } from "./analyze-file.js";

export default function analyzeTask(task: BatchTask) {
  return analyzeBatch(task);
}
