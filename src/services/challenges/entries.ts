import type { RawFile } from '@discordjs/rest';
import { UserError } from '../../errors/index.ts';
import { message } from '../../i18n/index.ts';
import type { Logger } from '../../logger.ts';
import type { Job } from '../jobs/job.ts';
import type { ChallengeDiscordPort } from './discord.ts';
import { ChallengeDiscordError } from './discord.ts';
import { entryMessage, ts, voteRow } from './messages.ts';
import type { ChallengeStore } from './store.ts';
import { isOpen, type Challenge, type ChallengeEntry } from './types.ts';
import { fetchEntryVideo, type VideoDeps } from './video.ts';

export interface EntryDeps {
  store: ChallengeStore;
  /** `byShortId`: the short id shown in a video's footer, within a server. */
  jobs: { get(id: string): Promise<Job | undefined>; byShortId?(guildId: string, typed: string): Promise<Job | undefined> };
  discord: ChallengeDiscordPort;
  freshUrl: (url: string) => Promise<string>;
  /** Tests hand in a stand-in; the real download otherwise. */
  download?: VideoDeps['download'];
  logger: Logger;
  now: () => number;
}

/**
 * Entering a video: every rule is checked and the entry reserved in one serialized write of the
 * guild's challenges (keyed by (challenge, job), so neither a repeat nor a concurrent submit can
 * enter a video twice or pass `max_entries`), then the entry is posted in the challenge's channel.
 */
export class Entries {
  readonly #d: EntryDeps;
  /** Entries being posted by this process; one without a message that is not here was cut short by a crash. */
  readonly #posting = new Set<string>();

  constructor(deps: EntryDeps) {
    this.#d = deps;
  }

  async submit(
    request: { guildId: string; memberId: string; challenge?: string | undefined; video?: string | undefined },
    resolve: (ref: string | undefined) => Promise<Challenge>,
  ): Promise<{ challenge: Challenge; entry: ChallengeEntry }> {
    const target = await resolve(request.challenge);
    refuseClosed(target, this.#d.now());
    const job = await this.#pickVideo(request, target);
    checkVideo(job, request, target);

    const now = this.#d.now();
    const reserved = await this.#d.store.updateChallenge(target.guildId, target.number, (c) => {
      refuseClosed(c, now);
      const live = (e: ChallengeEntry) => e.messageId !== undefined || this.#posting.has(postingKey(c, e.jobId));
      const existing = c.entries[job.id];
      if (existing && live(existing)) throw new UserError(message('challenges.refusals.entry.already', { number: c.number }));
      const mine = Object.values(c.entries).filter((e) => e.memberId === request.memberId && e.jobId !== job.id && live(e)).length;
      if (mine >= c.maxEntries) throw new UserError(message('challenges.refusals.entry.tooMany', { count: mine, number: c.number }));
      // A reservation left by a crash before its post is replaced: it was never shown to anyone.
      const entry: ChallengeEntry = { jobId: job.id, memberId: request.memberId, seq: ++c.lastSeq, at: now };
      c.entries[job.id] = entry;
      this.#posting.add(postingKey(c, job.id));
      return { challenge: structuredClone(c), entry };
    });
    if (!reserved) throw new UserError(message('challenges.refusals.entry.challengeGone', { number: target.number }));
    const { challenge, entry } = reserved;

