/** Library API: `import { check } from "claimcheck"` returns the object `--format json` prints. */
export { check, type CheckOptions } from "./engine/check.js";
export { analyze, type Analysis, type AnalyzeOptions } from "./core/analyze.js";
export { buildReport } from "./report/build-report.js";
export { ClaimcheckError } from "./engine/errors.js";
export type { Report, ReportConflict, ReportValue, ReportSource, Mention, Diagnostic } from "./report/types.js";
export type { SourceInput, Severity } from "./core/types.js";
export { VERSION, REPORT_VERSION } from "./version.js";
