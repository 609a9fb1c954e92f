import { formatNumber, SOURCE_LOCALE, translator } from '../../i18n/index.ts';

/**
 * What the bot tells its operators about the Kie account, by direct message or in
 * OPERATOR_CHANNEL_ID: no interaction says their language there, so English, from the message files.
 */
const t = translator(SOURCE_LOCALE);
const n = (credits: number) => formatNumber(t.locale, Math.floor(credits));

export const operatorMessages = {
  lowBalance: (balance: number, threshold: number) => t('operators.notice.lowBalance', { balance: n(balance), threshold: n(threshold) }),
  outOfCredits: (balance: number | undefined) => t('operators.notice.outOfCredits', { balance: balance === undefined ? '' : t('operators.notice.balanceReads', { balance: n(balance) }) }),
} as const;
