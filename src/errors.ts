/**
 * The error family. A `UserError` is a refusal whose message is safe and useful to show the member
 * (nothing was charged or changed); the dispatcher shows it privately. Anything else is a fault:
 * the member sees "unexpected error (ref …)" and the log gets the full error under the same ref.
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

/** What the member reads for an error, and whether it needs a log line with the full error. */
export function describeForMember(error: unknown, ref: string): { content: string; fault: boolean } {
  if (isUserError(error)) return { content: error.message, fault: false };
  return { content: `Something went wrong on our side (unexpected error, ref ${ref}). You were not charged. Please try again.`, fault: true };
}
