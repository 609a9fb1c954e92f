import { REST, RESTEvents } from '@discordjs/rest';
import { ResultCopies } from '../services/delivery/copy.ts';
import { Delivery } from '../services/delivery/routes.ts';
import type { Base } from './base.ts';
import type { KieArea } from './kie.ts';

export interface DiscordRestArea {
  rest: REST;
  delivery: Delivery;
  /** Fresh copies of delivered videos for `/jobs show`. */
  copies: ResultCopies;
  /** Counts Discord's error answers for /metrics (the gateway client's REST reports here too). */
  countErrors(_request: unknown, response: { status: number }): void;
}

/** Discord over REST with the bot token: what services send (no gateway needed). */
export function wireDiscordRest(base: Base, kie: KieArea): DiscordRestArea {
  const { config, logger, now, metrics } = base;
  const rest = new REST({ api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
  const countErrors = (_request: unknown, response: { status: number }) => {
    if (response.status >= 400) metrics?.discordRestError(response.status);
  };
  rest.on(RESTEvents.Response, countErrors);
  return {
    rest,
    delivery: new Delivery({ rest, logger, now }),
    copies: new ResultCopies({ rest, freshUrl: (url) => kie.port.getDownloadUrl(url), logger }),
    countErrors,
  };
}
