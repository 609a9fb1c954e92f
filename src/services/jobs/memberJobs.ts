import type { Collection } from '../store.ts';

/** Key of a guild's own list (every member's jobs there, for admins): member ids are digits, so no clash. */
const GUILD = '*';

/**
 * The last job ids per member of a guild (`guild:member`) and per guild (`guild:*`), newest first,
 * for `/jobs`. Read-modify-write on one key is serialized in-process; a lost entry would only hide
 * a job from the list, never change money.
 */
export class MemberJobs {
  readonly #index: Collection<string[]>;
  readonly #keepPerMember: number;
  readonly #keepPerGuild: number;
  readonly #locks = new Map<string, Promise<unknown>>();

  constructor(index: Collection<string[]>, options: { keepPerMember?: number; keepPerGuild?: number } = {}) {
    this.#index = index;
    this.#keepPerMember = options.keepPerMember ?? 100;
    this.#keepPerGuild = options.keepPerGuild ?? 500;
  }

  async add(job: { id: string; guildId: string; memberId: string }): Promise<void> {
    await Promise.all([this.#prepend(`${job.guildId}:${job.memberId}`, job.id, this.#keepPerMember), this.#prepend(`${job.guildId}:${GUILD}`, job.id, this.#keepPerGuild)]);
  }

  /** A member's job ids in a guild, newest first. */
  async ofMember(guildId: string, memberId: string): Promise<string[]> {
    return (await this.#index.get(`${guildId}:${memberId}`)) ?? [];
  }

  /** Every member's job ids in a guild, newest first. */
  async ofGuild(guildId: string): Promise<string[]> {
    return (await this.#index.get(`${guildId}:${GUILD}`)) ?? [];
  }

  #prepend(key: string, id: string, keep: number): Promise<void> {
    const previous = this.#locks.get(key) ?? Promise.resolve();
    const run = previous.then(async () => {
      const ids = (await this.#index.get(key)) ?? [];
      await this.#index.set(key, [id, ...ids.filter((x) => x !== id)].slice(0, keep));
    });
    const settled = run.catch(() => undefined);
    this.#locks.set(key, settled);
    void settled.then(() => {
      if (this.#locks.get(key) === settled) this.#locks.delete(key);
    });
    return run;
  }
}
