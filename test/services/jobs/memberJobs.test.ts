import { describe, expect, it } from 'vitest';
import { MemberJobs } from '../../../src/services/jobs/memberJobs.ts';
import { openStore } from '../../../src/services/store.ts';

describe('the per-member job index', () => {
  it('keeps each member’s last ids newest first, and the guild’s, under concurrent adds', async () => {
    const store = await openStore('memory://');
    const index = new MemberJobs(store.collection('memberJobs'), { keepPerMember: 3, keepPerGuild: 5 });
    await Promise.all(Array.from({ length: 6 }, (_, i) => index.add({ id: `job${i}`, guildId: 'g', memberId: i % 2 === 0 ? 'a' : 'b' })));
    expect(await index.ofMember('g', 'a')).toEqual(['job4', 'job2', 'job0']);
    expect(await index.ofMember('g', 'b')).toEqual(['job5', 'job3', 'job1']);
    expect(await index.ofGuild('g')).toEqual(['job5', 'job4', 'job3', 'job2', 'job1']);
    expect(await index.ofMember('other', 'a')).toEqual([]);
  });

  it('is built once from jobs stored before it existed', async () => {
    const store = await openStore('memory://');
    const index = new MemberJobs(store.collection('memberJobs'));
    async function* jobs() {
      yield ['j1', { id: 'j1', guildId: 'g', memberId: 'a', createdAt: 1 }] as [string, { id: string; guildId: string; memberId: string; createdAt: number }];
      yield ['j3', { id: 'j3', guildId: 'g', memberId: 'a', createdAt: 3 }] as [string, { id: string; guildId: string; memberId: string; createdAt: number }];
      yield ['j2', { id: 'j2', guildId: 'g', memberId: 'b', createdAt: 2 }] as [string, { id: string; guildId: string; memberId: string; createdAt: number }];
    }
    expect(await index.buildOnce(jobs())).toBe(3);
    expect(await index.ofMember('g', 'a')).toEqual(['j3', 'j1']);
    expect(await index.ofGuild('g')).toEqual(['j3', 'j2', 'j1']);
    expect(await index.buildOnce(jobs())).toBe(0);
  });
});
