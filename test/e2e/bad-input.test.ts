import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeCommandOption, FakeMessage, SendCommandOptions } from '../../sandbox/discord.ts';
import { fixture } from '../support/fixtures.ts';
import { until } from '../support/wait.ts';
import { startWorld, type World } from './world.ts';

let world: World;
beforeAll(async () => {
  world = await startWorld({ startingCredits: 500 });
});
afterAll(async () => {
  await world.close();
});

async function answer(token: string): Promise<FakeMessage> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const interaction = world.discord.interaction(token);
    const followUp = interaction?.followUpIds.map((id) => world.discord.message(id)).find((m) => m && m.content !== '');
    const original = world.discord.originalFor(token);
    const found = followUp ?? (original && !original.deleted && original.content !== '' ? original : undefined);
    if (found) return found;
    if (Date.now() > deadline) throw new Error('no answer');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const str = (name: string, value: string | number | boolean): FakeCommandOption => ({ name, type: 3, value });
const int = (name: string, value: string | number | boolean): FakeCommandOption => ({ name, type: 4, value });

interface Case {
  name: string;
  command: Partial<SendCommandOptions> & { options?: FakeCommandOption[] };
  expected: string | RegExp;
}

const image = fixture('sample-image.png');
const cases: Case[] = [
  { name: 'whitespace-only prompt', command: { options: [str('prompt', '   \n\t ')] }, expected: 'The prompt is empty' },
  { name: 'prompt of zero-width and control characters', command: { options: [str('prompt', '\u200b\u200d\u0007\ufeff')] }, expected: 'only invisible or control characters' },
  { name: 'prompt of terminal escape sequences only', command: { options: [str('prompt', '\u001b[31m\u001b[0m')] }, expected: 'only invisible or control characters' },
  { name: 'prompt over the model limit', command: { options: [str('prompt', 'a'.repeat(10_001))] }, expected: 'Your prompt is 10001 characters; Sora 2 takes at most 10000.' },
  { name: 'prompt over a smaller model limit', command: { options: [str('prompt', 'b'.repeat(2_600)), str('model', 'kling-3.0')] }, expected: 'Kling 3.0 takes at most 2500' },
  { name: '@everyone in the prompt', command: { options: [str('prompt', '@everyone look at this cat')] }, expected: 'cannot contain @everyone, @here or role mentions' },
  { name: '@here in the prompt', command: { options: [str('prompt', 'a cat @here')] }, expected: 'cannot contain @everyone, @here or role mentions' },
  { name: 'role mention in the prompt', command: { options: [str('prompt', 'dance <@&123456789012345678>')] }, expected: 'cannot contain @everyone, @here or role mentions' },
  {
    name: 'attachment that is not an image',
    command: { options: [str('prompt', 'animate this')], attachments: [{ name: 'image', filename: 'notes.txt', contentType: 'text/plain', data: Buffer.from('hello') }] },
    expected: '`notes.txt` is not a PNG, JPEG or WebP image (it is text/plain)',
  },
  {
    name: 'image over 10 MB',
    command: { options: [str('prompt', 'animate this')], attachments: [{ name: 'image', filename: 'huge.png', contentType: 'image/png', data: Buffer.concat([image, Buffer.alloc(11 * 1024 * 1024)]) }] },
    expected: /The image is 11\.0 MB; the limit is 10 MB/,
  },
  { name: 'aspect outside the choices', command: { options: [str('prompt', 'x'), str('aspect', 'diagonal')] }, expected: 'aspect must be portrait, landscape or square.' },
  { name: 'quality outside the choices', command: { options: [str('prompt', 'x'), str('quality', 'ultra')] }, expected: 'quality must be standard or high.' },
  { name: 'duration the model lacks', command: { options: [str('prompt', 'x'), int('duration', 7)] }, expected: 'Sora 2 makes 10 or 15 second videos, not 7.' },
  { name: 'duration of the wrong type', command: { options: [str('prompt', 'x'), int('duration', 'ten')] }, expected: 'duration must be a number of seconds.' },
  { name: 'fractional duration', command: { options: [str('prompt', 'x'), int('duration', 10.5)] }, expected: 'duration must be a whole number of seconds.' },
  { name: 'unknown model', command: { options: [str('prompt', 'x'), str('model', 'sora-9')] }, expected: 'The model "sora-9" is not available here.' },
  { name: 'quality on a model without it', command: { options: [str('prompt', 'x'), str('quality', 'high')] }, expected: 'Sora 2 has one quality only' },
  { name: 'square on Sora', command: { options: [str('prompt', 'x'), str('aspect', 'square')] }, expected: 'Sora 2 supports portrait or landscape, not square.' },
  { name: 'prompt of the wrong type', command: { options: [int('prompt', 42)] }, expected: 'The prompt must be text.' },
  { name: '/sora in a DM', command: { guildId: null, options: [str('prompt', 'a cat')] }, expected: 'works only inside a server, not in DMs' },
  { name: 'an unknown command', command: { name: 'frobnicate', options: [] }, expected: 'does not know `/frobnicate`' },
  {
    name: 'an unknown subcommand',
    command: { name: 'credits', options: [{ name: 'steal', type: 1, options: [] }] },
    expected: '`/credits steal` is not a subcommand',
  },
  { name: '/credits in a DM', command: { name: 'credits', guildId: null, options: [{ name: 'balance', type: 1 }] }, expected: 'Use `/credits` inside one' },
  { name: '/balance in a DM', command: { name: 'balance', guildId: null, options: [] }, expected: 'Use `/balance` inside one' },
];

