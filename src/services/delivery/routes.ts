import { createHash } from 'node:crypto';
import type { DiscordAPIError, HTTPError, REST, RawFile } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import type { Logger } from '../../logger.ts';
import type { Job } from '../jobs/job.ts';
import type { MessageBody } from '../jobs/statusView.ts';

/** What a job message is sent for: the job's reply, its channel and its member. */
export type ReplyTarget = Pick<Job, 'id' | 'guildId' | 'channelId' | 'memberId' | 'applicationId' | 'interactionToken' | 'tokenExpiresAt'> &
  Partial<Pick<Job, 'tokenDead' | 'replyMessageId'>>;

/** How a message finally reached the member. */
export type Route = 'interaction' | 'channel-edit' | 'channel-post' | 'dm';

export interface EditOutcome {
  route: Route;
  messageId: string;
  /** The interaction token was refused: use the bot token from now on. */
  tokenDead: boolean;
  /** The reply message was gone or unreachable and a new message holds the job now. */
  newReplyMessageId?: string;
}

/** Discord is down or throttling beyond REST's own retries: try again later, nothing is lost. */
export class DiscordUnavailableError extends Error {
  /** The interaction token was refused on the way: later edits should use the bot token. */
  tokenDead = false;
  constructor(detail: string) {
    super(`Discord did not accept the message (${detail})`);
    this.name = 'DiscordUnavailableError';
  }
}

/** No route reaches the member: the channel is gone or closed to the bot and DMs are closed. */
export class UnreachableError extends Error {
  tokenDead = false;
  constructor(detail: string) {
    super(`no way to reach the member (${detail})`);
    this.name = 'UnreachableError';
  }
}

/** The file is bigger than Discord accepts here (413 / 40005): deliver a link instead. */
export class TooLargeError extends Error {
  constructor() {
    super('Discord refused the file as too large');
    this.name = 'TooLargeError';
  }
}

const TOKEN_MARGIN_MS = 60_000;

// Duck-typed on purpose: discord.js loads the CommonJS build of @discordjs/rest, so its errors are
// not instances of the classes this ESM import sees.
const isDiscordApiError = (error: unknown): error is DiscordAPIError => error instanceof Error && error.name.startsWith('DiscordAPIError');
const isHttpError = (error: unknown): error is HTTPError => error instanceof Error && error.name === 'HTTPError';
const discordCode = (error: unknown): number | undefined => (isDiscordApiError(error) && typeof error.code === 'number' ? error.code : undefined);
const discordStatus = (error: unknown): number | undefined => (isDiscordApiError(error) || isHttpError(error) ? error.status : undefined);

/**
 * Sends job messages over REST only (no gateway), so it could run in another process. The
 * interaction token edits the reply for 15 minutes; after that, or when Discord refuses it, the
 * public reply is edited with the bot token, or a new message is posted, or the member gets a DM.
 * 401/403/404 are final for the path that got them: a retry loop on them would get the bot's IP
 * banned by Cloudflare.
 */
export class Delivery {
  readonly #rest: REST;
  readonly #log: Logger;
  readonly #now: () => number;

  constructor(options: { rest: REST; logger: Logger; now?: () => number }) {
    this.#rest = options.rest;
    this.#log = options.logger;
    this.#now = options.now ?? Date.now;
  }

  /**
   * Edits the job's reply (or its best replacement) to `body`, with optional files. `dm: false` is
   * for status lines: a DM cannot be edited later, so each status would be a new DM to the member.
   */
  async edit(job: ReplyTarget, body: MessageBody, files: RawFile[] = [], options: { dm?: boolean } = {}): Promise<EditOutcome> {
    const state = { tokenDead: job.tokenDead === true };
    try {
      return await this.#edit(job, body, files, options.dm ?? true, state);
    } catch (error) {
      if (error instanceof DiscordUnavailableError || error instanceof UnreachableError) error.tokenDead = state.tokenDead;
      throw error;
    }
  }

  async #edit(job: ReplyTarget, body: MessageBody, files: RawFile[], dm: boolean, state: { tokenDead: boolean }): Promise<EditOutcome> {
    const payload = withAttachments(body, files);
    let tokenDead = state.tokenDead;
    let replyGone = job.replyMessageId === undefined;

