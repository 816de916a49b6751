/** The tool's version; a test keeps it equal to package.json. */
export const VERSION = "0.1.0";
/** The JSON report format's version: bumped only on breaking changes. */
export const REPORT_VERSION = 1;
