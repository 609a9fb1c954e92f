import { describe, expect, it } from 'vitest';
import { imageLinkExpired, remixModal, remixRequest, resultActionButtons } from '../../src/components/result.ts';
import { UserError } from '../../src/errors/index.ts';
import { translator } from '../../src/i18n/index.ts';
import type { Job } from '../../src/services/jobs/job.ts';
import { ModelRegistry } from '../../src/services/models/registry.ts';

const now = Date.parse('2026-11-25T12:00:00Z');
const job = (overrides: Partial<Job> = {}): Job => ({
  id: 'abc123def456', guildId: 'g', channelId: 'c', memberId: '42', applicationId: 'a', interactionToken: 't', tokenExpiresAt: now,
  attachmentSizeLimit: 1, familyId: 'sora-2', familyLabel: 'Sora 2', kieModel: 'sora-2-text-to-video', input: {}, prompt: 'a cat',
  duration: 15, aspect: 'portrait', quality: 'standard', price: 45, state: 'delivered', createdAt: now, updatedAt: now, checks: 1, deliveryAttempts: 0,
  ...overrides,
});

describe('result buttons', () => {
  it('are Again, Remix, Delete on a video, each carrying the job id', async () => {
    const buttons = await resultActionButtons.buttons(job());
    expect(buttons.map((b) => ('label' in b ? b.label : ''))).toEqual(['Again', 'Remix', 'Delete']);
    expect(buttons.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual(['result:again:abc123def456', 'result:remix:abc123def456', 'result:delete:abc123def456']);
  });

  it('offer only Remix on a failure under the content rules, where Again would be refused the same way', async () => {
    const refused = await resultActionButtons.failureButtons!(job({ state: 'failed', failure: 'The video service refused this prompt or image under its content rules. Try rewording it.' }));
    expect(refused.map((b) => ('label' in b ? b.label : ''))).toEqual(['Remix']);
    const failed = await resultActionButtons.failureButtons!(job({ state: 'failed', failure: 'The video service could not make this video.' }));
    expect(failed.map((b) => ('label' in b ? b.label : ''))).toEqual(['Again', 'Remix']);
  });
});

describe('Remix', () => {
  const registry = new ModelRegistry();

  it('splits a long prompt over two inputs and joins it back unchanged', () => {
    const prompt = 'x'.repeat(3999) + 'yz' + 'w'.repeat(1999);
    const modal = remixModal(job({ prompt }), registry, translator('en-US'));
    const inputs = modal.components.flatMap((r) => ('components' in r ? r.components : [])) as Array<{ custom_id: string; value?: string }>;
    const values = Object.fromEntries(inputs.map((i) => [i.custom_id, i.value ?? '']));
    expect(values.prompt).toHaveLength(4000);
    expect(remixRequest(job({ prompt }), { prompt: values.prompt!, prompt2: values.prompt2!, duration: values.duration!, aspect: values.aspect! }).prompt).toBe(prompt);
  });

  it('keeps the model, quality and image, takes the form’s prompt, length and aspect, and refuses bad values', () => {
    const base = job({ imageUrl: 'https://cdn.example/cat.png', quality: 'high', familyId: 'sora-2-pro' });
    expect(remixRequest(base, { prompt: 'a dog', prompt2: '', duration: '10', aspect: 'Landscape' })).toEqual({
      model: 'sora-2-pro', prompt: 'a dog', duration: 10, aspect: 'landscape', quality: 'high', imageUrl: 'https://cdn.example/cat.png',
    });
    expect(remixRequest(base, { prompt: 'a dog', prompt2: '', duration: '', aspect: '' })).toMatchObject({ duration: 15, aspect: 'portrait' });
    expect(() => remixRequest(base, { prompt: 'a dog', prompt2: '', duration: 'ten', aspect: '' })).toThrow(UserError);
    expect(() => remixRequest(base, { prompt: 'a dog', prompt2: '', duration: '', aspect: 'wide' })).toThrow(/portrait, landscape or square/);
    expect(() => remixRequest(base, { prompt: 'x'.repeat(4000), prompt2: 'y'.repeat(2001), duration: '', aspect: '' })).toThrow(/6001 characters; the limit is 6000/);
    expect(() => remixRequest(base, { prompt: 'hi @everyone', prompt2: '', duration: '', aspect: '' })).toThrow(/@everyone/);
  });
});

describe('image links', () => {
  it('are expired once past the expiry Discord signs into them', () => {
    const ex = Math.floor(now / 1000).toString(16);
    expect(imageLinkExpired(`https://cdn.discordapp.com/a/1/cat.png?ex=${ex}&is=0&hm=abc`, now + 1000)).toBe(true);
    expect(imageLinkExpired(`https://cdn.discordapp.com/a/1/cat.png?ex=${ex}&is=0&hm=abc`, now - 60_000)).toBe(false);
    expect(imageLinkExpired('https://example.com/cat.png', now)).toBe(false);
    expect(imageLinkExpired(undefined, now)).toBe(false);
  });
});
