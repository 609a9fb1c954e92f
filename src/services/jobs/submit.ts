import { message, type Locale, type Message } from '../../i18n/index.ts';
import type { Logger } from '../../logger.ts';
import { UserError } from '../../errors/index.ts';
import type { HoldRefusal, Ledger } from '../ledger/ledger.ts';
import type { ServerChoices } from '../models/serverChoices.ts';
import type { ModelState } from '../models/state.ts';
import type { Aspect, ModelRegistry, PricedRequest, Quality } from '../models/registry.ts';
import type { ActiveJobs } from './activeJobs.ts';
import { newJobId, type Job } from './job.ts';

export interface SubmitRequest {
  guildId: string;
  channelId: string;
  memberId: string;
  applicationId: string;
  interactionToken: string;
  /** When the interaction arrived; its token works for 15 minutes from then. */
  receivedAt: number;
  attachmentSizeLimit: number;
  model: string;
  prompt: string;
  duration?: number | undefined;
  aspect?: Aspect | undefined;
  quality?: Quality | undefined;
  imageUrl?: string | undefined;
  /** The server's language: the job's public reply speaks it. */
  locale?: Locale | undefined;
}

/** What the member asked for, before anything is held. */
export type QuoteRequest = Pick<SubmitRequest, 'model' | 'prompt' | 'duration' | 'aspect' | 'quality' | 'imageUrl'> & {
  /** The server asking: its model choices (`/settings models`) are checked when given. */
  guildId?: string | undefined;
};

export interface SubmitDeps {
  registry: ModelRegistry;
  models: ModelState;
  ledger: Ledger;
  active: ActiveJobs;
  logger: Logger;
  now: () => number;
  /** Each server's allowed models (`/settings models`); a family the server has not allowed is refused. */
  choices?: Pick<ServerChoices, 'assertAllowed' | 'allowed'> | undefined;
  /** The challenge budget that pays for videos made in this channel first, if any. */
  payer?: (guildId: string, channelId: string) => Promise<{ key: string; number: number } | undefined>;
  /**
   * Written before the hold and removed when nothing was held: the job's place in the schedule, so
   * that a crash at any later point leaves a record the next start finishes (see JobRunner).
   */
  reservation?: Reservation;
}

/** What a reservation keeps for a job not yet stored: whose it is, and how to tell them. */
export type Reserved = Pick<Job, 'id' | 'guildId' | 'channelId' | 'memberId' | 'applicationId' | 'interactionToken' | 'tokenExpiresAt' | 'createdAt' | 'locale'>;

export interface Reservation {
  reserve(job: Reserved): Promise<void>;
  cancel(jobId: string): Promise<void>;
}

const TOKEN_LIFETIME_MS = 15 * 60_000;

/** Validates and prices a request; refusals throw UserError before anything is held. */
export function quote(request: QuoteRequest, deps: Pick<SubmitDeps, 'registry' | 'models' | 'choices'>): PricedRequest {
  deps.choices?.assertAllowed(request.guildId, request.model);
  const resolved = deps.registry.resolve(request.model, request);
  if (!resolved.ok) throw new UserError(resolved.reason);
  const priced = resolved.request;
  if (deps.models.isPaused(priced.kieModel)) throw new UserError(deps.models.pausedText(priced.family.id, deps.choices && request.guildId ? deps.choices.allowed(request.guildId) : undefined));
  return priced;
}

/**
 * The submit step: quote → claim an in-flight slot → hold the price. Returns the new job, not yet
 * stored; `release` undoes the claim and the hold when it cannot be stored.
 */
export async function submitStep(request: SubmitRequest, deps: SubmitDeps): Promise<{ job: Job; release(why: string): Promise<void> }> {
  const priced = quote(request, deps);
  const { active, ledger } = deps;
  const id = newJobId();
  const claim = active.claim(id, request.guildId, request.memberId);
  if (claim === 'member') throw new UserError(message('sora.busy.member', { count: active.limits.maxPerMember }));
  if (claim === 'guild') throw new UserError(message('sora.busy.server', { count: active.limits.maxPerGuild }));
  const unclaim = () => active.release(id, request.guildId, request.memberId);
  const now = deps.now();
  const tokenExpiresAt = request.receivedAt + TOKEN_LIFETIME_MS;
  const { reservation } = deps;
  try {
    const { locale, ...asked } = request;
    await reservation?.reserve({ ...asked, id, tokenExpiresAt, createdAt: now, ...(locale ? { locale } : {}) });
  } catch (error) {
    unclaim();
    throw error;
  }
  const unreserve = () => reservation?.cancel(id).catch(() => undefined);
  try {
    const payer = await deps.payer?.(request.guildId, request.channelId);
    const holdRequest = { guildId: request.guildId, memberId: request.memberId, jobId: id, amount: priced.price };
    const hold = payer ? await ledger.holdFromBudget({ ...holdRequest, budget: payer.key }) : await ledger.hold(holdRequest);
    if (!hold.ok) throw new UserError(refusal(hold, priced.family.label));
    const job: Job = {
      id,
      guildId: request.guildId,
      channelId: request.channelId,
      memberId: request.memberId,
      applicationId: request.applicationId,
      interactionToken: request.interactionToken,
      tokenExpiresAt,
      attachmentSizeLimit: request.attachmentSizeLimit,
      familyId: priced.family.id,
      familyLabel: priced.family.label,
      kieModel: priced.kieModel,
      input: priced.input,
      prompt: priced.options.prompt,
      duration: priced.options.duration,
      aspect: priced.options.aspect,
      quality: priced.options.quality,
      ...(priced.options.imageUrl ? { imageUrl: priced.options.imageUrl } : {}),
      price: priced.price,
      ...(request.locale ? { locale: request.locale } : {}),
      state: 'queued',
      createdAt: now,
      updatedAt: now,
      checks: 0,
      deliveryAttempts: 0,
      balanceAfterHold: hold.balance,
      ...(hold.lowBalance ? { lowBalanceWarning: hold.lowBalance.threshold } : {}),
      ...(payer ? { paidFrom: 'budgetLeft' in hold && typeof hold.budgetLeft === 'number' ? { challenge: payer.number, budgetLeft: hold.budgetLeft } : { challenge: payer.number } } : {}),
    };
    return {
      job,
      // The reservation goes last: if the release fails, it stays for the next start to settle.
      async release(why) {
        unclaim();
        await ledger.release(request.guildId, id, why);
        await unreserve();
      },
    };
  } catch (error) {
    unclaim();
    await unreserve();
    throw error;
  }
}

/** Why the price could not be held: the pool, the member's daily allowance, or the operator's ceiling. */
function refusal(refused: HoldRefusal, model: string): Message {
  switch (refused.reason) {
    case 'balance': {
      const allowance = refused.remainingToday === null ? '' : message('sora.hold.allowance', { left: refused.remainingToday });
      return message('sora.hold.balance', { model, price: refused.price, balance: refused.balance, allowance });
    }
    case 'daily_limit':
      return message('sora.hold.dailyLimit', { model, price: refused.price, left: refused.remainingToday, limit: refused.dailyLimit });
    case 'operator_ceiling':
      return message('sora.hold.operatorCeiling');
  }
}