    try {
      entry.messageId = await this.#post(challenge, entry, job);
    } catch (error) {
      this.#posting.delete(postingKey(challenge, job.id));
      await this.#d.store.updateChallenge(challenge.guildId, challenge.number, (c) => {
        delete c.entries[job.id];
      });
      if (error instanceof UserError) throw error;
      this.#d.logger.warn({ guildId: challenge.guildId, number: challenge.number, err: error instanceof Error ? error.message : 'unknown' }, 'could not post a challenge entry');
      throw new UserError(message('challenges.refusals.entry.notPosted', { channelId: challenge.channelId }));
    }
    const state = await this.#d.store
      .updateChallenge(challenge.guildId, challenge.number, (c) => {
        const stored = c.entries[job.id];
        if (stored && entry.messageId) stored.messageId = entry.messageId;
        return c.state;
      })
      .finally(() => this.#posting.delete(postingKey(challenge, job.id)));
    // Closed while the entry was being posted: its button must not look open (votes are refused anyway).
    if (state !== 'open' && entry.messageId) {
      await this.#d.discord.edit(challenge.channelId, entry.messageId, { components: voteRow(challenge, job.id, 0, true) }).catch(() => undefined);
    }
    this.#d.logger.info({ guildId: challenge.guildId, number: challenge.number, jobId: job.id, memberId: request.memberId }, 'challenge entry posted');
    return { challenge, entry };
  }

  /**
   * Takes a video out of every challenge it was entered in (Remove video in the review log): the
   * entry's message goes first, then the entry, so a retry after a failure finds what is left.
   */
  async withdraw(guildId: string, jobId: string): Promise<number> {
    const book = await this.#d.store.book(guildId);
    let withdrawn = 0;
    for (const c of Object.values(book.challenges)) {
      const entry = c.entries[jobId];
      if (!entry) continue;
      if (entry.messageId) await this.#d.discord.remove(c.channelId, entry.messageId);
      await this.#d.store.updateChallenge(guildId, c.number, (s) => {
        delete s.entries[jobId];
      });
      withdrawn++;
      this.#d.logger.info({ guildId, number: c.number, jobId }, 'challenge entry withdrawn');
    }
    return withdrawn;
  }

  /** The named video, or the member's latest delivered one made since the start and not yet entered. */
  async #pickVideo(request: { guildId: string; memberId: string; video?: string | undefined }, c: Challenge): Promise<Job> {
    if (request.video !== undefined && request.video.trim() !== '') {
      const id = request.video.trim();
      const job = /^[a-z0-9]{6,16}$/i.test(id) ? ((await this.#d.jobs.get(id)) ?? (await this.#d.jobs.byShortId?.(request.guildId, id))) : undefined;
      if (!job || job.guildId !== request.guildId) throw new UserError(message('challenges.refusals.entry.noSuchVideo', { id: id.slice(0, 20).replace(/`/g, "'") }));
      return job;
    }
    const ids = await this.#d.store.delivered(request.guildId, request.memberId);
    let latest: Job | undefined;
    for (const id of [...ids].reverse()) {
      const job = await this.#d.jobs.get(id);
      // A deleted video is never the default: its maker or a moderator took it down.
      if (!job || job.state !== 'delivered' || job.resultDeletedAt !== undefined) continue;
      latest ??= job;
      if (job.createdAt >= c.startedAt && !c.entries[job.id]) return job;
    }
    if (latest) return latest; // refused below, with the rule it breaks
    throw new UserError(message('challenges.refusals.entry.noVideo', { number: c.number }));
  }

  async #post(c: Challenge, entry: ChallengeEntry, job: Job): Promise<string> {
    const limit = c.attachmentSizeLimit;
    const video = await fetchEntryVideo(job, limit, this.#d);
    if (video.kind === 'none') throw new UserError(message('challenges.refusals.entry.expired'));
    if (video.kind === 'link') return (await this.#d.discord.post(c.channelId, entryMessage(c, entry, job, video.url))).id;
    const file: RawFile = { name: `challenge-${c.number}-${job.id}.mp4`, data: video.data, contentType: 'video/mp4' };
    try {
      return (await this.#d.discord.post(c.channelId, entryMessage(c, entry, job), [file])).id;
    } catch (error) {
      if (!(error instanceof ChallengeDiscordError && error.tooLarge) || !job.resultUrl) throw error;
      return (await this.#d.discord.post(c.channelId, entryMessage(c, entry, job, job.resultUrl))).id;
    }
  }
}

const postingKey = (c: Pick<Challenge, 'guildId' | 'number'>, jobId: string): string => `${c.guildId}:${c.number}:${jobId}`;

function refuseClosed(c: Challenge, now: number): void {
  if (c.state === 'cancelled') throw new UserError(message('challenges.refusals.entry.cancelled', { number: c.number }));
  // Past the deadline it takes no entries, even if the close has not run yet.
  if (!isOpen(c, now)) throw new UserError(message('challenges.refusals.entry.closed', { number: c.number }));
}

function checkVideo(job: Job, request: { guildId: string; memberId: string }, c: Challenge): void {
  if (job.memberId !== request.memberId) throw new UserError(message('challenges.refusals.entry.notOwn'));
  if (job.state === 'failed' || job.state === 'notifying') throw new UserError(message('challenges.refusals.entry.failed'));
  if (job.state !== 'delivered') throw new UserError(message('challenges.refusals.entry.notFinished'));
  if (job.resultDeletedAt !== undefined) throw new UserError(message('challenges.refusals.entry.deleted'));
  if (job.createdAt < c.startedAt) throw new UserError(message('challenges.refusals.entry.madeBefore', { number: c.number, when: ts(c.startedAt, 'f') }));
}
