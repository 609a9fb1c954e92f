import type { Collection } from '../store.ts';

/** Key of a guild's own list (every member's jobs there, for admins): member ids are digits, so no clash. */
const GUILD = '*';
/** Marks the index as built from the stored jobs (see `buildOnce`). */
const BUILT = 'built:v1';

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

  /**
   * Builds the index from every stored job, once per database (jobs from before the index existed
   * show up in `/jobs` after an upgrade). Run at start, before commands are taken. Returns how many
   * jobs it indexed, or 0 when the index was built already.
   */
  async buildOnce(jobs: AsyncIterable<[string, { id: string; guildId: string; memberId: string; createdAt: number }]>): Promise<number> {
    if (await this.#index.get(BUILT)) return 0;
    const byKey = new Map<string, Array<{ id: string; at: number }>>();
    let count = 0;
    for await (const [, job] of jobs) {
      for (const key of [`${job.guildId}:${job.memberId}`, `${job.guildId}:${GUILD}`]) {
        const list = byKey.get(key) ?? [];
        list.push({ id: job.id, at: job.createdAt });
        byKey.set(key, list);
      }
      count += 1;
    }
    for (const [key, list] of byKey) {
      const keep = key.endsWith(`:${GUILD}`) ? this.#keepPerGuild : this.#keepPerMember;
      const existing = (await this.#index.get(key)) ?? [];
      const older = list.sort((a, b) => b.at - a.at).map((e) => e.id);
      await this.#index.set(key, [...new Set([...existing, ...older])].slice(0, keep));
    }
    await this.#index.set(BUILT, ['1']);
    return count;
  }

  /** Records that every stored job is indexed already (a database whose jobs all came through `add`). */
  async markBuilt(): Promise<void> {
    await this.#index.set(BUILT, ['1']);
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
