/**
 * The one base of every error a member may read: a refusal whose message is safe and useful to show
 * (nothing was charged or changed). The dispatcher shows it privately. Anything else is a fault: the
 * member sees "unexpected error (ref …)" and the log gets the full error under the same ref.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** A ledger refusal (bad amount, balance past the limit): safe to show, nothing was changed. */
export class LedgerError extends UserError {
  readonly detail: string;
  constructor(detail: string) {
    super(`That did not work: ${detail}.`);
    this.name = 'LedgerError';
    this.detail = detail;
  }
}
