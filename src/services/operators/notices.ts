import type { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import type { Logger } from '../../logger.ts';

/**
 * Tells the bot's operators something about the Kie account: in OPERATOR_CHANNEL_ID when it is set,
 * else by direct message to each operator. Best effort: an operator whose DMs are closed is logged
 * and skipped, never retried in a loop.
 */
export class OperatorNotices {
  readonly #rest: Pick<REST, 'post'>;
  readonly #channelId: string | undefined;
  readonly #operators: () => string[];
  readonly #log: Logger;

  constructor(options: { rest: Pick<REST, 'post'>; channelId?: string | undefined; operators: () => string[]; logger: Logger }) {
    this.#rest = options.rest;
    this.#channelId = options.channelId;
    this.#operators = options.operators;
    this.#log = options.logger;
  }

  /** Sends `content`; returns how many messages were delivered. */
  async tell(content: string, what: string): Promise<number> {
    const body = { content: content.slice(0, 2000), allowed_mentions: { parse: [] } };
    if (this.#channelId !== undefined) {
      try {
        await this.#rest.post(Routes.channelMessages(this.#channelId), { body });
        this.#log.info({ what, channelId: this.#channelId }, 'operators told in OPERATOR_CHANNEL_ID');
        return 1;
      } catch (error) {
        this.#log.warn({ err: error, what, channelId: this.#channelId }, 'could not post in OPERATOR_CHANNEL_ID');
        return 0;
      }
    }
    const ids = this.#operators();
    if (ids.length === 0) this.#log.warn({ what }, 'no operator to tell: the application’s owner could not be read and OPERATOR_IDS is empty');
    let told = 0;
    for (const id of ids) {
      try {
        const channel = (await this.#rest.post(Routes.userChannels(), { body: { recipient_id: id } })) as { id: string };
        await this.#rest.post(Routes.channelMessages(channel.id), { body });
        told += 1;
      } catch (error) {
        this.#log.warn({ err: error, what, userId: id }, 'could not send an operator a direct message');
      }
    }
    this.#log.info({ what, told, of: ids.length }, 'operators told by direct message');
    return told;
  }
}
