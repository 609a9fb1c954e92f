import { afterEach, describe, expect, it } from 'vitest';
import { render, translator } from '../../../src/i18n/index.ts';
import { parseEndsIn } from '../../../src/services/challenges/duration.ts';
import { job, setup, type Setup } from './support.ts';
import { until } from '../../support/wait.ts';

const G = '111111111111111111';
const ADMIN = '200000000000000001';
const [A, B, C] = ['300000000000000001', '300000000000000002', '300000000000000003'];

let s: Setup;
afterEach(async () => {
  if (!s) return;
  await s.scheduler.stop();
  await s.challenges.stop();
  await s.store.close();
});

const start = (extra: Partial<Parameters<Setup['challenges']['start']>[0]> = {}) =>
  s.challenges.start({ guildId: G, by: ADMIN, channelId: '500', title: 'Foxes', theme: 'Foxes in winter', endsInMs: 3_600_000, maxEntries: 1, budget: 0, voting: 'anyone', attachmentSizeLimit: 10_000_000, ...extra });

function made(memberId: string, overrides: Partial<Parameters<typeof job>[0]> = {}) {
  const j = job({ guildId: G, memberId, createdAt: s.clock.now + 1, ...overrides });
  s.jobs.set(j.id, j);
  return j;
}

describe('ends_in', () => {
  it('takes a number and a unit from 10 seconds to 30 days', () => {
    expect(parseEndsIn('90s')).toEqual({ ok: true, ms: 90_000 });
    expect(parseEndsIn('45m')).toEqual({ ok: true, ms: 2_700_000 });
    expect(parseEndsIn('1w')).toEqual({ ok: true, ms: 604_800_000 });
    for (const bad of ['9s', '31d', '2 hours', '1.5h', '', 'h']) {
      const parsed = parseEndsIn(bad);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(render(parsed.reason, translator('en-US'))).toContain('`90s`');
    }
  });
});

