import { RESTEvents } from '@discordjs/rest';
import { Client, Events } from 'discord.js';
import { buildCommands } from '../commands/index.ts';
import { challengeComponent } from '../components/challenge.ts';
import { buildComponents } from '../components/index.ts';
import { jobsPagesComponent } from '../components/jobsPages.ts';
import { moderationComponent } from '../components/moderation.ts';
import { operatorPagesComponent } from '../components/operatorPages.ts';
import { operatorCommand } from '../commands/operator.ts';
import { resultComponent } from '../components/result.ts';
import { interactionCreateHandler } from '../events/interactionCreate.ts';
import type { InteractionContext } from '../interactions/context.ts';
import type { Gate } from '../interactions/gates.ts';
import { blockedGate, channelGate } from '../interactions/moderationGates.ts';
import { serverGate } from '../interactions/serverGate.ts';
import type { Challenges } from '../services/challenges/service.ts';
import type { Base } from './base.ts';
import { discordClientOptions, dropUnreadGuildData } from './discordClient.ts';
import { warmUp } from './warmUp.ts';
import type { DiscordRestArea } from './discordRest.ts';
import type { JobRecordsArea } from './jobRecords.ts';
import type { JobsArea } from './jobs.ts';
import type { LanguagesArea } from './languages.ts';
import type { ModelsArea } from './models.ts';
import type { ModerationArea } from './moderation.ts';
import type { OperatorsArea } from './operators.ts';

/** How often each command's warm-up runs before the gateway connects (a few ms in all). */
const WARM_UP_ROUNDS = 300;

export interface InteractionsArea {
  client: Client;
  /** True from ready until stop: before and after, members are told the bot is restarting. */
  accepting: boolean;
  /** Logs in and waits for READY. */
  login(): Promise<void>;
  /** Waits for interactions still being handled. */
  settle(): Promise<void>;
}

/** The gateway client, the one dispatcher and what every command and component is handed. */
export function wireInteractions(
  base: Base,
  parts: {
    models: ModelsArea;
    languages: LanguagesArea;
    jobs: JobsArea;
    records: JobRecordsArea;
    challenges: Challenges;
    discord: DiscordRestArea;
    moderation?: ModerationArea;
    operators: OperatorsArea;
  },
): InteractionsArea {
  const { config, logger, ledger, registry, metrics, now } = base;
  const { models, languages, jobs, records, challenges, discord, operators } = parts;
  // Intents, shards and caches sized to what the bot reads: discordClient.ts.
  const client = new Client(discordClientOptions(config, discord.agent));
  dropUnreadGuildData(client);
  const inFlight = new Set<Promise<unknown>>();
  const area: InteractionsArea = {
    client,
    accepting: false,
    async login() {
      // The commands' work before their acknowledgement, a few hundred times on made-up input, so
      // the first burst after a start does not wait for V8 to compile and optimise it.
      await warmUp({ client, dispatch: interactionCreateHandler(commands, context, () => true, components, gates), rounds: WARM_UP_ROUNDS });
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.DISCORD_TOKEN);
      await ready;
    },
    async settle() {
      await Promise.allSettled([...inFlight]);
    },
  };
  const context: InteractionContext = {
    jobs: jobs.jobs,
    challenges,
    history: records.history,
    cancel: jobs.cancel,
    copies: discord.copies,
    ledger,
    rest: discord.rest,
    registry,
    logger,
    get defaultModel() {
      return models.defaultModel();
    },
    models: models.models,
    serverModels: models.serverModels,
    languages: languages.languages,
    acknowledgements: base.acknowledgements,
    metrics,
    now,
    track(work) {
      const tracked = work.catch((error: unknown) => logger.error({ err: error }, 'background job step failed')).finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
    },
    ...(parts.moderation ? { moderation: parts.moderation.tools } : {}),
    creditAccess: operators.access,
    operatorDesk: operators.desk,
  };
  const commands = buildCommands(registry, models.models);
  const components = buildComponents([resultComponent(registry), jobsPagesComponent, challengeComponent, moderationComponent, operatorPagesComponent]);
  // `/operator` exists only where deploy-commands registers it: OPERATOR_GUILD_ID.
  if (config.OPERATOR_GUILD_ID !== undefined) commands.set(operatorCommand.data.name, operatorCommand);
  // Checks every command and button passes first, in order: the server is served, the member is not
  // blocked, the channel is allowed.
  const gates: Gate[] = [serverGate((guildId) => operators.allowed.allows(guildId)), blockedGate, channelGate];
  const onInteraction = interactionCreateHandler(commands, context, () => area.accepting, components, gates);
  client.on(Events.InteractionCreate, (interaction) => context.track(onInteraction(interaction)));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'Discord client error'));
  client.on(Events.ShardDisconnect, (_event, shardId) => logger.warn({ shardId }, 'gateway disconnected; discord.js reconnects'));
  client.rest.on(RESTEvents.Response, discord.countErrors);
  parts.moderation?.watch(client);
  // Added to a server (GUILD_CREATE after READY): left at once if it is not on ALLOWED_GUILDS (LEAVE_OTHER_GUILDS).
  client.on(Events.GuildCreate, (guild) => context.track(operators.allowed.joined(guild.id, guild.name)));
  return area;
}
