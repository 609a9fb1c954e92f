import { Routes } from 'discord-api-types/v10';
import type { Logger } from '../../logger.ts';

/** The part of @discordjs/rest's REST the operators need. */
export interface RestReader {
  get(route: `/${string}`): Promise<unknown>;
}

const HOUR_MS = 60 * 60_000;
/** After a failed read: try again soon rather than wait an hour with only OPERATOR_IDS. */
const RETRY_MS = 60_000;

/**
 * Who owns the application, as Discord reports it (GET /applications/@me, what discord.js's
 * `client.application.fetch()` reads): the owner, or, when a team owns it, the team's members who
 * accepted their invitation (Discord then reports `owner` as the team's pseudo-user, not a person).
 */
export function ownersOf(application: unknown): string[] {
  const app = (application ?? {}) as { owner?: { id?: unknown } | null; team?: { owner_user_id?: unknown; members?: unknown } | null };
  if (app.team) {
    const members = Array.isArray(app.team.members) ? (app.team.members as Array<{ membership_state?: unknown; user?: { id?: unknown } }>) : [];
    const ids = members.filter((m) => m.membership_state === 2 && typeof m.user?.id === 'string').map((m) => m.user!.id as string);
    if (typeof app.team.owner_user_id === 'string') ids.push(app.team.owner_user_id);
    return [...new Set(ids)];
  }
  return typeof app.owner?.id === 'string' ? [app.owner.id] : [];
}

/**
 * The bot's operators: the application's owner or team (read at start and hourly) plus the user
 * ids in OPERATOR_IDS. They hold the Kie account the credits are paid from, so only they add
 * credits (CREDIT_GRANTS=operators) and use `/operator`.
 */
export class Operators {
  readonly #rest: RestReader;
  readonly #configured: ReadonlySet<string>;
  readonly #log: Logger;
  readonly #refreshMs: number;
  #owners = new Set<string>();
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;

  constructor(options: { rest: RestReader; configured?: readonly string[] | undefined; logger: Logger; refreshMs?: number }) {
    this.#rest = options.rest;
    this.#configured = new Set(options.configured ?? []);
    this.#log = options.logger;
    this.#refreshMs = options.refreshMs ?? HOUR_MS;
  }

  isOperator(userId: string): boolean {
    return this.#configured.has(userId) || this.#owners.has(userId);
  }

  /** Everyone told about the Kie account: the owners Discord reports and OPERATOR_IDS. */
  ids(): string[] {
    return [...new Set([...this.#owners, ...this.#configured])];
  }

  /** Reads the owners; a failed read keeps the last ones known (OPERATOR_IDS always count). */
  async load(): Promise<boolean> {
    try {
      const owners = ownersOf(await this.#rest.get(Routes.currentApplication()));
      this.#owners = new Set(owners);
      this.#log.info({ owners: owners.length, configured: this.#configured.size }, 'operators read from the application');
      return true;
    } catch (error) {
      this.#log.warn({ err: error, configured: this.#configured.size }, 'could not read the application’s owner; operators are OPERATOR_IDS and the owners read before');
      return false;
    }
  }

  /** Reads now, then hourly (a minute after a failed read). */
  async start(): Promise<void> {
    this.#stopped = false;
    this.#schedule(await this.load());
  }

  stop(): void {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(ok: boolean): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => void this.load().then((done) => this.#schedule(done)), ok ? this.#refreshMs : Math.min(RETRY_MS, this.#refreshMs));
    this.#timer.unref();
  }
}
