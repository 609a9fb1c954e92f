import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../sandbox/start.ts';
import { byteRange, type MessageView } from '../../sandbox/view.ts';
import { until } from '../support/wait.ts';

let sandbox: Sandbox;
let feed: AbortController;
const events: Array<{ event: string; data: unknown }> = [];

const admin = () => sandbox.members.find((m) => m.admin)!;
const ben = () => sandbox.members.find((m) => m.username === 'ben')!;

async function api<T>(path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const response = await fetch(new URL(path, sandbox.url), body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as T };
}

interface State {
  members: Array<{ id: string; admin: boolean }>;
  locales: { guild: string; members: Record<string, string> };
  localeChoices: Array<{ code: string; name: string; spoken: boolean }>;
  commands: Array<{ name: string; default_member_permissions: string | null; options?: Array<{ name: string }> }>;
  balance: { balance: number; held: number };
  messages: MessageView[];
}

interface InteractionResult {
  acknowledged: boolean;
  callbackType: number | null;
  data: unknown;
}

const messages = (): MessageView[] => {
  const latest = new Map<string, MessageView>();
  for (const e of events) if (e.event === 'message') latest.set((e.data as MessageView).id, e.data as MessageView);
  return [...latest.values()];
};

async function listen(): Promise<void> {
  feed = new AbortController();
  const response = await fetch(new URL('/api/events', sandbox.url), { signal: feed.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.+)$/m.exec(frame)?.[1];
        const data = /^data: (.+)$/m.exec(frame)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data) });
      }
    }
  })();
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, databaseUrl: 'memory://', taskSeconds: 1, startingCredits: 0, logLevel: 'silent' });
  await listen();
});

afterAll(async () => {
  feed?.abort();
  await sandbox?.close();
});

