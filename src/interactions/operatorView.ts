import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord-api-types/v10';
import type { OperatorDesk } from '../services/operators/desk.ts';
import type { ServerRow } from '../services/operators/overview.ts';
import type { Every } from '../services/operators/periods.ts';
import { customId } from './component.ts';
import type { InteractionContext } from './context.ts';

/** Wording of `/operator` answers (private to the operator): pure functions plus the page read. */

export const OPERATOR_PREFIX = 'operator';
export const SERVERS_PAGE_SIZE = 10;

export const NOT_AN_OPERATOR = 'Only the bot’s operators can use `/operator` (the application’s owner or team, and `OPERATOR_IDS`). Server permissions do not count here.';

const n = (credits: number) => credits.toLocaleString('en-US');
const per: Record<Every, string> = { day: 'day', week: 'week (from Monday 00:00 UTC)', month: 'month' };
export const allowanceText = (a: { amount: number; every: Every }) => `${n(a.amount)} credits a ${per[a.every]}`;

function rowText(r: ServerRow): string {
  const name = r.name.replace(/[`*_~|>\\]/g, '').slice(0, 60);
  const facts = [`balance ${n(r.balance)}`, `held ${n(r.held)}`, `today ${n(r.spentToday)}`, `30 days ${n(r.spent30Days)}`, r.allowance ? `allowance ${n(r.allowance.amount)}/${r.allowance.every}` : 'no allowance'];
  return `${r.allowed ? '✅' : '⛔'} **${name}** \`${r.id}\`\n${facts.join(' · ')}${r.allowed ? '' : ' · not in ALLOWED_GUILDS'}`;
}

/** One page of every server the bot is in, with Previous / Next (the page is in the custom id). */
export async function serversPage(context: InteractionContext, page: number): Promise<{ embeds: APIEmbed[]; components: APIActionRowComponent<APIButtonComponent>[] }> {
  const desk = context.operatorDesk;
  const all = [...(await desk.servers.list())].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const pages = Math.max(1, Math.ceil(all.length / SERVERS_PAGE_SIZE));
  const at = Math.min(Math.max(0, page), pages - 1);
  const rows = await desk.overview.rows(all.slice(at * SERVERS_PAGE_SIZE, (at + 1) * SERVERS_PAGE_SIZE));
  const embed: APIEmbed = {
    title: `Servers the bot is in (${all.length})`,
    description: rows.length > 0 ? rows.map(rowText).join('\n\n') : 'The bot is in no server.',
    color: 0x5865f2,
    footer: { text: `Page ${at + 1} of ${pages} · credits; today and 30 days = held or spent (UTC) · /operator grant, set, allowance` },
  };
  const components: APIActionRowComponent<APIButtonComponent>[] =
    pages <= 1
      ? []
      : [
          {
            type: ComponentType.ActionRow,
            components: [
              { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Previous', custom_id: customId(OPERATOR_PREFIX, 'servers', String(at - 1)), disabled: at <= 0 },
              { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Next', custom_id: customId(OPERATOR_PREFIX, 'servers', String(at + 1)), disabled: at >= pages - 1 },
            ],
          },
        ];
  return { embeds: [embed], components };
}

/** `/operator kie`: the Kie account and the day's spending against the ceiling. */
export async function kieText(desk: OperatorDesk): Promise<string> {
  const balance = desk.kieBalance();
  const spent = await desk.overview.spentToday();
  const lines = [
    balance ? `**Kie account:** ${n(balance.credits)} credits (read <t:${Math.floor(balance.at / 1000)}:R>)` : '**Kie account:** not read yet (the bot reads it at start and every 10 minutes)',
    `**Spent today (UTC), all servers:** ${n(spent)} credits (held or spent; refunds given back)`,
    desk.ceiling === undefined ? '**Daily ceiling:** none (`DAILY_SPEND_CEILING` is not set)' : `**Daily ceiling:** ${n(desk.ceiling)} credits; ${n(Math.max(0, desk.ceiling - spent))} left today`,
    desk.lowBalance > 0 ? `**Low-balance notice:** below ${n(desk.lowBalance)} credits (\`KIE_LOW_BALANCE\`)` : '**Low-balance notice:** off (`KIE_LOW_BALANCE=0`)',
  ];
  return lines.join('\n');
}