describe('challenges service', () => {
  it('starts with an announcement and numbers challenges per server', async () => {
    s = await setup();
    const one = await start();
    const two = await start({ title: 'Cats' });
    expect([one.number, two.number]).toEqual([1, 2]);
    expect(s.discord.posts[0]!.body.content).toContain('Challenge #1: Foxes');
    expect(s.discord.posts[0]!.body.content).toMatch(/<t:\d+:R>/);
    expect(s.discord.posts[0]!.body.allowed_mentions).toEqual({ parse: [] });
    expect(s.scheduler.has('challenge-close', `${G}:1`)).toBe(true);
  });

  it('moves the budget out of the pool, refuses one the pool cannot cover, and returns what is left at close', async () => {
    s = await setup({ credits: 500 });
    await expect(start({ budget: 600 })).rejects.toThrow('not enough for a budget of 600');
    expect((await s.ledger.account(G)).balance).toBe(500);
    const c = await start({ budget: 200 });
    // The refused start took #1; numbers are never handed out twice.
    expect(c.number).toBe(2);
    expect((await s.ledger.account(G)).balance).toBe(300);
    const hold = await s.ledger.holdFromBudget({ guildId: G, memberId: A, jobId: 'j1', amount: 30, budget: c.startKey! });
    expect(hold).toMatchObject({ ok: true, budgetLeft: 170, balance: 300 });
    await s.ledger.capture(G, 'j1');
    await s.challenges.finish(c, 'end');
    const account = await s.ledger.account(G);
    expect(account.balance).toBe(470);
    const moves = account.journal.filter((e) => e.kind === 'budget').map((e) => e.amount);
    expect(moves).toEqual([-200, 170]);
  });

  it('pays from the budget while it covers the price, then from the pool, never overdrawing under concurrency', async () => {
    s = await setup({ credits: 1000 });
    const { startKey: budgetKey } = await start({ budget: 100 });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => s.ledger.holdFromBudget({ guildId: G, memberId: A, jobId: `j${i}`, amount: 30, budget: budgetKey! })),
    );
    const fromBudget = results.filter((r) => r.ok && 'budgetLeft' in r).length;
    expect(fromBudget).toBe(3);
    const account = await s.ledger.account(G);
    expect(account.budgets![budgetKey!]!.left).toBe(10);
    // 900 in the pool after the budget: 30 holds of 30 fit, the rest are refused.
    expect(results.filter((r) => r.ok).length).toBe(3 + 30);
    expect(account.balance).toBe(0);
    // A released budget hold goes back to the open budget.
    await s.ledger.release(G, 'j0', 'test');
    expect((await s.ledger.budgets.get(G, budgetKey!))!.left).toBe(40);
  });

  it('refuses each broken entry rule with its own message and posts nothing', async () => {
    s = await setup();
    const before = made(A, { createdAt: s.clock.now - 10 });
    const c = await start({ maxEntries: 1 });
    s.clock.now += 1000;
    const posts = s.discord.posts.length;
    const other = made(B);
    const failed = made(A, { state: 'failed' });
    const submit = (video: string, memberId = A) => s.challenges.submit({ guildId: G, memberId, video });
    await expect(submit(other.id)).rejects.toThrow('made by someone else');
    await expect(submit(before.id)).rejects.toThrow('made before challenge #1 started');
    await expect(submit(failed.id)).rejects.toThrow('failed');
    await expect(submit('nosuchjob1')).rejects.toThrow('There is no video');
    const good = made(A);
    await submit(good.id);
    await expect(submit(good.id)).rejects.toThrow('already entered');
    await expect(submit(made(A).id)).rejects.toThrow('the most it allows');
    expect(s.discord.posts.length).toBe(posts + 1);
    await s.challenges.finish(c, 'cancel');
    await expect(s.challenges.submit({ guildId: G, memberId: B, challenge: '1', video: other.id })).rejects.toThrow('was cancelled');
    await expect(s.challenges.submit({ guildId: G, memberId: B, challenge: '#7', video: other.id })).rejects.toThrow('There is no challenge #7');
  });

  it('enters the latest delivered video by default and posts it with a Vote · 0 button', async () => {
    s = await setup();
    await start();
    const video = made(A);
    await s.challenges.resultButtons().buttons(video);
    const { entry } = await s.challenges.submit({ guildId: G, memberId: A });
    expect(entry.jobId).toBe(video.id);
    const post = s.discord.posts.at(-1)!;
    expect(post.files).toHaveLength(1);
    expect(post.body.content).toContain(`<@${A}>`);
    expect(post.body.content).toContain('@\u200beveryone');
    expect(JSON.stringify(post.body.components)).toContain('Vote · 0');
  });

  it('counts votes exactly under 200 concurrent presses, toggles repeats, refuses self-votes, and closes with ranked results', async () => {
    s = await setup({ debounceMs: 30 });
    const c = await start({ maxEntries: 2, winnerRoleId: '777' });
    const ea = made(A);
    const eb = made(B);
    await s.challenges.submit({ guildId: G, memberId: A, video: ea.id });
    await s.challenges.submit({ guildId: G, memberId: B, video: eb.id });
    const vote = (jobId: string, memberId: string) => s.challenges.vote({ guildId: G, number: c.number, jobId, memberId, joinedAt: 0 });
    await expect(vote(ea.id, A)).rejects.toThrow('your own entry');
    const voters = Array.from({ length: 200 }, (_, i) => `9${String(i).padStart(17, '0')}`);
    const answers = await Promise.all(voters.map((v) => vote(ea.id, v)));
    expect(answers.every((a) => a.kind === 'counted')).toBe(true);
    expect(Math.max(...answers.map((a) => a.votes))).toBe(200);
    expect(await vote(eb.id, C)).toEqual({ kind: 'counted', votes: 1 });
    expect(await vote(eb.id, C)).toEqual({ kind: 'removed', votes: 0 });
    expect(await vote(eb.id, C)).toEqual({ kind: 'counted', votes: 1 });
    const entryA = (await s.challenges.resolve(G, '1')).entries[ea.id]!;
    await until(() => s.discord.label(entryA.messageId!) === 'Vote · 200');
    expect(s.discord.edits.filter((e) => e.messageId === entryA.messageId).length).toBeLessThan(10);

    const [closed] = await Promise.all([s.challenges.finish(c, 'end'), s.challenges.runClose(`${G}:1`)]);
    expect(closed.state).toBe('closed');
    const results = s.discord.posts.filter((p) => p.body.content.includes('results'));
    expect(results).toHaveLength(1);
    expect(results[0]!.body.content).toMatch(new RegExp(`1\\. <@${A}> · 200 votes[\\s\\S]*2\\. <@${B}> · 1 vote`));
    expect(results[0]!.body.allowed_mentions).toEqual({ parse: [], users: [A] });
    expect(s.discord.roles).toEqual([{ guildId: G, userId: A, roleId: '777' }]);
    expect(JSON.stringify(s.discord.edits.filter((e) => e.messageId === entryA.messageId).at(-1))).toContain('"disabled":true');
    await expect(vote(ea.id, C)).rejects.toThrow('Voting has closed');
    await expect(s.challenges.finish((await s.challenges.resolve(G, '1')), 'end')).rejects.toThrow('already ended');
  });

  it('breaks ties by the earlier entry and still posts results when the role cannot be given', async () => {
    s = await setup();
    const c = await start({ winnerRoleId: '777' });
    const ea = made(A);
    const eb = made(B);
    await s.challenges.submit({ guildId: G, memberId: A, video: ea.id });
    await s.challenges.submit({ guildId: G, memberId: B, video: eb.id });
    await s.challenges.vote({ guildId: G, number: 1, jobId: eb.id, memberId: C, joinedAt: 0 });
    await s.challenges.vote({ guildId: G, number: 1, jobId: ea.id, memberId: C, joinedAt: 0 });
    s.discord.refuse.role = 403;
    await s.challenges.finish(c, 'end');
    const results = s.discord.posts.at(-1)!.body.content;
    expect(results).toMatch(new RegExp(`1\\. <@${A}>[\\s\\S]*2\\. <@${B}>`));
    expect(results).toContain('could not give <@&777>');
  });

  it('refuses votes from members who joined after the start when voting is members-before-start', async () => {
    s = await setup();
    const c = await start({ voting: 'members-before-start' });
    const ea = made(A);
    await s.challenges.submit({ guildId: G, memberId: A, video: ea.id });
    await expect(s.challenges.vote({ guildId: G, number: c.number, jobId: ea.id, memberId: B, joinedAt: s.clock.now + 5 })).rejects.toThrow('joined the server before');
    expect(await s.challenges.vote({ guildId: G, number: c.number, jobId: ea.id, memberId: C, joinedAt: s.clock.now - 5 })).toMatchObject({ kind: 'counted' });
  });

  it('is due at its deadline on the scheduler and closes when it runs then', async () => {
    s = await setup();
    const c = await start({ endsInMs: 10_000 });
    expect(await s.challenges.runClose(`${G}:1`)).toEqual({ at: c.endsAt, meta: { guildId: G } });
    s.clock.now += 11_000;
    expect(await s.challenges.runClose(`${G}:1`)).toBe('done');
    expect((await s.challenges.resolve(G, '1')).state).toBe('closed');
    expect(s.discord.posts.at(-1)!.body.content).toContain('No entries.');
      });

  it('finishes a close that a crash cut short without posting the results twice', async () => {
    s = await setup();
    const c = await start({ budget: 100 });
    const ea = made(A);
    await s.challenges.submit({ guildId: G, memberId: A, video: ea.id });
    // As if the bot died right after it began closing: state closing, nothing else done.
    await s.challengeStore.updateChallenge(G, c.number, (x) => {
      x.state = 'closing';
      x.endedBy = 'deadline';
      x.closedAt = s.clock.now;
    });
    await expect(s.challenges.vote({ guildId: G, number: 1, jobId: ea.id, memberId: B, joinedAt: 0 })).rejects.toThrow('Voting has closed');
    expect(await s.challenges.runClose(`${G}:1`)).toBe('done');
    const posted = () => s.discord.posts.filter((p) => p.body.content.includes(': results**'));
    expect(posted()).toHaveLength(1);
    // And as if it died after posting but before the last step.
    await s.challengeStore.updateChallenge(G, c.number, (x) => {
      x.state = 'closing';
    });
    expect(await s.challenges.runClose(`${G}:1`)).toBe('done');
    expect(posted()).toHaveLength(1);
    expect((await s.challenges.resolve(G, '1')).state).toBe('closed');
    expect((await s.ledger.account(G)).balance).toBe(1000);
    expect((await s.ledger.history(G, 50)).filter((e) => e.kind === 'budget')).toHaveLength(2);
  });
});

