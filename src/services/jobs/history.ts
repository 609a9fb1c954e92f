import { UserError } from '../../errors/index.ts';
import { message } from '../../i18n/index.ts';
import type { Job } from './job.ts';
import type { JobStore } from './jobStore.ts';
import type { MemberJobs } from './memberJobs.ts';

export interface HistoryDeps {
  store: JobStore;
  index: MemberJobs;
  now: () => number;
}

/** Whose jobs a lookup may see: one member's, or (for admins) everyone's in the guild. */
export interface Scope {
  guildId: string;
  /** undefined = every member of the guild (admins). */
  memberId: string | undefined;
}

/** What `/jobs` asks: a member's recent jobs, one job by (short) id; and the Delete button's mark. */
export class JobHistory {
  readonly #d: HistoryDeps;

  constructor(deps: HistoryDeps) {
    this.#d = deps;
  }

  get(id: string): Promise<Job | undefined> {
    return this.#d.store.get(id);
  }

  async #ids(scope: Scope): Promise<string[]> {
    return scope.memberId === undefined ? this.#d.index.ofGuild(scope.guildId) : this.#d.index.ofMember(scope.guildId, scope.memberId);
  }

  /** Newest first; `total` counts the indexed ids (a page may come back short if a job is gone). */
  async recent(scope: Scope, offset: number, limit: number): Promise<{ jobs: Job[]; total: number }> {
    const ids = await this.#ids(scope);
    const jobs = await Promise.all(ids.slice(offset, offset + limit).map((id) => this.#d.store.get(id)));
    return { jobs: jobs.filter((j): j is Job => j !== undefined && j.guildId === scope.guildId), total: ids.length };
  }

  /** Jobs whose id starts with `typed` (any case), newest first, for autocomplete. */
  async suggest(scope: Scope, typed: string, limit: number, prefer?: (job: Job) => boolean): Promise<Job[]> {
    const needle = typed.trim().toLowerCase();
    const ids = (await this.#ids(scope)).filter((id) => id.startsWith(needle)).slice(0, 100);
    const jobs = (await Promise.all(ids.slice(0, Math.max(limit * 2, 25)).map((id) => this.#d.store.get(id)))).filter((j): j is Job => j !== undefined);
    if (prefer) jobs.sort((a, b) => Number(prefer(b)) - Number(prefer(a)));
    return jobs.slice(0, limit);
  }

  /** One job by its id or the short id shown in replies, within `scope`; refusals are UserErrors. */
  async find(scope: Scope, typed: string): Promise<Job> {
    const needle = typed.trim().toLowerCase();
    if (needle.length < 4 || !/^[0-9a-z]+$/.test(needle)) {
      throw new UserError(message('history.find.notId', { typed: needle.slice(0, 20).replace(/`/g, '') }));
    }
    const matches = (await this.#ids(scope)).filter((id) => id.startsWith(needle));
    if (matches.length > 1) throw new UserError(message('history.find.ambiguous', { typed: needle }));
    const job = matches[0] === undefined ? undefined : await this.#d.store.get(matches[0]);
    if (!job || job.guildId !== scope.guildId) {
      throw new UserError(message(scope.memberId === undefined ? 'history.find.notInServer' : 'history.find.notYours', { typed: needle }));
    }
    return job;
  }

  /** Remembers that the result message was deleted (so /jobs does not link to it). */
  async markDeleted(jobId: string): Promise<void> {
    await this.#d.store.update(jobId, (j) => {
      j.resultDeletedAt = this.#d.now();
    });
  }
}

