import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  Events,
  GatewayIntentBits,
  ModalBuilder,
  TextInputBuilder,
  TextInputStyle,
  type Interaction,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_PERMISSIONS, FakeDiscord, type FakeDiscordEvent } from '../../sandbox/discord.ts';
import { until } from '../support/wait.ts';

const GUILD_ID = '1310000000000000001';
const CHANNEL_ID = '1310000000000000002';
const MEMBER = { id: '1310000000000000004', username: 'bea' };

let fake: FakeDiscord;
let client: Client;
const events: FakeDiscordEvent[] = [];

function next<T extends Interaction>(accept: (i: Interaction) => i is T): Promise<T> {
  return new Promise((resolve) => {
    const listener = (interaction: Interaction): void => {
      if (!accept(interaction)) return;
      client.off(Events.InteractionCreate, listener);
      resolve(interaction);
    };
    client.on(Events.InteractionCreate, listener);
  });
}

beforeAll(async () => {
  fake = await FakeDiscord.start({ guilds: [{ id: GUILD_ID, channelIds: [CHANNEL_ID] }] });
  fake.onChange((event) => events.push(event));
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(fake.token);
  await ready;
  await fake.waitForIdentify();
});

afterAll(async () => {
  await client?.destroy();
  await fake?.close();
});

async function postWithButton(): Promise<string> {
  const command = next((i): i is import('discord.js').ChatInputCommandInteraction => i.isChatInputCommand());
  const sent = await fake.sendCommand({ name: 'demo', user: MEMBER });
  const interaction = await command;
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(new ButtonBuilder().setCustomId('again:1').setLabel('Again').setStyle(ButtonStyle.Primary));
  await interaction.reply({ content: 'a video', components: [row] });
  const message = fake.originalFor(sent.token);
  if (!message) throw new Error('no reply');
  return message.id;
}

describe('FakeDiscord components, modals and change events', () => {
  it('delivers a button press with its message; update() edits that message', async () => {
    const messageId = await postWithButton();
    const press = next((i): i is import('discord.js').ButtonInteraction => i.isButton());
    await fake.sendComponent({ messageId, customId: 'again:1', user: MEMBER, memberPermissions: FAKE_PERMISSIONS.member });
    const button = await press;
    expect(button.customId).toBe('again:1');
    expect(button.message.id).toBe(messageId);
    expect(button.user.id).toBe(MEMBER.id);
    await button.update({ content: 'pressed', components: [] });
    expect(fake.message(messageId)).toMatchObject({ content: 'pressed', components: [] });
    expect(events.some((e) => e.kind === 'message-update' && e.message.id === messageId)).toBe(true);
  });

  it('a button can reply with a new message, and deferUpdate + editReply edits the button’s message', async () => {
    const messageId = await postWithButton();
    let press = next((i): i is import('discord.js').ButtonInteraction => i.isButton());
    await fake.sendComponent({ messageId, customId: 'again:1', user: MEMBER });
    const first = await press;
    await first.reply({ content: 'a new one', flags: 64 });
    const created = events.filter((e) => e.kind === 'message-create').at(-1);
    expect(created?.kind === 'message-create' && created.message.content).toBe('a new one');

    press = next((i): i is import('discord.js').ButtonInteraction => i.isButton());
    await fake.sendComponent({ messageId, customId: 'again:1', user: MEMBER });
    const second = await press;
    await second.deferUpdate();
    await second.editReply({ content: 'edited through the token' });
    expect(fake.message(messageId)?.content).toBe('edited through the token');
  });

  it('records a modal the bot opens and delivers its submission with the typed values', async () => {
    const messageId = await postWithButton();
    const press = next((i): i is import('discord.js').ButtonInteraction => i.isButton());
    const sent = await fake.sendComponent({ messageId, customId: 'again:1', user: MEMBER });
    const button = await press;
    const modal = new ModalBuilder()
      .setCustomId('remix:1')
      .setTitle('Remix')
      .addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(new TextInputBuilder().setCustomId('prompt').setLabel('Prompt').setStyle(TextInputStyle.Paragraph)));
    await button.showModal(modal);
    await until(() => fake.interaction(sent.interactionId)?.callbackType === 9, 5000, 'the modal callback');
    expect(fake.interaction(sent.interactionId)?.callbackData).toMatchObject({ custom_id: 'remix:1', title: 'Remix' });
    expect(events.some((e) => e.kind === 'interaction-callback' && e.interaction.id === sent.interactionId)).toBe(true);

    const submitted = next((i): i is import('discord.js').ModalSubmitInteraction => i.isModalSubmit());
    await fake.sendModalSubmit({ customId: 'remix:1', fields: { prompt: 'a red fox' }, messageId, user: MEMBER });
    const submit = await submitted;
    expect(submit.fields.getTextInputValue('prompt')).toBe('a red fox');
    expect(submit.message?.id).toBe(messageId);
    await submit.reply({ content: 'remixing' });
    expect(fake.channelMessages(CHANNEL_ID).at(-1)?.content).toBe('remixing');
  });
});
