import { ChatInputCommandInteraction, type Client, type Interaction } from 'discord.js';
import { UserError } from '../errors/index.ts';

/**
 * The acknowledgement a warm-up interaction stops at: nothing after it runs. A member-facing error,
 * so the dispatcher answers it (which stops too) instead of logging a fault.
 */
const STOP = new UserError('warm-up: stops before acknowledging');

/** The made-up server the warm-up's interactions come from (no real server has this id). */
const WARM_UP_GUILD = '0';

/**
 * A member's `/sora` as Discord sends it, from the made-up server WARM_UP_GUILD, for the warm-up. Built
 * through discord.js's own class, so its option handling is warmed too.
 */
function madeUp(client: Client, i: number): ChatInputCommandInteraction {
  const user = { id: '0', username: 'warm-up', discriminator: '0', global_name: null, avatar: null };
  const raw = {
    id: String(i + 1),
    application_id: '0',
    type: 2,
    token: 'warm-up',
    version: 1,
    guild_id: WARM_UP_GUILD,
    channel_id: '0',
    channel: { id: '0', type: 0, guild_id: WARM_UP_GUILD, name: 'warm-up' },
    member: { user, roles: [], permissions: '0', joined_at: '2026-01-01T00:00:00.000000+00:00', deaf: false, mute: false, flags: 0 },
    app_permissions: '0',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': WARM_UP_GUILD },
    context: 0,
    attachment_size_limit: 10_485_760,
    data: { id: '0', name: 'sora', type: 1, options: [{ name: 'prompt', type: 3, value: `a paper boat on a rain-soaked street, shot ${i}, slow dolly-in` }] },
  };
  const interaction = new (ChatInputCommandInteraction as unknown as new (client: Client, data: unknown) => ChatInputCommandInteraction)(client, raw);
  // Nothing reaches Discord: the handler stops where it would acknowledge.
  interaction.deferReply = (() => Promise.reject(STOP)) as never;
  interaction.reply = (() => Promise.reject(STOP)) as never;
  interaction.followUp = (() => Promise.reject(STOP)) as never;
  return interaction;
}

/**
 * Runs `/sora` through the dispatcher (its gates and handler, and the dispatcher's own answer to the
 * stop) `rounds` times on made-up interactions, before the gateway connects: what the first
 * members' commands after a start run is then code V8 has compiled and optimised (README,
 * Performance, measure 1). `dispatch` is the same dispatcher the gateway's interactions go to, made
 * for the warm-up with the bot accepting commands. Nothing is held, stored or sent: every step
 * before the acknowledgement only reads memory, and the acknowledgement itself stops the run.
 */
export async function warmUp(deps: { client: Client; dispatch: (interaction: Interaction) => Promise<void>; rounds: number }): Promise<void> {
  const { client, dispatch, rounds } = deps;
  // A server of the bot's as the gateway's interactions come from one: discord.js then builds the
  // same shapes (a GuildMember, the server's object) and V8 optimises the code for those, not for a
  // server it does not know (that code was deoptimised by the first real burst). Gone afterwards.
  const known = client.guilds.cache.has(WARM_UP_GUILD);
  if (!known) (client.guilds as unknown as { _add(data: unknown): unknown })._add({ id: WARM_UP_GUILD, name: 'warm-up', unavailable: false, roles: [], channels: [], members: [], emojis: [], stickers: [], features: [], owner_id: '0' });
  try {
    for (let i = 0; i < rounds; i++) await dispatch(madeUp(client, i)).catch(() => undefined);
  } finally {
    if (!known) client.guilds.cache.delete(WARM_UP_GUILD);
  }
}
