import { Events, GatewayIntentBits, Options, type CacheFactory, type Client, type ClientOptions } from 'discord.js';
import type { Agent } from 'undici';
import { clientShardOptions } from '../services/sharding/layout.ts';

/**
 * What the gateway client keeps of each server: only the servers themselves and the bot's own member
 * in each. A default client keeps every channel (with its permission overwrites), role, emoji,
 * sticker, thread and member it is sent; at thousands of servers that is most of the process. The bot
 * reads none of it from the cache: members' roles and permissions arrive with each interaction (and a
 * named channel's with its resolved option), a challenge's roles, guild owner and member roles are read
 * through REST when needed (services/challenges/discord.ts), AutoMod rules through REST
 * (services/moderation/automod.ts, refreshed on the raw rule events), server names through REST
 * (services/operators/servers.ts). discord.js says limiting channels and roles "will break
 * functionality" (and warns once each at start; `npm start` hides that warning): what breaks is what
 * reads them from the cache (`interaction.channel`, `member.permissions`, `guild.roles.everyone`),
 * which the bot never uses. Permission overwrites live on channel objects, which are not kept.
 */
export const CACHE_LIMITS: Record<string, number | { maxSize: number; keepOverLimit: (value: { id: string; client: { user: { id: string } | null } }) => boolean }> = {
  ApplicationCommandManager: 0,
  ApplicationEmojiManager: 0,
  AutoModerationRuleManager: 0,
  BaseGuildEmojiManager: 0,
  ChannelManager: 0,
  DMMessageManager: 0,
  EntitlementManager: 0,
  GuildBanManager: 0,
  GuildChannelManager: 0,
  GuildEmojiManager: 0,
  GuildForumThreadManager: 0,
  GuildInviteManager: 0,
  // The bot's own member in each server, which discord.js's own permission helpers start from.
  GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user?.id },
  GuildMessageManager: 0,
  GuildApplicationCommandManager: 0,
  GuildScheduledEventManager: 0,
  GuildSoundboardSoundManager: 0,
  GuildStickerManager: 0,
  GuildTextThreadManager: 0,
  MessageManager: 0,
  PartialGroupDMMessageManager: 0,
  PollAnswerVoterManager: 0,
  PresenceManager: 0,
  ReactionManager: 0,
  ReactionUserManager: 0,
  RoleManager: 0,
  StageInstanceManager: 0,
  SubscriptionManager: 0,
  ThreadManager: 0,
  ThreadMemberManager: 0,
  UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user?.id },
  VoiceStateManager: 0,
};

/** The cache factory: limited collections (size 0 unless kept) for every manager above, plain ones for the rest (guilds). */
export const makeCache: CacheFactory = Options.cacheWithLimits(CACHE_LIMITS as Parameters<typeof Options.cacheWithLimits>[0]);

/**
 * Requests per second the gateway client's REST may send. Its traffic is the interactions' own:
 * callbacks, and edits, follow-ups and deletions of their replies with the interaction's token, which
 * Discord exempts from the bot's global limit of 50 per second. @discordjs/rest would pace them at
 * 50/s all the same, so 200 "Queued" replies of one burst would trickle out over 4 s. What the bot
 * sends with its token goes through its other REST client (app/discordRest.ts), paced at 50/s;
 * test/structure.test.ts keeps bot code off this one.
 */
export const INTERACTION_REQUESTS_PER_SECOND = 10_000;

/**
 * The gateway client's options: intents (Guilds; AutoModerationConfiguration, not privileged, so a
 * server's reused AutoMod rules stay fresh), the REST base, pace and connections (`agent`, shared
 * with the services' REST: app/discordRest.ts), the shards this process holds, and the caches.
 * Nothing is kept that could age, so no sweepers are needed (the default thread sweeper goes too).
 */
export function discordClientOptions(config: Parameters<typeof clientShardOptions>[0] & { DISCORD_API_URL: string }, agent: Agent): ClientOptions {
  return {
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.AutoModerationConfiguration],
    rest: { api: config.DISCORD_API_URL, globalRequestsPerSecond: INTERACTION_REQUESTS_PER_SECOND, agent },
    makeCache,
    sweepers: {},
    ...clientShardOptions(config),
  };
}

/** What a server's GUILD_CREATE carries that the bot never reads, each emptied before discord.js builds objects of it. */
const UNREAD = ['channels', 'threads', 'roles', 'emojis', 'stickers', 'presences', 'voice_states', 'stage_instances', 'guild_scheduled_events', 'soundboard_sounds'] as const;

/**
 * Empties a GUILD_CREATE of what the caches above would drop anyway (keeping the bot's own member),
 * on discord.js's `raw` event, which it emits with the very packet it then handles: discord.js then
 * builds no channel, role or emoji object just to throw it away, which at thousands of servers is
 * most of the start-up's work and garbage.
 */
export function dropUnreadGuildData(client: Client): void {
  client.on(Events.Raw as never, (packet: { t?: unknown; d?: unknown }) => {
    if (packet.t !== 'GUILD_CREATE' || typeof packet.d !== 'object' || packet.d === null) return;
    const guild = packet.d as Record<string, unknown>;
    for (const key of UNREAD) if (Array.isArray(guild[key])) guild[key] = [];
    const own = client.user?.id;
    if (Array.isArray(guild.members)) guild.members = guild.members.filter((m: { user?: { id?: unknown } }) => m.user?.id === own);
  });
}
