import { utcDay } from '../services/ledger/ledger.ts';
import type { InteractionContext } from './context.ts';

/** What a member may know about the pool: the server's balance and their own allowance. */
export async function balanceText(context: InteractionContext, guildId: string, memberId: string): Promise<string> {
  const account = await context.ledger.account(guildId);
  const left = await context.ledger.remainingToday(guildId, memberId);
  const held = Object.values(account.holds).reduce((sum, h) => sum + h.amount, 0);
  const usedToday = account.usage[memberId]?.[utcDay(context.now())] ?? 0;
  const lines = [`**Server balance:** ${account.balance} credits${held > 0 ? ` (${held} more held for videos in progress)` : ''}`];
  lines.push(`**You today:** ${usedToday} credits used${left === null ? ', no daily cap' : `, ${left} of ${account.dailyLimit} left (resets 00:00 UTC)`}`);
  const server = context.serverModels?.view(guildId);
  const families = server ? server.allowed.flatMap((id) => context.registry.get(id) ?? []) : context.registry.list();
  const defaultModel = server?.defaultModel ?? context.defaultModel;
  lines.push(
    `**Models here:** ${families.map((f) => `\`${f.id}\``).join(', ')}${server?.restricted ? ' (chosen by this server)' : ''}; default \`${defaultModel}\`${server?.serverDefault ? ' (set by this server)' : ''}`,
  );
  const cheapest = families
    .map((f) => ({ f, p: Math.min(...Object.values(f.prices)) }))
    .sort((a, b) => a.p - b.p)[0];
  if (cheapest) lines.push(`Cheapest video here: ${cheapest.f.label} at ${cheapest.p} credits.`);
  return lines.join('\n');
}
