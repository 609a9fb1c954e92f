import type { APIButtonComponent } from 'discord-api-types/v10';
import { UserError } from '../../errors/index.ts';
import { message, SOURCE_LOCALE, translator, type Message } from '../../i18n/index.ts';
import type { Logger } from '../../logger.ts';
import type { Job } from '../jobs/job.ts';
import type { ResultButtonSource } from '../jobs/resultButtons.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { Outcome, Scheduler } from '../scheduler.ts';
import { Closer } from './closing.ts';
import type { ChallengeDiscordPort } from './discord.ts';
import { VoteLabels } from './labels.ts';
import { listOf, submitCustomId } from './messages.ts';
import { channelRefusal, winnerRoleRefusal } from './permissions.ts';
import { CHALLENGE_CLOSE_KIND, ChallengeStarter, type StartInput } from './starting.ts';
import type { ChallengeStore } from './store.ts';
import { Entries, type EntryDeps } from './entries.ts';
import { budgetKeyOf, challengeKey, isOpen, isStartKey, parseChallengeKey, voteKey, type Challenge, type ChallengeEntry } from './types.ts';

export { CHALLENGE_CLOSE_KIND } from './starting.ts';
export type { StartInput } from './starting.ts';
/** When a close asked for by a command failed part-way, the scheduler tries again this much later. */
const RETRY_CLOSE_MS = 60_000;

export interface ChallengeDeps {
  store: ChallengeStore;
  ledger: Ledger;
  scheduler: Scheduler;
  jobs: { get(id: string): Promise<Job | undefined>; byShortId?(guildId: string, typed: string): Promise<Job | undefined> };
  discord: ChallengeDiscordPort;
  freshUrl: (url: string) => Promise<string>;
  download?: EntryDeps['download'];
  logger: Logger;
  now: () => number;
  /** How long vote labels wait for more presses before one edit. */
  labelDebounceMs?: number;
}

export type VoteResult = { kind: 'counted' | 'removed'; votes: number };

/** Community video challenges: what /challenge and the challenge buttons ask for. */
export class Challenges {
  readonly #d: ChallengeDeps;
  readonly #labels: VoteLabels;
  readonly #closer: Closer;
  readonly #entries: Entries;
  readonly #starter: ChallengeStarter;

  constructor(deps: ChallengeDeps) {
    this.#d = deps;
    this.#labels = new VoteLabels({ store: deps.store, discord: deps.discord, logger: deps.logger, debounceMs: deps.labelDebounceMs ?? 1_500 });
    this.#closer = new Closer({ ...deps, labels: this.#labels });
    this.#entries = new Entries(deps);
    this.#starter = new ChallengeStarter(deps);
  }

  start(input: StartInput): Promise<Challenge> {
    return this.#starter.start(input);
  }

