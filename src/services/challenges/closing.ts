import { message, type Message } from '../../i18n/index.ts';
import type { Logger } from '../../logger.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { ChallengeDiscordPort } from './discord.ts';
import { ChallengeDiscordError } from './discord.ts';
import type { VoteLabels } from './labels.ts';
import { cancelledMessage, challengeT, rank, resultsMessage, voteRow } from './messages.ts';
import { dangerousGrants, permissionList } from './permissions.ts';
import type { ChallengeStore } from './store.ts';
import { budgetKeyOf, challengeKey, voteKey, type Challenge } from './types.ts';

export interface ClosingDeps {
  store: ChallengeStore;
  ledger: Ledger;
  discord: ChallengeDiscordPort;
  labels: VoteLabels;
  logger: Logger;
  now: () => number;
}

/**
 * Closes a challenge. Every step is safe to repeat, and the state says how far it got (`closing`
 * until the last step), so a crash part-way resumes at the next start without posting twice:
 * 1. open → closing (submits and votes are refused from here);
 * 2. each entry's votes are sealed in the same write that reads the final count;
 * 3. standings fixed, buttons disabled, winner role given, results posted (once), budget returned;
 * 4. closing → closed | cancelled.
 */
export class Closer {
  readonly #d: ClosingDeps;
  readonly #running = new Map<string, Promise<Challenge | undefined>>();

  constructor(deps: ClosingDeps) {
    this.#d = deps;
  }

  /** Concurrent calls for one challenge share one run. */
  close(guildId: string, number: number, endedBy: 'deadline' | 'end' | 'cancel'): Promise<Challenge | undefined> {
    const key = challengeKey(guildId, number);
    let run = this.#running.get(key);
    if (!run) {
      run = this.#close(guildId, number, endedBy).finally(() => this.#running.delete(key));
      this.#running.set(key, run);
    }
    return run;
  }

  async #close(guildId: string, number: number, endedBy: 'deadline' | 'end' | 'cancel'): Promise<Challenge | undefined> {
    const { store, discord, logger } = this.#d;
    const now = this.#d.now();
    const started = await store.updateChallenge(guildId, number, (c) => {
      if (c.state === 'open') {
        c.state = 'closing';
        c.endedBy = endedBy;
        c.closedAt = now;
      }
      return structuredClone(c);
    });
    if (!started || started.state !== 'closing') return started;
    const c = started;
    const cancelled = c.endedBy === 'cancel';
    await this.#d.labels.forget(guildId, number);

    // An entry without its message was cut short by a crash before anyone saw it: not ranked.
    const entries = Object.values(c.entries).filter((e) => e.messageId !== undefined);
    const counts = new Map<string, number>();
    for (const entry of entries) {
      const votes = await store.updateVotes(voteKey(guildId, number, entry.jobId), (r) => {
        r.closed = true;
        return Object.keys(r.voters).length;
      });
      counts.set(entry.jobId, votes);
    }
    const ranked = rank(entries, counts);
    const results = (c.results ??= ranked.map((r) => ({ jobId: r.entry.jobId, memberId: r.entry.memberId, votes: r.votes, ...(r.entry.messageId ? { messageId: r.entry.messageId } : {}) })));
    await store.updateChallenge(guildId, number, (s) => {
      s.results ??= results;
    });

    for (const r of ranked) {
      if (!r.entry.messageId) continue;
      await discord.edit(c.channelId, r.entry.messageId, { components: voteRow(c, r.entry.jobId, r.votes, true) }).catch((error: unknown) => {
        logger.warn({ guildId, number, jobId: r.entry.jobId, err: describe(error) }, 'could not disable a vote button');
      });
    }

    const top = results[0];
    const winners = !cancelled && top && top.votes > 0 ? [top.memberId] : [];
    if (!cancelled && c.winnerRoleId && !c.rolesDone) {
      const note = await this.#giveRole(c, winners);
      if (note) c.roleNote = note;
      c.rolesDone = true;
      await store.updateChallenge(guildId, number, (s) => {
        s.rolesDone = true;
        if (c.roleNote) s.roleNote = c.roleNote;
      });
    }

    if (!c.resultsMessageId) {
      const body = cancelled ? cancelledMessage(c) : resultsMessage(c, winners, c.roleNote);
      try {
        // The nonce lets Discord drop a repeat if a crash came between the post and saving its id.
        const posted = await discord.post(c.channelId, { ...body, nonce: `c${number}r${c.closedAt ?? 0}`.slice(0, 25), enforce_nonce: true });
        c.resultsMessageId = posted.id;
        await store.updateChallenge(guildId, number, (s) => {
          s.resultsMessageId = posted.id;
        });
      } catch (error) {
        if (error instanceof ChallengeDiscordError && error.passing) throw error; // the scheduler tries again
        logger.warn({ guildId, number, err: describe(error) }, 'could not post the challenge results');
      }
    }

    const returned = await this.#d.ledger.budgets.giveBack(guildId, 'system', budgetKeyOf(c));
    const closed = await store.updateChallenge(guildId, number, (s) => {
      s.state = cancelled ? 'cancelled' : 'closed';
      if (returned > 0) s.budgetReturned = returned;
      return structuredClone(s);
    });
    logger.info({ guildId, number, endedBy: c.endedBy, entries: entries.length, returned }, 'challenge closed');
    return closed;
  }

  /** What became of the winner role, kept with the challenge as a message and said in its results. */
  async #giveRole(c: Challenge, winners: string[]): Promise<Message | undefined> {
    if (winners.length === 0) return undefined;
    // Checked again now: the role may have been given powers since the start.
    const role = await this.#d.discord
      .guild(c.guildId)
      .then((g) => g.roles.find((r) => r.id === c.winnerRoleId))
      .catch(() => undefined);
    const grants = role ? dangerousGrants(role) : [];
    if (role && (grants.length > 0 || role.managed)) {
      this.#d.logger.warn({ guildId: c.guildId, number: c.number, grants }, 'winner role not given: it grants moderator powers now');
      const roleId = c.winnerRoleId!;
      return role.managed ? message('challenges.posts.role.nowManaged', { roleId }) : message('challenges.posts.role.nowGrants', { roleId, grants: permissionList(grants) });
    }
    const failed: string[] = [];
    for (const winner of winners) {
      try {
        await this.#d.discord.addRole(c.guildId, winner, c.winnerRoleId!, challengeT(c)('challenges.posts.role.auditReason'));
      } catch (error) {
        this.#d.logger.warn({ guildId: c.guildId, number: c.number, err: describe(error) }, 'could not give the winner role');
        failed.push(winner);
      }
    }
    return message(failed.length === 0 ? 'challenges.posts.role.given' : 'challenges.posts.role.notGiven', { roleId: c.winnerRoleId! });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : 'unknown';
}
