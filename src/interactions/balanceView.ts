import { formatNumber, type T } from '../i18n/index.ts';
import { utcDay } from '../services/ledger/ledger.ts';
import type { InteractionContext } from './context.ts';

/** What a member may know about the pool, in `t`'s language: the server's balance and their own allowance. */
export async function balanceText(context: InteractionContext, guildId: string, memberId: string, t: T): Promise<string> {
  const n = (value: number) => formatNumber(t.locale, value);
  const account = await context.ledger.account(guildId);
  const left = await context.ledger.remainingToday(guildId, memberId);
  const held = Object.values(account.holds).reduce((sum, h) => sum + h.amount, 0);
  const usedToday = account.usage[memberId]?.[utcDay(context.now())] ?? 0;
  const lines = [t('balance.server', { balance: n(account.balance), held: held > 0 ? t('balance.held', { held: n(held) }) : '' })];
  lines.push(t('balance.you', { used: n(usedToday), cap: left === null ? t('balance.noCap') : t('balance.cap', { left: n(left), limit: n(account.dailyLimit) }) }));
  const server = context.serverModels?.view(guildId);
  const families = server ? server.allowed.flatMap((id) => context.registry.get(id) ?? []) : context.registry.list();
  lines.push(
    t('balance.models', {
      models: families.map((f) => `\`${f.id}\``).join(', '),
      chosen: server?.restricted ? t('balance.chosen') : '',
      model: server?.defaultModel ?? context.defaultModel,
      serverDefault: server?.serverDefault ? t('balance.serverDefault') : '',
    }),
  );
  const cheapest = families
    .map((f) => ({ f, p: Math.min(...Object.values(f.prices)) }))
    .sort((a, b) => a.p - b.p)[0];
  if (cheapest) lines.push(t('balance.cheapest', { model: cheapest.f.label, price: n(cheapest.p) }));
  return lines.join('\n');
}
