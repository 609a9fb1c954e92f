import type { Account } from '../ledger/ledger.ts';
import { memberUsage } from '../ledger/rules.ts';
import { utcDay } from '../ledger/types.ts';
import type { Collection } from '../store.ts';
import type { Allowance, Allowances } from './allowances.ts';
import type { ServerInfo } from './servers.ts';

/** One server as `/operator servers` shows it. */
export interface ServerRow extends ServerInfo {
  balance: number;
  held: number;
  /** Credits held or spent (refunds given back), today (UTC) and over the last 30 days. */
  spentToday: number;
  spent30Days: number;
  allowance: Pick<Allowance, 'amount' | 'every'> | undefined;
  allowed: boolean;
}

/**
 * What the operator sees across servers. Accounts are read from the store as written (not through
 * the ledger's in-memory copies), so a sharded bot shows what every process has saved.
 */
export class ServerOverview {
  readonly #accounts: Collection<Account>;
  readonly #allowances: Pick<Allowances, 'get'>;
  readonly #allows: (guildId: string) => boolean;
  readonly #defaultCredits: number;
  readonly #now: () => number;

  constructor(options: { accounts: Collection<Account>; allowances: Pick<Allowances, 'get'>; allows: (guildId: string) => boolean; defaultCredits: number; now: () => number }) {
    this.#accounts = options.accounts;
    this.#allowances = options.allowances;
    this.#allows = options.allows;
    this.#defaultCredits = options.defaultCredits;
    this.#now = options.now;
  }

  async rows(servers: readonly ServerInfo[]): Promise<ServerRow[]> {
    const now = this.#now();
    return Promise.all(
      servers.map(async (server) => {
        const [account, allowance] = await Promise.all([this.#accounts.get(server.id), this.#allowances.get(server.id)]);
        const usage = account ? memberUsage(account, now) : [];
        return {
          ...server,
          // A server never seen yet starts with DEFAULT_GUILD_CREDITS when it first uses the bot.
          balance: account?.balance ?? this.#defaultCredits,
          held: account ? Object.values(account.holds).reduce((sum, h) => sum + h.amount, 0) : 0,
          spentToday: usage.reduce((sum, u) => sum + u.today, 0),
          spent30Days: usage.reduce((sum, u) => sum + u.last30Days, 0),
          allowance: allowance ? { amount: allowance.amount, every: allowance.every } : undefined,
          allowed: this.#allows(server.id),
        };
      }),
    );
  }

  /** Credits held or spent today (UTC) by every server together (reads every account). */
  async spentToday(): Promise<number> {
    const today = utcDay(this.#now());
    let total = 0;
    for await (const [, account] of this.#accounts.entries()) {
      // Before the ceiling had its own collection, a day record shared this one: skip it.
      if (!('holds' in account)) continue;
      for (const days of Object.values(account.usage)) total += days[today] ?? 0;
    }
    return total;
  }
}
