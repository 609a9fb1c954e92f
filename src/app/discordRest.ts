import { REST, RESTEvents } from '@discordjs/rest';
import { Agent } from 'undici';
import { ResultCopies } from '../services/delivery/copy.ts';
import { Delivery } from '../services/delivery/routes.ts';
import type { Base } from './base.ts';
import type { KieArea } from './kie.ts';

export interface DiscordRestArea {
  rest: REST;
  /** The connections to Discord's HTTP API, shared by this REST client and the gateway client's. */
  agent: Agent;
  delivery: Delivery;
  /** Fresh copies of delivered videos for `/jobs show`. */
  copies: ResultCopies;
  /** Counts Discord's error answers for /metrics (the gateway client's REST reports here too). */
  countErrors(_request: unknown, response: { status: number }): void;
  /** Closes the connections (at stop, once nothing sends any more). */
  close(): Promise<void>;
}

/** Discord over REST with the bot token: what services send (no gateway needed). */
export function wireDiscordRest(base: Base, kie: KieArea): DiscordRestArea {
  const { config, logger, now, metrics } = base;
  // The connections both REST clients send through: an Agent of the undici that @discordjs/rest is
  // built on, not the process's global dispatcher. That global is whichever undici installs it first,
  // and in this ES module process it is Node's own (reading `node:http`'s exports loads it), a newer
  // undici that costs more per request: about 7 ms more CPU in a burst of 200 defers (README,
  // Performance, measure 1).
  const agent = new Agent();
  const rest = new REST({ api: config.DISCORD_API_URL, agent }).setToken(config.DISCORD_TOKEN);
  const countErrors = (_request: unknown, response: { status: number }) => {
    if (response.status >= 400) metrics?.discordRestError(response.status);
  };
  rest.on(RESTEvents.Response, countErrors);
  return {
    rest,
    agent,
    delivery: new Delivery({ rest, logger, now }),
    copies: new ResultCopies({ rest, freshUrl: (url) => kie.port.getDownloadUrl(url), logger }),
    countErrors,
    close: () => agent.destroy(),
  };
}
