import { existsSync, mkdirSync } from 'node:fs';
import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../sandbox/start.ts';
import { until } from '../support/wait.ts';

// Debian's Chromium (apt-get install chromium); no browser is ever downloaded. .ci/run installs it.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = 'test-results';

/** The part of HTMLVideoElement the test reads (the project's TypeScript has no DOM types). */
interface VideoLike {
  readyState: number;
  duration: number;
  currentTime: number;
  videoWidth: number;
  muted: boolean;
  error: { code: number } | null;
  play(): Promise<void>;
  addEventListener(type: string, listener: (event: unknown) => void, options?: { once: boolean }): void;
}

let sandbox: Sandbox;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH; the browser test does not skip.`);
  }
  sandbox = await startSandbox({ port: 0, databaseUrl: 'memory://', taskSeconds: 3, startingCredits: 0, logLevel: 'silent' });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--autoplay-policy=no-user-gesture-required'] });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(sandbox.url);
  await page.getByTestId('connection').filter({ hasText: 'live' }).waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

async function run(command: string, fill: (page: Page) => Promise<void> = async () => undefined): Promise<void> {
  await page.locator(`[data-command="${command}"]`).click();
  await fill(page);
  await page.getByTestId('send').click();
}

async function switchTo(username: string): Promise<void> {
  await page.locator(`[data-member="${username}"]`).click();
}

describe('the sandbox page in headless Chromium', () => {
  it('grants credits as the admin, runs /sora with an image as a member and plays the delivered video', async () => {
    await switchTo('ada');
    await run('credits grant', (p) => p.locator('[data-option="amount"]').fill('500'));
    await page.getByTestId('balance').filter({ hasText: '500 credits' }).waitFor();

    await switchTo('ben');
    // /credits needs Manage Server, so Discord (and the page) hides it from members.
    await expectCount(page.locator('[data-command="credits grant"]'), 0);
    await run('sora', async (p) => {
      await p.locator('[data-option="prompt"]').fill('a paper boat on a rainy street');
      await p.locator('[data-option="aspect"]').selectOption('landscape');
      // model: is autocomplete: the bot's own suggestions, with prices, as Discord shows them.
      await p.locator('[data-option="model"]').focus();
      await p.getByTestId('suggestions').locator('div', { hasText: 'sora-2 — Sora 2, from' }).click();
      await p.locator('[data-option="image"]').setInputFiles('sandbox/media/sample-image.png');
    });

    const reply = page.getByTestId('message').filter({ hasText: 'used /sora' }).filter({ hasText: 'a paper boat' });
    // The status line updates live before the video arrives.
    await reply.filter({ hasText: /Queued|Generating|Finishing/ }).waitFor({ timeout: 15_000 });
    await page.getByTestId('balance').filter({ hasText: 'held' }).waitFor();
    const video = reply.getByTestId('video');
    await video.waitFor({ timeout: 20_000 });
    const played = await video.evaluate(async (element) => {
      const v = element as unknown as VideoLike;
      if (v.readyState < 1) await new Promise((resolve) => v.addEventListener('loadedmetadata', resolve, { once: true }));
      v.muted = true;
      await v.play();
      await new Promise((resolve) => setTimeout(resolve, 600));
      return { duration: v.duration, currentTime: v.currentTime, width: v.videoWidth, error: v.error?.code ?? null };
    });
    expect(played.error).toBeNull();
    expect(played.duration).toBeGreaterThan(0);
    expect(played.width).toBe(640);
    expect(played.currentTime).toBeGreaterThan(0);
    await reply.filter({ hasText: '✅ Done' }).waitFor();
    // The uploaded first frame reached Kie as a URL on the Discord stand-in's CDN.
    expect(sandbox.kie.created().at(-1)).toMatchObject({ model: 'sora-2-image-to-video', input: { image_urls: [expect.stringContaining('/cdn/attachments/')] } });

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/sandbox.png`, fullPage: true });
  });

  it('shows a refusal only to the member who was refused, and dismisses it', async () => {
    await switchTo('ben');
    await run('sora', (p) => p.locator('[data-option="prompt"]').fill('@everyone look at this'));
    const refusal = page.locator('[data-ephemeral="true"]').filter({ hasText: '@everyone' });
    await refusal.waitFor();
    await refusal.filter({ hasText: 'Only you can see this' }).waitFor();

    await switchTo('cleo');
    await expectCount(page.locator('[data-ephemeral="true"]').filter({ hasText: '@everyone' }), 0);
    // The public video is still there for everyone.
    await expectCount(page.getByTestId('video'), 1);

    await switchTo('ben');
    await refusal.getByRole('button', { name: 'Dismiss message' }).click();
    await expectCount(refusal, 0);
  });

  it('draws the buttons a bot message carries and sends a press to the bot as that member', async () => {
    // Posted with the bot's token, with a custom id no component of the bot owns (as a button from an
    // older version would be): the bot answers the member who pressed it, privately.
    const rest = new REST({ api: sandbox.discord.apiUrl }).setToken(sandbox.discord.token);
    const channelId = sandbox.discord.channelIdOf();
    await rest.post(Routes.channelMessages(channelId), {
      body: { content: 'a message with buttons', components: [{ type: 1, components: [{ type: 2, style: 1, label: 'Again', custom_id: 'browser-test:again' }, { type: 2, style: 5, label: 'Open', url: 'https://example.invalid/' }] }] },
    });
    await switchTo('cleo');
    const message = page.getByTestId('message').filter({ hasText: 'a message with buttons' });
    await expectCount(message.locator('a', { hasText: 'Open' }), 1);
    await message.getByRole('button', { name: 'Again' }).click();
    const answer = page.locator('[data-ephemeral="true"]').filter({ hasText: 'no longer works' });
    await answer.waitFor({ timeout: 10_000 });
    await answer.filter({ hasText: 'Cleo used a button' }).waitFor();
    const press = [...sandbox.discord.dispatched].reverse().find((e) => e.t === 'INTERACTION_CREATE');
    expect(press?.d).toMatchObject({ type: 3, data: { custom_id: 'browser-test:again', component_type: 2 }, member: { user: { username: 'cleo' } } });

    await switchTo('ben');
    await expectCount(page.locator('[data-ephemeral="true"]').filter({ hasText: 'no longer works' }), 0);
  });

  it("sends the languages picked for a member and the server with that member's interactions, and draws mentions and timestamps in the reader's language", async () => {
    const ben = sandbox.members.find((m) => m.username === 'ben')!;
    await page.locator('[data-locale-for="ben"]').selectOption('de');
    await page.locator('[data-locale-for="server"]').selectOption('pt-BR');
    await until(async () => {
      const { locales } = (await (await fetch(new URL('/api/state', sandbox.url))).json()) as { locales: { guild: string; members: Record<string, string> } };
      return locales.guild === 'pt-BR' && locales.members[ben.id] === 'de';
    }, 5000, 'the picked languages on the page server');
    // The choice is kept by the page server: a reload shows it again.
    await page.reload();
    await page.getByTestId('connection').filter({ hasText: 'live' }).waitFor();
    expect(await page.locator('[data-locale-for="ben"]').inputValue()).toBe('de');
    expect(await page.locator('[data-locale-for="server"]').inputValue()).toBe('pt-BR');
    expect(await page.locator('[data-locale-for="cleo"] option[value="ko"]').count()).toBe(1);

    await switchTo('ben');
    const before = sandbox.discord.dispatched.length;
    await run('balance');
    await until(() => sandbox.discord.dispatched.slice(before).some((e) => e.t === 'INTERACTION_CREATE'), 5000, 'the /balance interaction');
    const sent = sandbox.discord.dispatched.slice(before).find((e) => e.t === 'INTERACTION_CREATE')?.d;
    expect(sent).toMatchObject({ data: { name: 'balance' }, member: { user: { id: ben.id } }, locale: 'de', guild_locale: 'pt-BR' });

    const guildId = sandbox.discord.guildIds[0]!;
    const role = sandbox.discord.addRole(guildId, { name: 'Winners' });
    const rest = new REST({ api: sandbox.discord.apiUrl }).setToken(sandbox.discord.token);
    const ends = Math.floor(Date.now() / 1000) + 600;
    await rest.post(Routes.channelMessages(sandbox.discord.channelIdOf()), { body: { content: `Challenge in <#${sandbox.discord.channelIdOf()}> for <@&${role.id}> ends <t:${ends}:R>` } });
    const message = page.getByTestId('message').filter({ hasText: 'Challenge in' });
    await message.filter({ hasText: /Challenge in #general for @Winners ends in (9|10) Minuten/ }).waitFor();
    await switchTo('cleo');
    await message.filter({ hasText: /ends in (9|10) minutes/ }).waitFor();
    await page.locator('[data-locale-for="server"]').selectOption('en-US');
    await page.locator('[data-locale-for="ben"]').selectOption('en-US');
    await until(async () => JSON.stringify(((await (await fetch(new URL('/api/state', sandbox.url))).json()) as { locales: unknown }).locales).match(/"(de|pt-BR)"/) === null, 5000, 'English again');
  });
});

/** Waits until the page shows exactly `count` of `locator` (the page updates live). */
async function expectCount(locator: ReturnType<Page['locator']>, count: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while ((await locator.count()) !== count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} of ${locator.toString()}, found ${await locator.count()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