describe('challenges: trust', () => {
  it('never reuses the number of a start that could not post, so a later budget is really funded and really returned', async () => {
    s = await setup({ credits: 1000 });
    s.discord.refuse.post = 403;
    await expect(start({ budget: 300 })).rejects.toThrow('Nothing was started');
    expect((await s.ledger.account(G)).balance).toBe(1000);
    s.discord.refuse = {};
    const c = await start({ budget: 300 });
    expect(c.number).toBe(2);
    expect(s.discord.posts.at(-1)!.body.content).toContain('Challenge #2');
    // The credits moved now, are paid from, and come back at the close.
    expect((await s.ledger.account(G)).balance).toBe(700);
    const hold = await s.ledger.holdFromBudget({ guildId: G, memberId: A, jobId: 'j1', amount: 30, budget: c.startKey! });
    expect(hold).toMatchObject({ ok: true, budgetLeft: 270 });
    await s.ledger.capture(G, 'j1');
    const closed = await s.challenges.finish(c, 'end');
    expect(closed.budgetReturned).toBe(270);
    expect((await s.ledger.account(G)).balance).toBe(970);
  });

  it('a start whose budget cannot be funded fails with a clear message and announces nothing', async () => {
    s = await setup({ credits: 100 });
    await expect(start({ budget: 150 })).rejects.toThrow('not enough for a budget of 150. Nothing was started.');
    expect(s.discord.posts).toHaveLength(0);
    expect(await s.challenges.list(G)).toEqual([]);
    expect(await s.store.collection('challenge_close').get(`${G}:1`)).toBeUndefined();
  });

  it('refuses a video its maker or a moderator deleted, and never picks one as the default', async () => {
    s = await setup();
    await start({ maxEntries: 3 });
    const kept = made(A);
    await s.challenges.resultButtons().buttons(kept);
    const deleted = made(A, { resultDeletedAt: s.clock.now + 5 });
    await s.challenges.resultButtons().buttons(deleted);
    await expect(s.challenges.submit({ guildId: G, memberId: A, video: deleted.id })).rejects.toThrow('was deleted');
    // The latest video is the deleted one; the default skips it.
    const { entry } = await s.challenges.submit({ guildId: G, memberId: A });
    expect(entry.jobId).toBe(kept.id);
    const onlyDeleted = made(B, { resultDeletedAt: s.clock.now + 5 });
    await s.challenges.resultButtons().buttons(onlyDeleted);
    await expect(s.challenges.submit({ guildId: G, memberId: B })).rejects.toThrow('no finished video');
  });

  it('refuses votes and entries once the deadline has passed, even before the close has run', async () => {
    s = await setup();
    const c = await start({ maxEntries: 2 });
    const entered = made(A);
    await s.challenges.submit({ guildId: G, memberId: A, video: entered.id });
    const late = made(A);
    // The close is due but has not run (the scheduler is busy or the bot is slow).
    await s.scheduler.stop();
    s.clock.now = c.endsAt;
    await expect(s.challenges.vote({ guildId: G, number: c.number, jobId: entered.id, memberId: B, joinedAt: undefined })).rejects.toThrow('Voting has closed');
    await expect(s.challenges.submit({ guildId: G, memberId: A, video: late.id })).rejects.toThrow('has closed');
    expect((await s.challengeStore.votes(`${G}:${c.number}:${entered.id}`)).voters).toEqual({});
  });

  it('does not give a winner role that was given admin powers after the start, and says so in the results', async () => {
    s = await setup();
    const c = await start({ winnerRoleId: '777' });
    const ea = made(A);
    await s.challenges.submit({ guildId: G, memberId: A, video: ea.id });
    await s.challenges.vote({ guildId: G, number: c.number, jobId: ea.id, memberId: B, joinedAt: 0 });
    s.discord.guildFacts = { ownerId: '1', roles: [{ id: '777', position: 2, permissions: 8n, managed: false }] };
    await s.challenges.finish(c, 'end');
    expect(s.discord.roles).toEqual([]);
    expect(s.discord.posts.at(-1)!.body.content).toContain('I did not give <@&777>: it now grants Administrator');
  });
});
