import type { T } from '../i18n/index.ts';
import { isUserError } from './userError.ts';

/** What the member reads for an error, in their language, and whether it needs a log line with the full error. */
export function describeForMember(error: unknown, ref: string, t: T): { content: string; fault: boolean } {
  if (isUserError(error)) return { content: error.text(t), fault: false };
  return { content: t('common.unexpected', { ref }), fault: true };
}