describe('the sandbox page server', () => {
  it('serves the page and the state: members (one admin), the registered commands, the balance', async () => {
    const page = await fetch(sandbox.url);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<script type="module" src="/app.js">');
    const { json } = await api<State>('/api/state');
    expect(json.members.filter((m) => m.admin)).toHaveLength(1);
    expect(json.commands.map((c) => c.name)).toEqual(expect.arrayContaining(['balance', 'credits', 'sora']));
    expect(json.commands.find((c) => c.name === 'sora')?.options?.map((o) => o.name)).toContain('image');
    expect(json.balance).toEqual({ balance: 0, held: 0 });
  });

  it('runs a command as the chosen member; a refusal is ephemeral and only that member sees it', async () => {
    const refused = await api<InteractionResult>('/api/interactions', { kind: 'command', memberId: ben().id, name: 'credits', options: [{ name: 'grant', type: 1, options: [{ name: 'amount', type: 4, value: 5 }] }] });
    expect(refused.json.acknowledged).toBe(true);
    await until(() => messages().some((m) => m.ephemeral && m.audience === ben().id && /Manage Server/.test(m.content)), 5000, 'the ephemeral refusal');

    const granted = await api<InteractionResult>('/api/interactions', { kind: 'command', memberId: admin().id, name: 'credits', options: [{ name: 'grant', type: 1, options: [{ name: 'amount', type: 4, value: 400 }] }] });
    expect(granted.json.acknowledged).toBe(true);
    await until(() => events.some((e) => e.event === 'balance' && (e.data as { balance: number }).balance === 400), 5000, 'the new balance on the feed');
  });

  it('delivers /sora as a video the page can stream with byte ranges', async () => {
    const sent = await api<InteractionResult>('/api/interactions', { kind: 'command', memberId: ben().id, name: 'sora', options: [{ name: 'prompt', type: 3, value: 'a lighthouse at dusk' }, { name: 'aspect', type: 3, value: 'portrait' }] });
    expect(sent.json).toMatchObject({ acknowledged: true, callbackType: 5 });
    await until(() => messages().some((m) => m.usedBy?.command === '/sora' && m.attachments.some((a) => a.contentType === 'video/mp4')), 20_000, 'the delivered video');
    const reply = messages().find((m) => m.usedBy?.command === '/sora' && m.attachments.length > 0)!;
    expect(reply).toMatchObject({ ephemeral: false, audience: null, usedBy: { id: ben().id } });
    const video = reply.attachments[0]!;
    const whole = await fetch(new URL(video.url, sandbox.url));
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    const size = (await whole.arrayBuffer()).byteLength;
    expect(size).toBeGreaterThan(10_000);
    const part = await fetch(new URL(video.url, sandbox.url), { headers: { range: 'bytes=0-99' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-99/${size}`);
    expect((await part.arrayBuffer()).byteLength).toBe(100);
  });

  it('switches a fault on: Kie out of credits fails the next video and refunds it', async () => {
    const before = (await api<State>('/api/state')).json.balance.balance;
    const switched = await api<Record<string, boolean>>('/api/faults', { name: 'kieOutOfCredits', on: true });
    expect(switched.json.kieOutOfCredits).toBe(true);
    await until(() => events.some((e) => e.event === 'faults'), 5000, 'the faults on the feed');
    await api('/api/interactions', { kind: 'command', memberId: ben().id, name: 'sora', options: [{ name: 'prompt', type: 3, value: 'a second try' }] });
    await until(() => messages().some((m) => JSON.stringify(m.embeds).includes('refunded') && JSON.stringify(m.embeds).includes('a second try')), 15_000, 'the refunded failure');
    await until(async () => (await api<State>('/api/state')).json.balance.balance === before, 5000, 'the refund');
    await api('/api/faults', { name: 'kieOutOfCredits', on: false });
  });

  it('sends autocomplete, button presses and modal submits to the bot as the chosen member', async () => {
    const lastDispatch = () => [...sandbox.discord.dispatched].reverse().find((e) => e.t === 'INTERACTION_CREATE')?.d;
    const suggested = await api<InteractionResult>('/api/interactions', { kind: 'autocomplete', memberId: ben().id, name: 'sora', options: [{ name: 'prompt', type: 3, value: 'x' }, { name: 'model', type: 3, value: '', focused: true }] });
    expect(lastDispatch()).toMatchObject({ type: 4, data: { name: 'sora', options: [{ name: 'prompt' }, { name: 'model', focused: true }] }, member: { user: { id: ben().id } } });
    expect(suggested.json).toMatchObject({ acknowledged: true, callbackType: 8 });
    expect((suggested.json.data as { choices: unknown[] }).choices.length).toBeGreaterThan(0);

    const video = messages().find((m) => m.attachments.length > 0)!;
    await api('/api/interactions', { kind: 'component', memberId: admin().id, messageId: video.id, customId: 'again:x', componentType: 2 });
    expect(lastDispatch()).toMatchObject({ type: 3, data: { custom_id: 'again:x' }, message: { id: video.id }, member: { user: { id: admin().id } } });

    await api('/api/interactions', { kind: 'modal', memberId: ben().id, customId: 'remix:x', fields: { prompt: 'at night' }, messageId: video.id });
    expect(lastDispatch()).toMatchObject({ type: 5, data: { custom_id: 'remix:x', components: [{ components: [{ custom_id: 'prompt', value: 'at night' }] }] } });
  });

  it("sends each member's Discord language and the server's with their interactions, as the page picked them", async () => {
    const { json: initial } = await api<State>('/api/state');
    expect(initial.locales).toEqual({ guild: 'en-US', members: Object.fromEntries(initial.members.map((m) => [m.id, 'en-US'])) });
    const spoken = initial.localeChoices.filter((c) => c.spoken).map((c) => c.code);
    expect(spoken).toEqual(['en-US', 'en-GB', 'de', 'fr', 'es-ES', 'es-419', 'pt-BR', 'ja']);
    expect(initial.localeChoices.find((c) => c.code === 'ko')).toEqual({ code: 'ko', name: '한국어', spoken: false });

    expect((await api('/api/locales', { memberId: ben().id, locale: 'de' })).json).toMatchObject({ members: { [ben().id]: 'de', [admin().id]: 'en-US' } });
    expect((await api('/api/locales', { locale: 'pt-BR' })).json).toMatchObject({ guild: 'pt-BR' });
    await until(() => events.some((e) => e.event === 'locales' && (e.data as { guild: string }).guild === 'pt-BR'), 5000, 'the languages on the feed');
    expect((await api<State>('/api/state')).json.locales).toMatchObject({ guild: 'pt-BR', members: { [ben().id]: 'de' } });

    const dispatches = () => sandbox.discord.dispatched.filter((e) => e.t === 'INTERACTION_CREATE').map((e) => e.d as { locale: string; guild_locale: string; guild: { locale: string }; member: { user: { id: string } }; type: number });
    const before = dispatches().length;
    await api('/api/interactions', { kind: 'command', memberId: ben().id, name: 'balance' });
    await api('/api/interactions', { kind: 'autocomplete', memberId: ben().id, name: 'sora', options: [{ name: 'model', type: 3, value: '', focused: true }] });
    await api('/api/interactions', { kind: 'command', memberId: admin().id, name: 'balance' });
    const video = messages().find((m) => m.attachments.length > 0)!;
    await api('/api/interactions', { kind: 'component', memberId: ben().id, messageId: video.id, customId: 'again:x' });
    await api('/api/interactions', { kind: 'modal', memberId: ben().id, customId: 'remix:x', fields: { prompt: 'x' }, messageId: video.id });
    const sent = dispatches().slice(before);
    expect(sent.map((d) => [d.type, d.member.user.id, d.locale, d.guild_locale, d.guild.locale])).toEqual([
      [2, ben().id, 'de', 'pt-BR', 'pt-BR'],
      [4, ben().id, 'de', 'pt-BR', 'pt-BR'],
      [2, admin().id, 'en-US', 'pt-BR', 'pt-BR'],
      [3, ben().id, 'de', 'pt-BR', 'pt-BR'],
      [5, ben().id, 'de', 'pt-BR', 'pt-BR'],
    ]);

    // A locale Discord does not have, or a member the page does not know, changes nothing.
    const refused = await api<{ error: string }>('/api/locales', { memberId: ben().id, locale: 'xx' });
    expect(refused).toMatchObject({ status: 400, json: { error: expect.stringContaining('xx') } });
    expect((await api('/api/locales', { memberId: 'nobody', locale: 'ko' })).status).toBe(400);
    expect((await api<State>('/api/state')).json.locales.members[ben().id]).toBe('de');

    await api('/api/locales', { memberId: ben().id, locale: 'en-US' });
    await api('/api/locales', { locale: 'en-US' });
  });

  it('gives the page the names of the channels and roles a message mentions', async () => {
    const guildId = sandbox.discord.guildIds[0]!;
    const channelId = sandbox.discord.channelIdOf(guildId);
    const role = sandbox.discord.addRole(guildId, { name: 'Winners' });
    const rest = new REST({ api: sandbox.discord.apiUrl }).setToken(sandbox.discord.token);
    const content = `A challenge in <#${channelId}>; the winner gets <@&${role.id}>; not <#1440000000000000999> nor <@&1440000000000000998>`;
    await rest.post(Routes.channelMessages(channelId), { body: { content, embeds: [{ description: `<@&${guildId}>` }] } });
    await until(() => messages().some((m) => m.content === content), 5000, 'the message on the feed');
    expect(messages().find((m) => m.content === content)?.mentions).toEqual({ channels: { [channelId]: 'general' }, roles: { [role.id]: 'Winners', [guildId]: '@everyone' } });
  });

  it('refuses bad requests plainly', async () => {
    expect((await api('/api/interactions', { kind: 'command', memberId: 'nobody', name: 'sora' })).status).toBe(400);
    expect((await api('/api/faults', { name: 'nope', on: true })).status).toBe(400);
    expect((await fetch(new URL('/attachments/1/2/x.mp4', sandbox.url))).status).toBe(404);
  });
});

describe('byteRange', () => {
  it('reads the Range forms browsers send', () => {
    expect(byteRange(undefined, 100)).toBeUndefined();
    expect(byteRange('bytes=0-', 100)).toEqual({ start: 0, end: 99 });
    expect(byteRange('bytes=10-19', 100)).toEqual({ start: 10, end: 19 });
    expect(byteRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=90-500', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=200-', 100)).toBe('unsatisfiable');
  });
});