  /**
   * Refuses (UserError, nothing set up) a start the member could not have done themselves: posting
   * in `channel` needs their View Channel and Send Messages there; a winner role needs their Manage
   * Roles, a role below their highest, and a role that grants no moderator or admin power.
   */
  async checkStarter(input: { guildId: string; memberId: string; memberPermissions: bigint; channel: { id: string; memberPermissions: bigint | null }; winnerRoleId?: string | undefined }): Promise<void> {
    const refusal = channelRefusal(input.channel.id, input.channel.memberPermissions);
    if (refusal) throw new UserError(refusal);
    if (input.winnerRoleId === undefined) return;
    const [guild, memberRoleIds] = await Promise.all([this.#d.discord.guild(input.guildId), this.#d.discord.memberRoles(input.guildId, input.memberId)]);
    // The role as the guild has it now, read fresh.
    const role = guild.roles.find((r) => r.id === input.winnerRoleId);
    if (!role) throw new UserError(message('challenges.refusals.roleNotFound', { roleId: input.winnerRoleId }));
    const why = winnerRoleRefusal({ guildId: input.guildId, memberId: input.memberId, ownerId: guild.ownerId, memberPermissions: input.memberPermissions, memberRoleIds, role, roles: guild.roles });
    if (why) throw new UserError(why);
  }

  /**
   * `#3`, `3`, or nothing (then the one open challenge). Unknown ids and ambiguity are refused;
   * `usage` tells the member how to name one (e.g. the command to type instead of a button).
   */
  async resolve(guildId: string, ref: string | undefined, usage: Message = message('challenges.refusals.usageOption')): Promise<Challenge> {
    const book = await this.#d.store.book(guildId);
    if (ref !== undefined && ref.trim() !== '') {
      const match = /^\s*#?(\d{1,6})\s*$/.exec(ref);
      const found = match ? book.challenges[Number(match[1])] : undefined;
      const challenge = found?.state === 'starting' ? undefined : found;
      if (!challenge) {
        throw new UserError(match ? message('challenges.refusals.noSuchNumber', { number: match[1]! }) : message('challenges.refusals.noSuchRef', { ref: ref.slice(0, 20).replace(/`/g, "'") }));
      }
      return challenge;
    }
    const open = Object.values(book.challenges).filter((c) => c.state === 'open');
    if (open.length === 1) return open[0]!;
    if (open.length === 0) throw new UserError(message('challenges.refusals.noneOpen'));
    const named = open.map((c) => message('challenges.refusals.openChallenge', { number: c.number, title: c.title.slice(0, 40) }));
    throw new UserError(message('challenges.refusals.severalOpen', { usage, open: listOf(named) }));
  }

  async list(guildId: string): Promise<Challenge[]> {
    const book = await this.#d.store.book(guildId);
    const all = Object.values(book.challenges);
    const open = all.filter((c) => c.state === 'open' || c.state === 'closing').sort((a, b) => a.endsAt - b.endsAt);
    const closed = all.filter((c) => c.state === 'closed' || c.state === 'cancelled').sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0));
    return [...open, ...closed];
  }

  /** Live standings: entries in rank order with their stored vote counts. */
  async standings(c: Challenge): Promise<Array<{ entry: ChallengeEntry; votes: number }>> {
    const rows = await Promise.all(
      Object.values(c.entries).map(async (entry) => ({ entry, votes: Object.keys((await this.#d.store.votes(voteKey(c.guildId, c.number, entry.jobId))).voters).length })),
    );
    return rows.sort((a, b) => b.votes - a.votes || a.entry.seq - b.entry.seq);
  }

  /** `usage`: how to name the challenge when several are open (a button cannot). */
  submit(request: { guildId: string; memberId: string; challenge?: string | undefined; video?: string | undefined; usage?: Message }): Promise<{ challenge: Challenge; entry: ChallengeEntry }> {
    return this.#entries.submit(request, (ref) => this.resolve(request.guildId, ref, request.usage));
  }

  /** Takes a video out of every challenge it was entered in (Remove video); returns how many entries went. */
  withdraw(guildId: string, jobId: string): Promise<number> {
    return this.#entries.withdraw(guildId, jobId);
  }

  /** A press on `Vote`: adds the presser's vote, or removes it when it is there. */
  async vote(request: { guildId: string; number: number; jobId: string; memberId: string; joinedAt: number | undefined }): Promise<VoteResult> {
    const c = await this.#d.store.challenge(request.guildId, request.number);
    if (!c) throw new UserError(message('challenges.refusals.gone'));
    const now = this.#d.now();
    // Past the deadline voting is over, even if the close has not run yet.
    if (!isOpen(c, now)) throw new UserError(message('challenges.refusals.votingClosed', { number: c.number }));
    const entry = c.entries[request.jobId];
    if (!entry) throw new UserError(message('challenges.refusals.entryGone'));
    if (entry.memberId === request.memberId) throw new UserError(message('challenges.refusals.ownEntry'));
    if (c.voting === 'members-before-start' && (request.joinedAt === undefined || request.joinedAt > c.startedAt)) {
      throw new UserError(message('challenges.refusals.joinedAfter', { number: c.number }));
    }
    const result = await this.#d.store.updateVotes(voteKey(c.guildId, c.number, entry.jobId), (r): VoteResult => {
      if (r.closed || this.#d.now() >= c.endsAt) throw new UserError(message('challenges.refusals.votingClosed', { number: c.number }));
      let kind: VoteResult['kind'];
      if (r.voters[request.memberId] !== undefined) {
        delete r.voters[request.memberId];
        kind = 'removed';
      } else {
        r.voters[request.memberId] = now;
        kind = 'counted';
      }
      return { kind, votes: Object.keys(r.voters).length };
    });
    this.#labels.touch(c, entry.jobId);
    return result;
  }

  /** `/challenge end` and `cancel`: closes now, on the same path as the deadline. */
  async finish(c: Challenge, how: 'end' | 'cancel'): Promise<Challenge> {
    const refusal = { cancelled: 'alreadyCancelled', closed: 'alreadyEnded', closing: 'closingNow', starting: 'stillStarting', open: undefined } as const;
    const refused = refusal[c.state];
    if (refused) throw new UserError(message(`challenges.refusals.${refused}`, { number: c.number }));
    const key = challengeKey(c.guildId, c.number);
    const { scheduler } = this.#d;
    // Due now in the store (this process closes it right here): if the bot stops part-way, the next
    // start finishes the close at once rather than at the deadline.
    await scheduler.persist(CHALLENGE_CLOSE_KIND, key, this.#d.now(), { guildId: c.guildId });
    const claimed = await this.#d.store.updateChallenge(c.guildId, c.number, (s) => {
      if (s.state !== 'open') return false;
      s.state = 'closing';
      s.endedBy = how;
      s.closedAt = this.#d.now();
      return true;
    });
    if (!claimed) throw new UserError(message('challenges.refusals.alreadyClosing', { number: c.number }));
    try {
      const closed = await this.#closer.close(c.guildId, c.number, how);
      await scheduler.remove(CHALLENGE_CLOSE_KIND, key);
      return closed ?? c;
    } catch (error) {
      // Part-way (Discord down): the scheduler finishes it a minute from now.
      scheduler.wake(CHALLENGE_CLOSE_KIND, key, this.#d.now() + RETRY_CLOSE_MS);
      throw error;
    }
  }

  /** The scheduler's handler for `challenge-close` entries. */
  async runClose(key: string): Promise<Outcome> {
    if (isStartKey(key)) return this.#starter.resume(key.slice(0, key.indexOf(':')), key);
    const { guildId, number } = parseChallengeKey(key);
    const c = await this.#d.store.challenge(guildId, number);
    if (!c || c.state === 'closed' || c.state === 'cancelled') return 'done';
    // Its start entry finishes or gives up the start; the close has nothing to do before that.
    if (c.state === 'starting') return { at: this.#d.now() + RETRY_CLOSE_MS, meta: { guildId: c.guildId } };
    if (c.state === 'open' && c.endsAt > this.#d.now()) return { at: c.endsAt, meta: { guildId: c.guildId } };
    await this.#closer.close(guildId, number, 'deadline');
    return 'done';
  }

  /** The open challenge whose budget pays for `/sora` in this channel, if any. */
  async payer(guildId: string, channelId: string): Promise<{ key: string; number: number } | undefined> {
    const book = await this.#d.store.book(guildId);
    const c = Object.values(book.challenges)
      .filter((x) => isOpen(x, this.#d.now()) && x.channelId === channelId && x.budget > 0)
      .sort((a, b) => a.number - b.number)[0];
    return c ? { key: budgetKeyOf(c), number: c.number } : undefined;
  }

  /** Adds `Submit to challenge` to a member's delivered video while a challenge is open, and remembers the video. */
  resultButtons(): ResultButtonSource {
    return {
      buttons: async (job: Job): Promise<APIButtonComponent[]> => {
        if (job.state !== 'delivered') return [];
        await this.#d.store.rememberDelivered(job.guildId, job.memberId, job.id);
        const book = await this.#d.store.book(job.guildId);
        const open = Object.values(book.challenges).some((c) => isOpen(c, this.#d.now()) && c.startedAt <= job.createdAt);
        // Public, on the video's own reply: the video's language.
        const label = translator(job.locale ?? SOURCE_LOCALE)('challenges.posts.submitButton');
        return open ? [{ type: 2, style: 2, label, custom_id: submitCustomId(job.id) }] : [];
      },
    };
  }

  /** Writes pending vote labels; the scheduler stops before this. */
  async stop(): Promise<void> {
    await this.#labels.stop();
  }
}
