import { describe, expect, it } from 'vitest';
import type { Job } from '../../../src/services/jobs/job.ts';
import { deliveredMessage, failedMessage, statusMessage } from '../../../src/services/jobs/statusView.ts';

const now = Date.parse('2026-11-25T12:00:00Z');
const job = (overrides: Partial<Job> = {}): Job => ({
  id: 'job123', guildId: 'g', channelId: 'c', memberId: '42', applicationId: 'a', interactionToken: 't', tokenExpiresAt: now + 900_000,
  attachmentSizeLimit: 10_485_760, familyId: 'sora-2', familyLabel: 'Sora 2', kieModel: 'sora-2-text-to-video', input: {}, prompt: 'a cat',
  duration: 15, aspect: 'portrait', quality: 'standard', price: 45, state: 'running', createdAt: now - 83_000, updatedAt: now, checks: 1,
  deliveryAttempts: 0, balanceAfterHold: 955, ...overrides,
});

const embedChars = (m: ReturnType<typeof statusMessage>) =>
  m.embeds.reduce((n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((k, f) => k + f.name.length + f.value.length, 0), 0);

describe('status messages', () => {
  it('show the model, length, aspect, price, balance and progress, and ping nobody', () => {
    const m = statusMessage(job({ kieState: 'generating', progress: 40 }), now);
    expect(m.embeds[0]!.title).toBe('Sora 2 · 15 s · portrait');
    expect(m.embeds[0]!.description).toContain('Generating 40% · 1m 23s elapsed');
    expect(JSON.stringify(m.embeds[0]!.fields)).toContain('45 credits');
    expect(JSON.stringify(m.embeds[0]!.fields)).toContain('955 credits left');
    expect(m.allowed_mentions).toEqual({ parse: [] });
  });

  it('give an estimate from learned completion times, and own up when it runs late', () => {
    expect(statusMessage(job({ kieState: 'queuing', expectedDoneAt: now + 150_000 }), now).embeds[0]!.description).toContain('Queued at the video service · 1m 23s elapsed · usually done in about 3 min');
    expect(statusMessage(job({ kieState: 'generating', expectedDoneAt: now + 20_000 }), now).embeds[0]!.description).toContain('usually done in about a minute');
    expect(statusMessage(job({ kieState: 'generating', expectedDoneAt: now - 1 }), now).embeds[0]!.description).toContain('taking longer than usual');
  });

  it('stay within Discord limits for the longest prompt, and defuse code fences', () => {
    const m = statusMessage(job({ prompt: '```'.repeat(2000) + 'x'.repeat(4000) }), now);
    expect(m.embeds[0]!.description!.length).toBeLessThanOrEqual(4096);
    expect(embedChars(m)).toBeLessThanOrEqual(6000);
    expect(m.embeds[0]!.description).not.toContain('```');
  });

  it('mention only the member when the video is ready, and put long links in the text', () => {
    const short = deliveredMessage(job({ state: 'delivered', finishedAt: now }), now, { url: 'https://files.example/v.mp4', bytes: 23_000_000, limit: 10_485_760 });
    expect(short.allowed_mentions).toEqual({ parse: [], users: ['42'] });
    expect(short.content).toContain('21.9 MiB');
    expect(JSON.stringify(short.components)).toContain('https://files.example/v.mp4');
    const longUrl = `https://files.example/v.mp4?sig=${'a'.repeat(600)}`;
    const long = deliveredMessage(job({ state: 'delivered', finishedAt: now }), now, { url: longUrl, bytes: undefined, limit: 10_485_760 });
    expect(long.components).toEqual([]);
    expect(long.content).toContain(longUrl);
    expect(long.content.length).toBeLessThanOrEqual(2000);
  });

  it('say a failure cost nothing', () => {
    const m = failedMessage(job({ state: 'failed', failure: 'The video service refused this prompt.' }), now);
    expect(m.content).toContain('You were not charged');
    expect(JSON.stringify(m.embeds)).toContain('0 credits (45 refunded)');
    expect(JSON.stringify(m.embeds)).not.toContain('credits left');
  });
});
