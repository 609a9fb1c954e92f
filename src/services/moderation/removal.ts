import type { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { UserError } from '../../errors/index.ts';
import { message } from '../../i18n/index.ts';
import type { Logger } from '../../logger.ts';
import type { Job } from '../jobs/job.ts';

export interface RemovalDeps {
  rest: REST;
  jobs: { get(id: string): Promise<Job | undefined>; markDeleted(id: string): Promise<void> };
  /** Takes the video out of every challenge it was entered in, deleting the entry messages; returns how many. */
  withdraw(guildId: string, jobId: string): Promise<number>;
  logger: Logger;
}

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
};

/**
 * Remove video (from the review log): the public result (or failure notice) goes, and so does every
 * challenge entry of that video. Nothing is refunded: the video was made. Safe to press again.
 */
export class VideoRemoval {
  readonly #d: RemovalDeps;

  constructor(deps: RemovalDeps) {
    this.#d = deps;
  }

  async remove(guildId: string, jobId: string, by: string): Promise<{ job: Job; entries: number }> {
    const job = await this.#d.jobs.get(jobId);
    if (!job || job.guildId !== guildId) throw new UserError(message('moderation.reviewLog.button.gone'));
    if (job.replyMessageId && job.resultDeletedAt === undefined) {
      try {
        await this.#d.rest.delete(Routes.channelMessage(job.channelId, job.replyMessageId));
      } catch (error) {
        const status = statusOf(error);
        // Already deleted in Discord: nothing left to remove there.
        if (status !== 404) {
          this.#d.logger.warn({ jobId, guildId, status }, 'could not delete a result for Remove video');
          throw new UserError(status === 403 ? message('moderation.reviewLog.button.noAccess', { channelId: job.channelId }) : message('moderation.reviewLog.button.noAnswer'));
        }
      }
      await this.#d.jobs.markDeleted(job.id);
    }
    const entries = await this.#d.withdraw(guildId, job.id);
    this.#d.logger.info({ jobId, guildId, by, entries }, 'video removed from the review log');
    return { job, entries };
  }
}
