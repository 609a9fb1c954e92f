import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_PERMISSIONS, type FakeMessage } from '../../sandbox/discord.ts';
import { fixture } from '../support/fixtures.ts';
import { until } from '../support/wait.ts';
import { challengeDriver } from './challengeSupport.ts';
import { startWorld, type World } from './world.ts';

let world: World;
let d: ReturnType<typeof challengeDriver>;
/** A role below the admin's own: what an admin may have the bot give a winner. */
let winnerRole: string;
beforeEach(async () => {
  world = await startWorld();
  d = challengeDriver(world);
  winnerRole = world.discord.addRole(world.guildId, { name: 'Champion', position: 2 }).id;
  const mods = world.discord.addRole(world.guildId, { name: 'Mods', position: 3 });
  world.discord.setMemberRoles(world.guildId, world.admin.id, [mods.id]);
});
afterEach(async () => {
  await world.close();
});

const entries = () => d.publicMessages().filter((m) => m.content.startsWith('🎬 Entry by'));
const entryOf = (memberId: string) => entries().find((m) => m.content.includes(`<@${memberId}>`))!;

describe('/challenge end to end', () => {
  it('runs a challenge: start, entries by command and by button, votes, a refused end, results ranked by the stored votes', async () => {
    const [a, b, c, v1, v2, v3] = [1, 2, 3, 4, 5, 6].map(d.user) as [ReturnType<typeof d.user>, ...ReturnType<typeof d.user>[]];
    const v1_ = v1!, v2_ = v2!, v3_ = v3!, b_ = b!, c_ = c!;

    const refusedStart = await d.challenge('start', { title: 'x', theme: 'y', ends_in: '1h' }, { user: a, memberPermissions: FAKE_PERMISSIONS.member });
    expect(await d.answer(refusedStart)).toContain('Manage Server');
    const badEndsIn = await d.challenge('start', { title: 'x', theme: 'y', ends_in: 'tomorrow' });
    expect(await d.answer(badEndsIn)).toContain('`90s`, `45m`, `2h`, `3d` or `1w`');
    expect(d.publicMessages()).toHaveLength(0);

    const started = await d.challenge('start', { title: 'Winter foxes', theme: 'A fox in the snow @everyone', ends_in: '1h', winner_role: winnerRole });
    expect(await d.answer(started)).toContain('Challenge #1 started');
    const announcement = d.publicMessages().find((m) => m.content.includes('Challenge #1: Winter foxes'))!;
    expect(announcement.content).toMatch(/<t:\d+:R>/);
    expect(announcement.content).toMatch(/<t:\d+:f>/);
    expect(announcement.allowedMentions).toEqual({ parse: [] });

    // Three members make videos; A and C enter by command, B by the button on the result.
    const videos = await Promise.all([a, b_, c_].map(async (u) => d.videoOf(await world.sora({ prompt: `a fox by ${u.username}` }, { user: u }))));
    const [va, vb, vc] = videos as [FakeMessage, FakeMessage, FakeMessage];
    // Delivered means settled: the message shows a moment before the job is stored as delivered.
    await until(async () => Object.keys((await world.app.ledger.account(world.guildId)).holds).length === 0);
    expect(d.customIds(vb).some((id) => id.startsWith(`challenge:submit:${d.jobIdOf(vb)}`))).toBe(true);

    expect(await d.answer(await d.challenge('submit', {}, { user: a, memberPermissions: FAKE_PERMISSIONS.member }))).toContain('entered in challenge #1');
    const byButton = await d.press(vb, `challenge:submit:${d.jobIdOf(vb)}`, b_);
    expect(await d.answer(byButton)).toContain('entered in challenge #1');
    // Someone else's result button: refused.
    expect(await d.answer(await d.press(vc, `challenge:submit:${d.jobIdOf(vc)}`, v1_))).toContain('made by someone else');
    expect(await d.answer(await d.challenge('submit', { challenge: '#1', video: d.jobIdOf(vc) }, { user: c_, memberPermissions: FAKE_PERMISSIONS.member }))).toContain('entered');
    expect(entries()).toHaveLength(3);
    const entryA = entryOf(a.id);
    // The same bytes that were delivered to the member.
    const delivered = va.attachments.find((f) => f.filename.endsWith('.mp4'))!.data;
    expect(entryA.attachments[0]!.data.equals(delivered)).toBe(true);
    expect([fixture('sample-portrait.mp4'), fixture('sample-landscape.mp4')].some((f) => f.equals(delivered))).toBe(true);
    expect(d.label(entryA)).toBe('Vote · 0');
    expect(entryA.allowedMentions).toEqual({ parse: [] });

    const vote = (entry: FakeMessage, who: typeof a) => d.press(entry, d.customIds(entry)[0]!, who);
    expect(await d.answer(await vote(entryA, a))).toContain('cannot vote for your own entry');
    expect(await d.answer(await vote(entryA, v1_))).toContain('Vote counted');
    expect(await d.answer(await vote(entryA, v2_))).toContain('Vote counted');
    expect(await d.answer(await vote(entryOf(c_.id), v1_))).toContain('Vote counted');
    const entryB = entryOf(b_.id);
    expect(await d.answer(await vote(entryB, v3_))).toContain('Vote counted');
    expect(await d.answer(await vote(entryB, v3_))).toContain('Vote removed');
    expect(await d.answer(await vote(entryB, v3_))).toContain('Vote counted');
    await until(() => d.label(entryOf(a.id)) === 'Vote · 2', 10_000, 'the label');

    const show = await d.challenge('show', {}, { user: v1_, memberPermissions: FAKE_PERMISSIONS.member });
    expect(await d.answer(show)).toMatch(new RegExp(`1\\. <@${a.id}> · 2 votes`));
    expect(d.isPrivate(show)).toBe(true);

    const refusedEnd = await d.challenge('end', {}, { user: v1_, memberPermissions: FAKE_PERMISSIONS.member });
    expect(await d.answer(refusedEnd)).toContain('Manage Server');
    expect(d.publicMessages().some((m) => m.content.includes('results'))).toBe(false);

    expect(await d.answer(await d.challenge('end'))).toContain('has ended');
    const results = d.publicMessages().find((m) => m.content.includes('results'))!;
    const order = [a.id, b_.id, c_.id].map((id) => results.content.indexOf(`<@${id}>`));
    // A has 2 votes; B and C have 1 each, and B entered before C.
    expect(order[0]).toBeLessThan(order[1]!);
    expect(order[1]).toBeLessThan(order[2]!);
    expect(results.content).toContain(`1. <@${a.id}> · 2 votes`);
    expect(results.content).toContain(`https://discord.com/channels/${world.guildId}/${d.channelId}/${entryA.id}`);
    expect(results.allowedMentions).toEqual({ parse: [], users: [a.id] });
    expect(world.discord.memberRoles(world.guildId, a.id)).toEqual([winnerRole]);
    for (const entry of entries()) expect(JSON.stringify(entry.components)).toContain('"disabled":true');
    expect(d.label(entryOf(a.id))).toBe('Vote · 2');

    expect(await d.answer(await vote(entryOf(a.id), v3_))).toContain('Voting has closed');
    expect(await d.answer(await d.challenge('end', { challenge: '1' }))).toContain('already ended');
    const list = await d.challenge('list', {}, { user: v1_, memberPermissions: FAKE_PERMISSIONS.member });
    expect(await d.answer(list)).toContain('#1** Winter foxes');
  });

  it('refuses each broken rule privately, posting and charging nothing', async () => {
    const a = d.user(1);
    const b = d.user(2);
    const asMember = { memberPermissions: FAKE_PERMISSIONS.member };
    const before = await d.videoOf(await world.sora({ prompt: 'made too early' }, { user: a }));
    await d.answer(await d.challenge('start', { title: 'Rules', theme: 'x', ends_in: '1h', max_entries: 1 }));
    world.kie.planNext({ outcome: { fail: { code: '500', msg: 'Internal generation error' } } });
    const failedSent = await world.sora({ prompt: 'this one fails' }, { user: a });
    await until(() => world.discord.originalFor(failedSent.token)?.content.includes('could not be made') === true);
    const failedId = /job ([a-z0-9]+)/.exec(JSON.stringify(world.discord.originalFor(failedSent.token)!.embeds))![1]!;
    const mine = await d.videoOf(await world.sora({ prompt: 'a good one' }, { user: a }));
    const theirs = await d.videoOf(await world.sora({ prompt: 'not yours' }, { user: b }));
    await until(async () => Object.keys((await world.app.ledger.account(world.guildId)).holds).length === 0);
    const balance = (await world.app.ledger.account(world.guildId)).balance;
    const posted = d.publicMessages().length;

    const submit = async (values: Record<string, string>) => d.answer(await d.challenge('submit', values, { user: a, ...asMember }));
    expect(await submit({ video: d.jobIdOf(theirs) })).toContain('made by someone else');
    expect(await submit({ video: d.jobIdOf(before) })).toContain('made before challenge #1 started');
    expect(await submit({ video: failedId })).toContain('That video failed');
    expect(await submit({ video: d.jobIdOf(mine) })).toContain('entered');
    expect(await submit({ video: d.jobIdOf(mine) })).toContain('already entered');
    expect(await submit({ video: d.jobIdOf(before) })).toContain('made before');
    const another = await d.videoOf(await world.sora({ prompt: 'one more' }, { user: a }));
    await until(async () => Object.keys((await world.app.ledger.account(world.guildId)).holds).length === 0);
    expect(await submit({ video: d.jobIdOf(another) })).toContain('the most it allows');
    expect(await submit({ challenge: '#9' })).toContain('There is no challenge #9');
    expect(d.publicMessages().length).toBe(posted + 2); // the one entry, and the extra video's own reply
    expect((await world.app.ledger.account(world.guildId)).balance).toBe(balance - 30);

    expect(await d.answer(await d.challenge('cancel'))).toContain('cancelled');
    expect(d.publicMessages().at(-1)!.content).toContain('was cancelled');
    expect(d.publicMessages().some((m) => m.content.includes(': results**'))).toBe(false);
    expect(await submit({ challenge: '1', video: d.jobIdOf(another) })).toContain('was cancelled; it takes no entries');
    expect(await d.answer(await d.challenge('end', { challenge: '1' }))).toContain('was cancelled already');
  });

  it('refuses votes from members who joined after the start, and says so when the winner role cannot be given', async () => {
    const [a, early, late] = [d.user(1), d.user(2), d.user(3)];
    await d.answer(await d.challenge('start', { title: 'Old guard', theme: 'x', ends_in: '1h', voting: 'members-before-start', winner_role: winnerRole }));
    const video = await d.videoOf(await world.sora({ prompt: 'a fox' }, { user: a }));
    await until(async () => Object.keys((await world.app.ledger.account(world.guildId)).holds).length === 0);
    await d.answer(await d.press(video, `challenge:submit:${d.jobIdOf(video)}`, a));
    const entry = entryOf(a.id);
    const id = d.customIds(entry)[0]!;
    expect(await d.answer(await d.press(entry, id, late, { memberJoinedAt: Date.now() + 60_000 }))).toContain('joined the server before challenge #1 started');
    expect(await d.answer(await d.press(entry, id, early, { memberJoinedAt: Date.now() - 86_400_000 }))).toContain('Vote counted');
    world.discord.fail({ method: 'PUT', path: /\/roles\// }, { status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    await d.answer(await d.challenge('end'));
    const results = d.publicMessages().find((m) => m.content.includes(': results**'))!;
    expect(results.content).toContain(`1. <@${a.id}> · 1 vote`);
    expect(results.content).toContain(`could not give <@&${winnerRole}>`);
    expect(world.discord.memberRoles(world.guildId, a.id)).toEqual([]);
  });
});

describe('/challenge details', () => {
  it('autocompletes the open challenges and posts an entry over the upload limit as a link', async () => {
    await d.answer(await d.challenge('start', { title: 'Small files', theme: 'x', ends_in: '1h' }, { attachmentSizeLimit: 10_000 }));
    await d.answer(await d.challenge('start', { title: 'Another', theme: 'y', ends_in: '2h' }));
    const typed = await world.discord.sendAutocomplete({
      name: 'challenge',
      guildId: world.guildId,
      user: d.user(1),
      options: [{ name: 'submit', type: 1, options: [{ name: 'challenge', type: 3, value: 'small', focused: true }] }],
    });
    await until(() => world.discord.interaction(typed.token)?.callbackType === 8);
    expect(world.discord.interaction(typed.token)!.callbackData).toEqual({ choices: [{ name: '#1 Small files', value: '1' }] });

    const a = d.user(1);
    const video = await d.videoOf(await world.sora({ prompt: 'a big file' }, { user: a }));
    await until(async () => Object.keys((await world.app.ledger.account(world.guildId)).holds).length === 0);
    // Two are open: the challenge must be named.
    expect(await d.answer(await d.challenge('submit', {}, { user: a, memberPermissions: FAKE_PERMISSIONS.member }))).toContain('Several challenges are open');
    const byButton = await d.answer(await d.press(video, `challenge:submit:${d.jobIdOf(video)}`, a));
    expect(byButton).toContain(`\`/challenge submit challenge:<id> video:${d.jobIdOf(video)}\``);
    expect(byButton).toContain('#1 Small files, #2 Another');
    expect(await d.answer(await d.challenge('submit', { challenge: '1', video: d.jobIdOf(video) }, { user: a, memberPermissions: FAKE_PERMISSIONS.member }))).toContain('entered');
    const entry = entries()[0]!;
    expect(entry.attachments).toHaveLength(0);
    expect(entry.content).toContain("over this channel's upload limit");
    const url = /<(http[^>]+)>/.exec(entry.content)![1]!;
    const served = Buffer.from(await (await fetch(url)).arrayBuffer());
    expect(served.equals(video.attachments.find((f) => f.filename.endsWith('.mp4'))!.data)).toBe(true);
  });
});
