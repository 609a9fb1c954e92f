import { DiscordAPIError, REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
// discord.js is CommonJS and loads @discordjs/rest's CJS build, so errors from the client's REST are
// instances of discord.js's DiscordAPIError, not of the ESM one imported from '@discordjs/rest'.
import { Client, DiscordAPIError as ClientDiscordAPIError, Events, GatewayIntentBits, MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_PERMISSIONS, FakeDiscord, MESSAGE_FLAGS, type RecordedRequest } from '../../sandbox/discord.ts';
import { fixture } from '../support/fixtures.ts';

const GUILD_ID = '1300000000000000001';
const CHANNEL_ID = '1300000000000000002';
const OWNER_ID = '1300000000000000003';
const MEMBER = { id: '1300000000000000004', username: 'alice' };

let fake: FakeDiscord;
let client: Client;
let readyAfterMs = Number.POSITIVE_INFINITY;

function nextInteraction(): Promise<ChatInputCommandInteraction> {
  return new Promise((resolve) => {
    const listener = (interaction: unknown): void => {
      const chatInput = interaction as ChatInputCommandInteraction;
      if (!chatInput.isChatInputCommand()) return;
      client.off(Events.InteractionCreate, listener);
      resolve(chatInput);
    };
    client.on(Events.InteractionCreate, listener);
  });
}

function botRest(): REST {
  return new REST({ api: fake.apiUrl }).setToken(fake.token);
}

function requestsTo(path: string): RecordedRequest[] {
  return fake.requests.filter((r) => r.kind === 'http' && r.path === path);
}

beforeAll(async () => {
  fake = await FakeDiscord.start({ guilds: [{ id: GUILD_ID, name: 'Test Server', channelIds: [CHANNEL_ID], ownerId: OWNER_ID }] });
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
  const startedAt = Date.now();
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(fake.token);
  await ready;
  readyAfterMs = Date.now() - startedAt;
  await fake.waitForIdentify();
});

afterAll(async () => {
  await client?.destroy();
  await fake?.close();
});

describe('FakeDiscord with the real discord.js client', () => {
  it('lets the client log in and become ready quickly, with the guild cached', async () => {
    expect(readyAfterMs).toBeLessThan(1000);
    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.application?.id).toBe(fake.applicationId);
    expect(client.guilds.cache.get(GUILD_ID)?.name).toBe('Test Server');
    expect(client.channels.cache.get(CHANNEL_ID)?.isTextBased()).toBe(true);

    const gatewayBot = requestsTo('/gateway/bot')[0];
    expect(gatewayBot?.headers.authorization).toBe(`Bot ${fake.token}`);
    expect(gatewayBot?.status).toBe(200);
    const identify = fake.gatewayMessages(2)[0];
    expect(identify?.json).toMatchObject({ op: 2, d: { token: fake.token, intents: GatewayIntentBits.Guilds } });
  });

  it('refuses a wrong token on GET /gateway/bot, so login fails', async () => {
    const intruder = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
    await expect(intruder.login('not-the-token.x.y')).rejects.toMatchObject({ code: 'TokenInvalid' });
    await intruder.destroy();
    const refused = requestsTo('/gateway/bot').find((r) => r.status === 401);
    expect(refused?.response).toEqual({ code: 0, message: '401: Unauthorized' });
  });

  it('delivers /sora with options and an attachment; defer then a multipart editReply are recorded with the bytes', async () => {
    const image = fixture('sample-image.png');
    const received = nextInteraction();
    const sent = await fake.sendCommand({
      name: 'sora',
      user: MEMBER,
      options: [
        { name: 'prompt', type: 3, value: 'a cat surfing' },
        { name: 'duration', type: 4, value: 15 },
      ],
      attachments: [{ name: 'image', filename: 'cat.png', contentType: 'image/png', data: image, width: 256, height: 256 }],
      attachmentSizeLimit: 25 * 1024 * 1024,
    });
    const interaction = await received;
    await interaction.deferReply();

    expect(interaction.id).toBe(sent.interactionId);
    expect(interaction.commandName).toBe('sora');
    expect(interaction.guildId).toBe(GUILD_ID);
    expect(interaction.channelId).toBe(CHANNEL_ID);
    expect(interaction.user.id).toBe(MEMBER.id);
    expect(interaction.memberPermissions?.has('ManageGuild')).toBe(false);
    expect(interaction.appPermissions.has('AttachFiles')).toBe(true);
    expect(interaction.options.getString('prompt', true)).toBe('a cat surfing');
    expect(interaction.options.getInteger('duration', true)).toBe(15);
    expect(interaction.attachmentSizeLimit).toBe(25 * 1024 * 1024);
    const attachment = interaction.options.getAttachment('image', true);
    expect(attachment).toMatchObject({ name: 'cat.png', size: image.length, contentType: 'image/png', width: 256, height: 256 });
    const downloaded = Buffer.from(await (await fetch(attachment.url)).arrayBuffer());
    expect(downloaded.equals(image)).toBe(true);

    const callback = requestsTo(`/interactions/${sent.interactionId}/${sent.token}/callback`);
    expect(callback).toHaveLength(1);
    expect(callback[0]?.json).toMatchObject({ type: 5 });
    expect(callback[0]?.status).toBe(204);
    expect(callback[0]?.headers.authorization).toBeUndefined();
    const state = fake.interaction(sent.interactionId);
    expect(state?.callbackType).toBe(5);
    expect((state?.acknowledgedAt ?? Infinity) - sent.dispatchedAt).toBeLessThan(1000);
    expect(fake.originalFor(sent.token)?.flags).toBe(MESSAGE_FLAGS.loading);

    const video = fixture('sample-portrait.mp4');
    const edited = await interaction.editReply({ content: 'Here is your video', files: [{ attachment: video, name: 'sora.mp4' }] });

    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${fake.applicationId}/${sent.token}/messages/@original`);
    expect(edit.status).toBe(200);
    expect(edit.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(edit.headers.authorization).toBeUndefined();
    expect(edit.files?.map((f) => [f.field, f.filename])).toEqual([['files[0]', 'sora.mp4']]);
    expect(edit.json).toMatchObject({ content: 'Here is your video', attachments: [{ id: '0' }] });

    const original = fake.originalFor(sent.token);
    expect(original?.id).toBe(edited.id);
    expect(original?.content).toBe('Here is your video');
    expect(original?.flags).toBe(0);
    expect(original?.type).toBe(20);
    expect(original?.attachments).toHaveLength(1);
    expect(original?.attachments[0]?.data.equals(video)).toBe(true);
    expect(fake.channelMessages(CHANNEL_ID).map((m) => m.id)).toContain(edited.id);

    const served = edited.attachments.first();
    expect(served?.size).toBe(video.length);
    const roundTrip = Buffer.from(await (await fetch(served?.url ?? '')).arrayBuffer());
    expect(roundTrip.equals(video)).toBe(true);
  });

  it('rejects editReply with 50027 once the token expired, while the bot token can still edit the public reply', async () => {
    const received = nextInteraction();
    const sent = await fake.sendCommand({ name: 'sora', options: [{ name: 'prompt', type: 3, value: 'x' }] });
    const interaction = await received;
    await interaction.deferReply();
    const queued = await interaction.editReply({ content: 'queued' });

    fake.expireToken(sent.token);
    const failure = await interaction.editReply({ content: 'done' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ClientDiscordAPIError);
    expect(failure).toMatchObject({ code: 50027, status: 401 });

    const rest = botRest();
    const patched = (await rest.patch(Routes.channelMessage(CHANNEL_ID, queued.id), { body: { content: 'done (bot token)' } })) as { id: string; content: string };
    expect(patched).toMatchObject({ id: queued.id, content: 'done (bot token)', channel_id: CHANNEL_ID });
    expect(fake.message(queued.id)?.content).toBe('done (bot token)');
    expect(fake.message(queued.id)?.editedAt).not.toBeNull();

    // The 401 came on an auth:false route, so the client's REST kept its token.
    const me = (await client.rest.get(Routes.user('@me'))) as { id: string };
    expect(me.id).toBe(fake.botUser.id);
  });

  it('answers 404/10008 for a message deleted in Discord', async () => {
    const rest = botRest();
    const posted = (await rest.post(Routes.channelMessages(CHANNEL_ID), { body: { content: 'progress' } })) as { id: string };
    fake.deleteMessage(CHANNEL_ID, posted.id);
    const failure = await rest.patch(Routes.channelMessage(CHANNEL_ID, posted.id), { body: { content: 'x' } }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DiscordAPIError);
    expect(failure).toMatchObject({ code: 10008, status: 404 });
    await expect(rest.post(Routes.channelMessages('1300000000000000999'), { body: { content: 'x' } })).rejects.toMatchObject({ code: 10003, status: 404 });
  });

  it('returns the earlier message for a repeated nonce with enforce_nonce, and posts anew without it', async () => {
    const rest = botRest();
    const first = (await rest.post(Routes.channelMessages(CHANNEL_ID), { body: { content: 'results', nonce: 'c1r5', enforce_nonce: true } })) as { id: string };
    const repeat = (await rest.post(Routes.channelMessages(CHANNEL_ID), { body: { content: 'results', nonce: 'c1r5', enforce_nonce: true } })) as { id: string };
    expect(repeat.id).toBe(first.id);
    const plain = (await rest.post(Routes.channelMessages(CHANNEL_ID), { body: { content: 'results', nonce: 'c1r5' } })) as { id: string };
    expect(plain.id).not.toBe(first.id);
    expect(fake.channelMessages(CHANNEL_ID).filter((m) => m.content === 'results')).toHaveLength(2);
  });

  it('posts a reply with message_reference and a file on the bot-token channel route', async () => {
    const rest = botRest();
    const parent = (await rest.post(Routes.channelMessages(CHANNEL_ID), { body: { content: 'parent' } })) as { id: string };
    const data = Buffer.from('not really a video');
    const reply = (await rest.post(Routes.channelMessages(CHANNEL_ID), {
      body: { content: 'result', message_reference: { message_id: parent.id }, allowed_mentions: { parse: [] }, attachments: [{ id: 0, filename: 'v.mp4' }] },
      files: [{ name: 'v.mp4', data, contentType: 'video/mp4' }],
    })) as { type: number; message_reference: { message_id: string }; attachments: Array<{ filename: string; size: number; content_type: string }> };
    expect(reply.type).toBe(19);
    expect(reply.message_reference.message_id).toBe(parent.id);
    expect(reply.attachments).toEqual([expect.objectContaining({ filename: 'v.mp4', size: data.length, content_type: 'video/mp4' })]);
    const stored = fake.channelMessages(CHANNEL_ID).at(-1);
    expect(stored?.attachments[0]?.data.equals(data)).toBe(true);
    expect(stored?.allowedMentions).toEqual({ parse: [] });
  });

  it('makes REST wait out a 429 and retry a 500, then succeed', async () => {
    const rest = botRest();
    fake.fail(
      { method: 'POST', path: /^\/channels\/\d+\/messages$/ },
      { status: 429, body: { message: 'You are being rate limited.', retry_after: 0.2, global: false }, headers: { 'Retry-After': '0.2' } },
    );
    const before = fake.requests.length;
    const startedAt = Date.now();
    await rest.post(Routes.channelMessages(CHANNEL_ID), { body: { content: 'after 429' } });
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(200);
    const statuses = fake.requests.slice(before).filter((r) => r.path === `/channels/${CHANNEL_ID}/messages`).map((r) => r.status);
    expect(statuses).toEqual([429, 200]);

    fake.fail({ path: /^\/channels\/\d+\/messages$/ }, { status: 500, body: { message: 'Internal Server Error', code: 0 } }, 2);
    const mark = fake.requests.length;
    await rest.post(Routes.channelMessages(CHANNEL_ID), { body: { content: 'after 500s' } });
    expect(fake.requests.slice(mark).map((r) => r.status)).toEqual([500, 500, 200]);
    expect(fake.channelMessages(CHANNEL_ID).at(-1)?.content).toBe('after 500s');
  });

  it('answers a second callback with 40060 and a late one with 10062', async () => {
    const received = nextInteraction();
    const sent = await fake.sendCommand({ name: 'balance' });
    const interaction = await received;
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    expect(fake.originalFor(sent.token)?.flags).toBe(MESSAGE_FLAGS.ephemeral | MESSAGE_FLAGS.loading);
    const again = client.rest.post(Routes.interactionCallback(sent.interactionId, sent.token), { auth: false, body: { type: 4, data: { content: 'twice' } } });
    await expect(again).rejects.toMatchObject({ code: 40060, status: 400, message: 'Interaction has already been acknowledged.' });

    fake.callbackWindowMs = 0;
    try {
      const late = nextInteraction();
      await fake.sendCommand({ name: 'balance' });
      const lateInteraction = await late;
      await new Promise((resolve) => setTimeout(resolve, 5));
      await expect(lateInteraction.deferReply()).rejects.toMatchObject({ code: 10062, status: 404 });
    } finally {
      fake.callbackWindowMs = 3000;
    }
  });

  it('returns the callback resource with ?with_response=true', async () => {
    const received = nextInteraction();
    const sent = await fake.sendCommand({ name: 'balance', memberPermissions: FAKE_PERMISSIONS.admin });
    const interaction = await received;
    expect(interaction.memberPermissions?.has('ManageGuild')).toBe(true);
    const response = await interaction.reply({ content: 'Balance: 10', withResponse: true });
    expect(response.resource?.message?.content).toBe('Balance: 10');
    expect(response.interaction.id).toBe(sent.interactionId);
    expect(fake.originalFor(sent.token)?.content).toBe('Balance: 10');
  });

  it('refuses an upload over the interaction attachment_size_limit with 413/40005', async () => {
    const received = nextInteraction();
    await fake.sendCommand({ name: 'sora', attachmentSizeLimit: 1000 });
    const interaction = await received;
    await interaction.deferReply();
    await expect(interaction.editReply({ files: [{ attachment: Buffer.alloc(2000), name: 'big.mp4' }] })).rejects.toMatchObject({ code: 40005, status: 413 });
  });

  it('delivers a DM command with guildId null, and keeps DMs per user', async () => {
    const received = nextInteraction();
    const sent = await fake.sendCommand({ name: 'sora', guildId: null, user: MEMBER });
    const interaction = await received;
    expect(interaction.guildId).toBeNull();
    expect(interaction.inGuild()).toBe(false);
    expect(interaction.memberPermissions).toBeNull();
    expect(interaction.user.id).toBe(MEMBER.id);
    expect(interaction.context).toBe(1);
    await interaction.reply({ content: 'Use this in a server.', flags: MessageFlags.Ephemeral });
    expect(fake.originalFor(sent.token)?.flags).toBe(MESSAGE_FLAGS.ephemeral);

    const rest = botRest();
    const dm = (await rest.post(Routes.userChannels(), { body: { recipient_id: MEMBER.id } })) as { id: string; type: number };
    expect(dm.type).toBe(1);
    await rest.post(Routes.channelMessages(dm.id), { body: { content: 'Your video is ready' } });
    expect(fake.dms(MEMBER.id).map((m) => m.content)).toEqual(['Use this in a server.', 'Your video is ready']);
  });

  it('stores bulk-overwritten commands and refuses invalid ones', async () => {
    const rest = botRest();
    const body = [{ name: 'sora', description: 'Make a video', options: [{ name: 'prompt', description: 'What to film', type: 3, required: true }] }];
    const saved = (await rest.put(Routes.applicationGuildCommands(fake.applicationId, GUILD_ID), { body })) as Array<{ id: string; name: string }>;
    expect(saved[0]).toMatchObject({ name: 'sora', application_id: fake.applicationId, guild_id: GUILD_ID });
    expect(fake.commands(GUILD_ID).map((c) => c.name)).toEqual(['sora']);
    const again = (await rest.put(Routes.applicationGuildCommands(fake.applicationId, GUILD_ID), { body })) as Array<{ id: string }>;
    expect(again[0]?.id).toBe(saved[0]?.id);

    const bad = [{ name: 'sora', description: 'x', options: [{ name: 'a', description: 'a', type: 3 }, { name: 'b', description: 'b', type: 3, required: true }] }];
    await expect(rest.put(Routes.applicationCommands(fake.applicationId), { body: bad })).rejects.toMatchObject({ code: 50035, status: 400 });
  });

  it('answers autocomplete through a type 8 callback', async () => {
    const answered = new Promise<void>((resolve) => {
      client.once(Events.InteractionCreate, (interaction) => {
        if (interaction.isAutocomplete()) void interaction.respond([{ name: 'Sora 2', value: 'sora-2-text-to-video' }]).then(resolve);
      });
    });
    const sent = await fake.sendAutocomplete({ name: 'sora', options: [{ name: 'model', type: 3, value: 'so', focused: true }] });
    await answered;
    expect(fake.interaction(sent.interactionId)).toMatchObject({ callbackType: 8, callbackData: { choices: [{ name: 'Sora 2', value: 'sora-2-text-to-video' }] } });
  });

  it('resumes after a dropped connection and replays what was dispatched meanwhile', async () => {
    const identifiesBefore = fake.gatewayMessages(2).length;
    fake.dropConnection();
    const whileDown = nextInteraction();
    const queued = await fake.sendCommand({ name: 'balance' });
    await fake.waitForResume(5000);
    expect((await whileDown).id).toBe(queued.interactionId);
    const resume = fake.gatewayMessages(6).at(-1);
    expect(resume?.path).toBe('/resume');
    expect(fake.gatewayMessages(2)).toHaveLength(identifiesBefore);

    const received = nextInteraction();
    const sent = await fake.sendCommand({ name: 'balance' });
    const interaction = await received;
    expect(interaction.id).toBe(sent.interactionId);
    await interaction.reply({ content: 'still here' });
  });
});
