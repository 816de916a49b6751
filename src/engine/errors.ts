/** Known errors: a code and one clear line. The CLI prints the message and exits 2. */
export class ClaimcheckError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ClaimcheckError";
  }
}
