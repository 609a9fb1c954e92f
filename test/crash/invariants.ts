// What must hold once the bot has run to quiescence after a crash at any write: every hold settled
// exactly once the right way, every pool's balance its start minus what was spent, every member's
// daily use what they were charged that day, every job delivered once or refunded once with the
// member told, every challenge closed at most once with its budget back.
import type { Challenge, ChallengeBook } from '../../src/services/challenges/types.ts';
import { shortId, type Job } from '../../src/services/jobs/job.ts';
import { utcDay, type Account } from '../../src/services/ledger/ledger.ts';
import type { Store } from '../../src/services/store.ts';
import type { FakeDiscord, FakeMessage } from '../../sandbox/discord.ts';

/** A command or button that may have started a job; `token` is its interaction token. */
export interface Sent {
  token: string;
  memberId: string;
}

export interface InvariantInput {
  store: Store;
  discord: FakeDiscord;
  sent: Sent[];
  guildId: string;
  startingCredits: number;
  where: string;
}

export async function checkInvariants(input: InvariantInput): Promise<void> {
  const problems: string[] = [];
  const fail = (what: string) => problems.push(what);
  const { store, discord, guildId } = input;
  const jobs: Job[] = [];
  for await (const [, job] of store.collection<Job>('jobs').entries()) jobs.push(job);
  const account = await store.collection<Account>('accounts').get(guildId);
  const books: Challenge[] = Object.values(((await store.collection<ChallengeBook>('challenges').get(`g:${guildId}`)) ?? { challenges: {} }).challenges);
  const messages = allMessages(discord);

  if (account) {
    if (Object.keys(account.holds).length > 0) fail(`holds still open: ${Object.keys(account.holds).join(', ')}`);
    const journal = account.journal;
    const settledEntries = (jobId: string, kind: 'capture' | 'release') => journal.filter((e) => e.kind === kind && e.jobId === jobId).length;
    const held = new Set(journal.filter((e) => e.kind === 'hold' && e.jobId).map((e) => e.jobId!));
    const byId = new Map(jobs.map((j) => [j.id, j]));
    for (const jobId of held) {
      const job = byId.get(jobId);
      const captures = settledEntries(jobId, 'capture');
      const releases = settledEntries(jobId, 'release');
      if (job?.state === 'delivered') {
        if (captures !== 1 || releases !== 0) fail(`delivered job ${jobId}: ${captures} captures, ${releases} releases (want 1, 0)`);
      } else if (captures !== 0 || releases !== 1) {
        fail(`${job ? `${job.state} job` : 'never-stored job'} ${jobId}: ${captures} captures, ${releases} releases (want 0, 1)`);
      }
    }
    const delivered = jobs.filter((j) => j.state === 'delivered' && held.has(j.id));
    const spent = delivered.reduce((sum, j) => sum + j.price, 0);
    if (account.spentTotal !== spent) fail(`spentTotal ${account.spentTotal}, but the delivered jobs cost ${spent}`);
    const openBudgets = Object.entries(account.budgets ?? {}).filter(([, b]) => !b.returned || b.left !== 0);
    if (openBudgets.length > 0) fail(`budgets not returned: ${openBudgets.map(([k, b]) => `${k} (${b.left} left)`).join(', ')}`);
    if (account.balance !== input.startingCredits - spent) fail(`balance ${account.balance}, want ${input.startingCredits} − ${spent} spent = ${input.startingCredits - spent}`);
    // Each member's use of a day is what they were charged that day.
    const charged = new Map<string, number>();
    for (const j of delivered) {
      const hold = journal.find((e) => e.kind === 'hold' && e.jobId === j.id)!;
      const key = `${j.memberId} ${utcDay(hold.at)}`;
      charged.set(key, (charged.get(key) ?? 0) + j.price);
    }
    for (const [memberId, days] of Object.entries(account.usage)) {
      for (const [day, used] of Object.entries(days)) {
        if (used !== (charged.get(`${memberId} ${day}`) ?? 0)) fail(`member ${memberId} used ${used} on ${day}, but was charged ${charged.get(`${memberId} ${day}`) ?? 0}`);
      }
    }
    for (const [key, amount] of charged) {
      const [memberId, day] = key.split(' ') as [string, string];
      if ((account.usage[memberId]?.[day] ?? 0) !== amount) fail(`member ${memberId} was charged ${amount} on ${day}, but their use reads ${account.usage[memberId]?.[day] ?? 0}`);
    }
  } else if (jobs.some((j) => j.state === 'delivered')) {
    fail('videos were delivered but the server has no account');
  }

  for (const job of jobs) {
    if (job.state !== 'delivered' && job.state !== 'failed') fail(`job ${job.id} ended ${job.state}, not delivered or failed`);
    const shown = messages.filter((m) => JSON.stringify(m.embeds).includes(`job ${shortId(job.id)}`));
    if (job.state === 'delivered') {
      const videos = shown.filter((m) => m.content.includes('your video is ready') && m.attachments.some((a) => a.filename.endsWith('.mp4')));
      if (videos.length !== 1) fail(`delivered job ${job.id} shows its video in ${videos.length} messages (want 1)`);
    } else if (job.state === 'failed') {
      const told = shown.some((m) => m.content.includes('You were not charged'));
      if (!told) fail(`failed job ${job.id} (${job.failure ?? 'no reason'}) was never told to its member`);
    }
  }

  // A request the bot took (it held credits) but never stored: its member heard it was not saved.
  const stored = new Set(jobs.map((j) => j.interactionToken));
  const unsavedHolds = account ? account.journal.filter((e) => e.kind === 'hold' && e.jobId && !jobs.some((j) => j.id === e.jobId)).length : 0;
  const toldUnsaved = input.sent.filter((s) => !stored.has(s.token) && (discord.originalFor(s.token)?.content ?? '').includes('restarted before your request was saved')).length;
  if (toldUnsaved < unsavedHolds) fail(`${unsavedHolds} requests were held but never stored; only ${toldUnsaved} of their members were told`);

  for (const c of books) {
    if (c.state !== 'closed' && c.state !== 'cancelled') fail(`challenge #${c.number} ended ${c.state}`);
    const results = messages.filter((m) => m.content.startsWith(`🏁 **Challenge #${c.number}:`) || m.content === `Challenge #${c.number}: ${c.title} was cancelled.`);
    if (results.length > 1) fail(`challenge #${c.number} posted its results ${results.length} times`);
    const announced = messages.filter((m) => m.content.startsWith(`🏆 **Challenge #${c.number}:`));
    if (announced.length > 1) fail(`challenge #${c.number} was announced ${announced.length} times`);
  }

  if (problems.length > 0) throw new Error(`${input.where}:\n  ${problems.join('\n  ')}`);
}

function allMessages(discord: FakeDiscord): FakeMessage[] {
  const channels = discord.guildIds.flatMap((g) => [discord.channelIdOf(g)]);
  return channels.flatMap((c) => discord.channelMessages(c)).filter((m) => !m.deleted);
}