    if (!tokenDead && this.#now() < job.tokenExpiresAt - TOKEN_MARGIN_MS) {
      try {
        const message = (await this.#rest.patch(Routes.webhookMessage(job.applicationId, job.interactionToken, '@original'), {
          body: payload,
          files,
          auth: false,
        })) as { id: string };
        return { route: 'interaction', messageId: message.id, tokenDead: false };
      } catch (error) {
        this.#classify(error, job, 'interaction');
        if (discordCode(error) === 10008) replyGone = true;
        else tokenDead = state.tokenDead = true;
      }
    } else {
      tokenDead = state.tokenDead = true;
    }

    if (!replyGone && job.replyMessageId) {
      try {
        const message = (await this.#rest.patch(Routes.channelMessage(job.channelId, job.replyMessageId), { body: payload, files })) as { id: string };
        return { route: 'channel-edit', messageId: message.id, tokenDead };
      } catch (error) {
        this.#classify(error, job, 'channel-edit');
        // Deleted reply → post anew; no access → the member hears by DM.
        if (discordCode(error) !== 10008) return this.#dm(job, payload, files, tokenDead, error, dm);
      }
    }

    try {
      // The same message posted again after a crash (before its id was saved) is dropped by Discord.
      const message = (await this.#rest.post(Routes.channelMessages(job.channelId), { body: { ...payload, nonce: nonceOf(job.id, body), enforce_nonce: true }, files })) as { id: string };
      return { route: 'channel-post', messageId: message.id, tokenDead, newReplyMessageId: message.id };
    } catch (error) {
      this.#classify(error, job, 'channel-post');
      return this.#dm(job, payload, files, tokenDead, error, dm);
    }
  }

  async #dm(job: ReplyTarget, payload: object, files: RawFile[], tokenDead: boolean, cause: unknown, allowed: boolean): Promise<EditOutcome> {
    if (!allowed) throw new UnreachableError(`channel: ${describe(cause)}; DM: not used for this message`);
    try {
      const channel = (await this.#rest.post(Routes.userChannels(), { body: { recipient_id: job.memberId } })) as { id: string };
      const message = (await this.#rest.post(Routes.channelMessages(channel.id), { body: payload, files })) as { id: string };
      this.#log.warn({ jobId: job.id, guildId: job.guildId, code: discordCode(cause) }, 'channel unreachable; told the member by DM');
      return { route: 'dm', messageId: message.id, tokenDead };
    } catch (error) {
      this.#classify(error, job, 'dm');
      throw new UnreachableError(`channel: ${describe(cause)}; DM: ${describe(error)}`);
    }
  }

  /** Throws for faults that no other route can fix; returns for those another route may. */
  #classify(error: unknown, job: ReplyTarget, route: Route): void {
    const status = discordStatus(error);
    const code = discordCode(error);
    if (status === 413 || code === 40005) throw new TooLargeError();
    if (status === undefined || status >= 500 || status === 429) {
      this.#log.warn({ jobId: job.id, route, status, err: describe(error) }, 'Discord unavailable; will retry later');
      throw new DiscordUnavailableError(describe(error));
    }
    this.#log.info({ jobId: job.id, route, status, code }, 'Discord refused this route; trying the next');
  }
}

/** Discord's nonce (at most 25 characters): the job and what the message says. */
function nonceOf(jobId: string, body: MessageBody): string {
  return `${jobId}${createHash('sha1').update(JSON.stringify([body.content, body.embeds])).digest('base64url').slice(0, 12)}`.slice(0, 25);
}

function withAttachments(body: MessageBody, files: RawFile[]): object {
  if (files.length === 0) return { ...body, attachments: [] };
  return { ...body, attachments: files.map((f, i) => ({ id: i, filename: f.name })) };
}

/** Status and code only: a DiscordAPIError's URL carries the interaction token. */
function describe(error: unknown): string {
  if (isDiscordApiError(error)) return `${error.status} ${String(error.code)}`;
  if (isHttpError(error)) return `${error.status}`;
  if (error instanceof Error) return error.name;
  return 'unknown';
}