describe('bad input costs nothing and gets a specific private answer', () => {
  it.each(cases)('$name', async ({ command, expected }) => {
    const tasksBefore = world.kie.created().length;
    const before = await world.app.ledger.account(world.guildId);
    const sent = await world.discord.sendCommand({ name: 'sora', guildId: world.guildId, user: world.member, ...command });
    const reply = await answer(sent.token);
    if (typeof expected === 'string') expect(reply.content).toContain(expected);
    else expect(reply.content).toMatch(expected);
    expect(reply.flags & 64).toBe(64);
    expect(reply.allowedMentions).toEqual({ parse: [] });
    // Give a wrongly started job every chance to show up before counting.
    await new Promise((r) => setTimeout(r, 50));
    expect(world.kie.created().length).toBe(tasksBefore);
    const after = await world.app.ledger.account(world.guildId);
    expect(after.balance).toBe(before.balance);
    expect(after.holds).toEqual({});
  });

  it('cleans invisible characters out of a prompt it accepts, and pings nobody when echoing it', async () => {
    const sent = await world.discord.sendCommand({ name: 'sora', guildId: world.guildId, user: world.member, options: [str('prompt', 'a\u200b cat\u0000 <@400000000000000009> dances')] });
    const reply = await answer(sent.token);
    expect(reply.allowedMentions).toEqual({ parse: [] });
    const deadline = Date.now() + 5000;
    while (world.kie.created().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(world.kie.created().at(-1)!.input.prompt).toBe('a cat <@400000000000000009> dances');
  });

  it('removes terminal escape sequences whole, not just their control byte', async () => {
    const sent = await world.discord.sendCommand({ name: 'sora', guildId: world.guildId, user: world.member, options: [str('prompt', '\u001b[1;31ma red\u001b[0m kite')] });
    await answer(sent.token);
    await until(() => world.kie.created().some((c) => String(c.input.prompt).includes('kite')), 5_000, 'the create');
    expect(world.kie.created().find((c) => String(c.input.prompt).includes('kite'))!.input.prompt).toBe('a red kite');
  });

  it('tells a member at the in-flight limit when to try again', async () => {
    const limited = await startWorld({ startingCredits: 500, env: { MAX_ACTIVE_JOBS_PER_MEMBER: '1' } });
    try {
      limited.kie.setDefaultPlan({ generateMs: 3000 });
      await limited.sora({ prompt: 'first' });
      const second = await limited.sora({ prompt: 'second' });
      const deadline = Date.now() + 5000;
      let text = '';
      while (!text && Date.now() < deadline) {
        const i = limited.discord.interaction(second.token);
        text = i?.followUpIds.map((id) => limited.discord.message(id)?.content ?? '').join('') ?? '';
        await new Promise((r) => setTimeout(r, 10));
      }
      expect(text).toContain('You already have 1 video in progress. Try again when one of them is done');
      // The first job's create goes out after its reply, possibly after the refusal: wait for it.
      await until(() => limited.kie.created().length >= 1, 5_000, 'the first create');
      expect(limited.kie.created()).toHaveLength(1);
      expect(limited.kie.created()[0]!.input.prompt).toBe('first');
    } finally {
      await limited.close();
    }
  });
});
