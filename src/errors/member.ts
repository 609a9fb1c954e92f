import { isUserError } from './userError.ts';

/** What the member reads for an error, and whether it needs a log line with the full error. */
export function describeForMember(error: unknown, ref: string): { content: string; fault: boolean } {
  if (isUserError(error)) return { content: error.message, fault: false };
  return { content: `Something went wrong on our side (unexpected error, ref ${ref}). You were not charged. Please try again.`, fault: true };
}
