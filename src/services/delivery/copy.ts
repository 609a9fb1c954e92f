import type { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import type { Logger } from '../../logger.ts';
import type { Job } from '../jobs/job.ts';
import { downloadResult, type Download } from './download.ts';

/** A delivered video brought back for `/jobs show`. */
export type Copy =
  | { kind: 'file'; data: Buffer; from: 'discord' | 'kie' }
  /** Too large for the asker's upload limit: a link to it instead. */
  | { kind: 'link'; url: string; bytes: number | undefined }
  /** Neither Discord nor Kie has it any more. */
  | { kind: 'gone' };

export interface CopyOptions {
  rest: REST;
  /** Asks Kie for a fresh link to an expired result URL. */
  freshUrl: (url: string) => Promise<string>;
  logger: Logger;
  download?: (url: string, maxBytes: number) => Promise<Download>;
}

/**
 * Fetches a fresh copy of a delivered video: the file attached to its result message on Discord
 * first (ours, and it does not expire while the message exists), then Kie's result URL, then a
 * fresh Kie download link for it (Kie's first URLs expire within a day or so).
 */
export class ResultCopies {
  readonly #o: CopyOptions;
  readonly #download: (url: string, maxBytes: number) => Promise<Download>;

  constructor(options: CopyOptions) {
    this.#o = options;
    this.#download = options.download ?? downloadResult;
  }

  async fetch(job: Job, maxBytes: number): Promise<Copy> {
    const fromDiscord = await this.#fromDiscord(job, maxBytes);
    if (fromDiscord) return fromDiscord;
    if (!job.resultUrl) return { kind: 'gone' };
    let url = job.resultUrl;
    let download = await this.#download(url, maxBytes);
    if (download.kind === 'gone' || download.kind === 'error') {
      try {
        url = await this.#o.freshUrl(job.resultUrl);
        download = await this.#download(url, maxBytes);
      } catch (error) {
        this.#o.logger.info({ jobId: job.id, err: error instanceof Error ? error.name : 'unknown' }, 'no fresh Kie link for an old result');
        return { kind: 'gone' };
      }
    }
    switch (download.kind) {
      case 'file':
        return { kind: 'file', data: download.data, from: 'kie' };
      case 'too-large':
        return { kind: 'link', url, bytes: download.bytes };
      default:
        return { kind: 'gone' };
    }
  }

  async #fromDiscord(job: Job, maxBytes: number): Promise<Copy | undefined> {
    if (job.deliveredAs !== 'attachment' || !job.replyMessageId || job.resultDeletedAt !== undefined) return undefined;
    try {
      const message = (await this.#o.rest.get(Routes.channelMessage(job.channelId, job.replyMessageId))) as { attachments?: Array<{ url: string; filename: string; size?: number }> };
      const video = message.attachments?.find((a) => a.filename.endsWith('.mp4'));
      if (!video) return undefined;
      if (video.size !== undefined && video.size > maxBytes) return { kind: 'link', url: video.url, bytes: video.size };
      const download = await this.#download(video.url, maxBytes);
      if (download.kind === 'file') return { kind: 'file', data: download.data, from: 'discord' };
      if (download.kind === 'too-large') return { kind: 'link', url: video.url, bytes: download.bytes };
    } catch (error) {
      // Deleted, or out of the bot's reach: Kie may still have it.
      this.#o.logger.debug({ jobId: job.id, err: error instanceof Error ? error.name : 'unknown' }, 'result message not readable');
    }
    return undefined;
  }
}
