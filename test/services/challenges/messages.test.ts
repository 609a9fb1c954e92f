import { describe, expect, it } from 'vitest';
import { resultsMessage } from '../../../src/services/challenges/messages.ts';
import type { Challenge } from '../../../src/services/challenges/types.ts';

function challengeWith(entries: number): Challenge {
  return {
    guildId: '300000000000000001',
    number: 7,
    title: 'Longest night',
    theme: 'a city that never sleeps',
    channelId: '310000000000000001',
    createdBy: '400000000000000001',
    startedAt: 0,
    endsAt: 1,
    maxEntries: 1,
    budget: 0,
    voting: 'anyone',
    attachmentSizeLimit: 10_485_760,
    state: 'closed',
    entries: {},
    lastSeq: entries,
    results: Array.from({ length: entries }, (_, i) => ({
      jobId: `job-${i}`,
      memberId: String(500_000_000_000_000_000n + BigInt(i)),
      votes: entries - i,
      messageId: String(600_000_000_000_000_000n + BigInt(i)),
    })),
  } as Challenge;
}

describe('the results post', () => {
  it('lists every entry when they fit, with the winner congratulated and pinged', () => {
    const c = challengeWith(3);
    const message = resultsMessage(c, ['500000000000000000'], 'The winner got the Champion role.');
    expect(message.content).toContain('3. <@500000000000000002> · 1 vote');
    expect(message.content).toContain('Congratulations <@500000000000000000>!');
    expect(message.content.endsWith('The winner got the Champion role.')).toBe(true);
    expect(message.allowed_mentions.users).toEqual(['500000000000000000']);
  });

  it('cuts the ranking, not the congratulations or the role note, past 2,000 characters', () => {
    const c = challengeWith(60);
    const message = resultsMessage(c, ['500000000000000000', '500000000000000001'], 'The winners got the Champion role.');
    expect(message.content.length).toBeLessThanOrEqual(2000);
    expect(message.content).toContain('1. <@500000000000000000> · 60 votes');
    expect(message.content).toContain('Congratulations <@500000000000000000>, <@500000000000000001>!');
    expect(message.content.endsWith('The winners got the Champion role.')).toBe(true);
    const shown = message.content.split('\n').filter((l) => /^\d+\. /.test(l)).length;
    expect(shown).toBeGreaterThan(5);
    expect(message.content).toContain(`… and ${60 - shown} more entries`);
  });
});
