import { formatNumber, render, type T } from '../i18n/index.ts';
import type { JournalEntry } from '../services/ledger/ledger.ts';

/**
 * `/credits history`'s lines, in the reader's language. An entry's `note` is worded now, from its
 * data; `reason` is text as it was stored (a member's own reason, or the English of entries written
 * before notes existed), shown as it is.
 */

const signed = (t: T, n: number) => (n > 0 ? `+${formatNumber(t.locale, n)}` : formatNumber(t.locale, n));

/** What the entry says about itself: its note in the reader's language, else its stored text. */
const detailOf = (e: JournalEntry, t: T): string | undefined => (e.note ? render(e.note, t) : e.reason);

function whatOf(e: JournalEntry, t: T): string {
  const sign = signed(t, e.amount);
  const detail = detailOf(e, t);
  switch (e.kind) {
    case 'grant':
    case 'set': {
      const what = e.operator ? t(e.kind === 'grant' ? 'credits.history.operatorGrant' : 'credits.history.operatorSet', { sign }) : t(`credits.history.${e.kind}`, { sign });
      return detail ? t('credits.history.withReason', { what, reason: detail }) : what;
    }
    case 'hold':
      return e.amount === 0 && detail ? t('credits.history.holdNote', { note: detail }) : t('credits.history.hold', { amount: formatNumber(t.locale, -e.amount) });
    case 'capture':
      return detail ? t('credits.history.captureNote', { note: detail }) : t('credits.history.capture');
    case 'release':
      return detail ? t('credits.history.releaseNote', { sign, note: detail }) : t('credits.history.release', { sign });
    case 'limit':
      return detail ?? t('credits.history.limit');
    case 'alert':
      return detail ?? t('credits.history.alert');
    case 'budget':
      return detail ?? t('credits.history.budget', { sign });
  }
}

/** One line of `/credits history` (at most 300 characters). */
export function entryLine(e: JournalEntry, t: T): string {
  const when = `<t:${Math.floor(e.at / 1000)}:R>`;
  const what = whatOf(e, t);
  const balance = formatNumber(t.locale, e.balanceAfter);
  // The bot's operators are not named to a server's admins: their changes read as the operator's.
  if (e.operator && (e.kind === 'grant' || e.kind === 'set')) return t('credits.history.operatorLine', { when, what, balance }).slice(0, 300);
  const who = e.by === 'system' ? t('credits.history.system') : `<@${e.by}>`;
  return (e.jobId ? t('credits.history.lineJob', { when, who, what, balance, jobId: e.jobId }) : t('credits.history.line', { when, who, what, balance })).slice(0, 300);
}
