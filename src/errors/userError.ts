import { message, render, SOURCE_LOCALE, translator, type Message, type T } from '../i18n/index.ts';

/**
 * The one base of every error a member may read: a refusal whose message is safe and useful to show
 * (nothing was charged or changed). The dispatcher shows it privately. Anything else is a fault: the
 * member sees "unexpected error (ref …)" and the log gets the full error under the same ref.
 */
export class UserError extends Error {
  /** What the member is told, as a message to say in their language (unset: `message` as it is). */
  readonly said: Message | undefined;

  constructor(said: string | Message) {
    super(typeof said === 'string' ? said : render(said, translator(SOURCE_LOCALE)));
    this.name = 'UserError';
    this.said = typeof said === 'string' ? undefined : said;
  }

  /** What the member reads, in `t`'s language. */
  text(t: T): string {
    return this.said ? render(this.said, t) : this.message;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/**
 * A ledger refusal (bad amount, balance past the limit): safe to show, nothing was changed. `said` is
 * the refusal in the member's language ("That did not work: …"); `detail` the same in English, for logs.
 */
export class LedgerError extends UserError {
  readonly detail: string;
  constructor(refusal: Message) {
    super(message('credits.refused.wrapper', { detail: refusal }));
    this.name = 'LedgerError';
    this.detail = render(refusal, translator(SOURCE_LOCALE));
  }
}
