import type { RawFile } from '@discordjs/rest';
import type { Logger } from '../../logger.ts';
import type { Job } from '../jobs/job.ts';
import type { MessageBody } from '../jobs/statusView.ts';
import { downloadResult, type Download } from './download.ts';
import { DiscordUnavailableError, TooLargeError, UnreachableError, type Delivery } from './routes.ts';

/** Shown instead of the file when it cannot be attached. */
export interface LinkInfo {
  url: string;
  bytes: number | undefined;
  limit: number;
  /** Discord refused the file although it looked small enough. */
  refused?: boolean;
}

export type SendOutcome =
  | { kind: 'delivered'; as: 'attachment' | 'link'; tokenDead: boolean; newReplyMessageId: string | undefined }
  /** Discord or the download had a passing fault: try again later, the result URL stays valid for hours. */
  | { kind: 'retry'; why: string }
  /** Kie's file is gone, even through a fresh link. */
  | { kind: 'gone' }
  /** No route reaches the member (channel closed to the bot, DMs closed). */
  | { kind: 'unreachable' };

export interface ResultSenderOptions {
  delivery: Delivery;
  /** Asks Kie for a fresh link to an expired result URL. */
  freshUrl: (url: string) => Promise<string>;
  logger: Logger;
  download?: (url: string, maxBytes: number) => Promise<Download>;
}

/**
 * Gets a finished video to the member: downloads it at once (Kie's links expire; an expired one is
 * swapped for a fresh link), attaches it when it fits the channel's upload limit, links it otherwise.
 */
export class ResultSender {
  readonly #o: ResultSenderOptions;
  readonly #download: (url: string, maxBytes: number) => Promise<Download>;

  constructor(options: ResultSenderOptions) {
    this.#o = options;
    this.#download = options.download ?? downloadResult;
  }

  /** `compose` words the message: with no link, the file is attached; with a link, it is shown instead. */
  async send(job: Job, resultUrl: string, compose: (link?: LinkInfo) => MessageBody): Promise<SendOutcome> {
    let download = await this.#download(resultUrl, job.attachmentSizeLimit);
    let linkUrl = resultUrl;
    if (download.kind === 'gone') {
      try {
        linkUrl = await this.#o.freshUrl(resultUrl);
        download = await this.#download(linkUrl, job.attachmentSizeLimit);
      } catch (error) {
        this.#o.logger.warn({ jobId: job.id, kind: errorKind(error) }, 'fresh download URL refused');
      }
    }
    try {
      switch (download.kind) {
        case 'file': {
          const file: RawFile = { name: `${job.familyId}-${job.id}.mp4`, data: download.data, contentType: 'video/mp4' };
          try {
            return delivered('attachment', await this.#o.delivery.edit(job, compose(), [file]));
          } catch (error) {
            if (!(error instanceof TooLargeError)) throw error;
          }
          const link = { url: linkUrl, bytes: download.data.length, limit: job.attachmentSizeLimit, refused: true };
          return delivered('link', await this.#o.delivery.edit(job, compose(link)));
        }
        case 'too-large':
          return delivered('link', await this.#o.delivery.edit(job, compose({ url: linkUrl, bytes: download.bytes, limit: job.attachmentSizeLimit })));
        case 'gone':
          return { kind: 'gone' };
        case 'error':
          return { kind: 'retry', why: `download: ${download.detail}` };
      }
    } catch (error) {
      if (error instanceof DiscordUnavailableError) return { kind: 'retry', why: error.message };
      if (error instanceof UnreachableError) return { kind: 'unreachable' };
      throw error;
    }
  }
}

function delivered(as: 'attachment' | 'link', outcome: { tokenDead: boolean; newReplyMessageId?: string }): SendOutcome {
  return { kind: 'delivered', as, tokenDead: outcome.tokenDead, newReplyMessageId: outcome.newReplyMessageId };
}

function errorKind(error: unknown): string {
  if (error instanceof Error && 'kind' in error && typeof error.kind === 'string') return error.kind;
  return 'unexpected';
}
