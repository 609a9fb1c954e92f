import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord-api-types/v10';
import { formatNumber, type T } from '../i18n/index.ts';
import type { OperatorDesk } from '../services/operators/desk.ts';
import type { ServerRow } from '../services/operators/overview.ts';
import type { Every } from '../services/operators/periods.ts';
import { customId } from './component.ts';
import type { InteractionContext } from './context.ts';

/** Wording of `/operator` answers (private to the operator, in their language): pure functions plus the page read. */

export const OPERATOR_PREFIX = 'operator';
export const SERVERS_PAGE_SIZE = 10;

export const allowanceText = (t: T, a: { amount: number; every: Every }) => t(`operators.allowance.every.${a.every}`, { amount: formatNumber(t.locale, a.amount) });

function rowText(r: ServerRow, t: T): string {
  const n = (credits: number) => formatNumber(t.locale, credits);
  const name = r.name.replace(/[`*_~|>\\]/g, '').slice(0, 60);
  const allowance = r.allowance ? t(`operators.servers.allowance.${r.allowance.every}`, { amount: n(r.allowance.amount) }) : t('operators.servers.noAllowance');
  const facts = t('operators.servers.facts', { balance: n(r.balance), held: n(r.held), today: n(r.spentToday), month: n(r.spent30Days), allowance });
  return `${r.allowed ? '✅' : '⛔'} **${name}** \`${r.id}\`\n${facts}${r.allowed ? '' : t('operators.servers.notAllowed')}`;
}

/** One page of every server the bot is in, with Previous / Next (the page is in the custom id). */
export async function serversPage(context: InteractionContext, page: number, t: T): Promise<{ embeds: APIEmbed[]; components: APIActionRowComponent<APIButtonComponent>[] }> {
  const desk = context.operatorDesk;
  const all = [...(await desk.servers.list())].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const pages = Math.max(1, Math.ceil(all.length / SERVERS_PAGE_SIZE));
  const at = Math.min(Math.max(0, page), pages - 1);
  const rows = await desk.overview.rows(all.slice(at * SERVERS_PAGE_SIZE, (at + 1) * SERVERS_PAGE_SIZE));
  const embed: APIEmbed = {
    title: t('operators.servers.title', { count: formatNumber(t.locale, all.length) }),
    description: rows.length > 0 ? rows.map((r) => rowText(r, t)).join('\n\n') : t('operators.servers.none'),
    color: 0x5865f2,
    footer: { text: t('operators.servers.footer', { page: formatNumber(t.locale, at + 1), pages: formatNumber(t.locale, pages) }) },
  };
  const components: APIActionRowComponent<APIButtonComponent>[] =
    pages <= 1
      ? []
      : [
          {
            type: ComponentType.ActionRow,
            components: [
              { type: ComponentType.Button, style: ButtonStyle.Secondary, label: t('operators.servers.previous'), custom_id: customId(OPERATOR_PREFIX, 'servers', String(at - 1)), disabled: at <= 0 },
              { type: ComponentType.Button, style: ButtonStyle.Secondary, label: t('operators.servers.next'), custom_id: customId(OPERATOR_PREFIX, 'servers', String(at + 1)), disabled: at >= pages - 1 },
            ],
          },
        ];
  return { embeds: [embed], components };
}

/** `/operator kie`: the Kie account and the day's spending against the ceiling. */
export async function kieText(desk: OperatorDesk, t: T): Promise<string> {
  const n = (credits: number) => formatNumber(t.locale, credits);
  const balance = desk.kieBalance();
  const spent = await desk.overview.spentToday();
  const lines = [
    balance ? t('operators.kie.balance', { credits: n(balance.credits), at: Math.floor(balance.at / 1000) }) : t('operators.kie.unread'),
    t('operators.kie.spent', { spent: n(spent) }),
    desk.ceiling === undefined ? t('operators.kie.noCeiling') : t('operators.kie.ceiling', { ceiling: n(desk.ceiling), left: n(Math.max(0, desk.ceiling - spent)) }),
    desk.lowBalance > 0 ? t('operators.kie.lowBalance', { threshold: n(desk.lowBalance) }) : t('operators.kie.lowBalanceOff'),
  ];
  return lines.join('\n');
}
