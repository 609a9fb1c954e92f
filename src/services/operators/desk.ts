import type { Allowances } from './allowances.ts';
import type { ServerOverview } from './overview.ts';
import type { BotServers } from './servers.ts';

/** What `/operator` works with (handed to commands through the interaction context). */
export interface OperatorDesk {
  servers: Pick<BotServers, 'list'>;
  overview: Pick<ServerOverview, 'rows' | 'spentToday'>;
  allowances: Pick<Allowances, 'set' | 'off' | 'get'>;
  /** The Kie account's balance as last read, and when. */
  kieBalance(): { credits: number; at: number } | undefined;
  /** DAILY_SPEND_CEILING, if set. */
  ceiling: number | undefined;
  /** KIE_LOW_BALANCE. */
  lowBalance: number;
  /**
   * False when another process of a sharded bot serves this server: its credits may be changed
   * only there (one owner per server), so `/operator` refuses rather than lose a write.
   */
  serves(guildId: string): boolean;
}
