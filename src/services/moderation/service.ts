import { UserError } from '../../errors/index.ts';
import { message, type Locale, type Message } from '../../i18n/index.ts';
import type { Logger } from '../../logger.ts';
import type { AutoModSync } from './automodSync.ts';
import { parseKeyword, type Keyword } from './keywords.ts';
import type { Verdict, Where } from './ruleset.ts';
import type { ModerationStore, Snapshot } from './store.ts';
import { MODERATION_LIMITS } from './types.ts';

/** What a member typed that the bot would act on or repeat in public. */
export type TextKind = 'prompt' | 'title' | 'theme';

export interface CheckInput extends Where {
  guildId: string;
  memberId: string;
  text: string;
  what: TextKind;
  /** Which action asked (`sora`, `again`, `remix`, `challenge start`), for the review log. */
  action: string;
  /** The server's language now: the review log's entry for a refusal speaks it. */
  locale: Locale;
}

export type Refused = Extract<Verdict, { ok: false }>;
export interface Refusal extends CheckInput {
  verdict: Refused;
}

export interface ModerationDeps {
  store: ModerationStore;
  automod: AutoModSync;
  logger: Logger;
  now: () => number;
  /** Counts refusals by rule source (/metrics). */
  observe?: (source: Refused['source']) => void;
  /** Hears every refusal (the review log). */
  onRefused?: (refusal: Refusal) => void;
}

export interface WordsChange {
  changed: string[];
  unchanged: string[];
  invalid: Array<{ word: string; reason: Message }>;
  total: number;
}

/** Problems are messages (data): the same key and values is the same problem. */
const sameProblem = (a: string | Message | undefined, b: Message | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The same pattern however it was typed: `*Fóx*` and `*fox*` are one entry. */
const keyOf = (k: Keyword): string => `${k.wordStart ? '' : '*'}${k.needle}${k.wordEnd ? '' : '*'}`;

/**
 * A server's moderation: its word rules (and its AutoMod rules, through `automod`), blocked
 * members, allowed channels and review log. What `/moderation`, the gates and the text checks ask.
 */
export class Moderation {
  readonly #d: ModerationDeps;
  readonly automod: AutoModSync;

  constructor(deps: ModerationDeps) {
    this.#d = deps;
    this.automod = deps.automod;
  }

  view(guildId: string): Promise<Snapshot> {
    return this.#d.store.get(guildId);
  }

  /** Judges text by the server's rules; a refusal is counted and told to the review log. */
  async check(input: CheckInput): Promise<Verdict> {
    if (input.text.length > MODERATION_LIMITS.checkedText) throw new UserError(message('moderation.rules.tooLong', { max: MODERATION_LIMITS.checkedText }));
    const { rules } = await this.#d.store.get(input.guildId);
    const verdict = rules.judge(input.text, input);
    if (!verdict.ok) {
      this.#d.observe?.(verdict.source);
      this.#d.logger.info({ guildId: input.guildId, memberId: input.memberId, action: input.action, source: verdict.source, pattern: verdict.pattern }, 'text refused by a moderation rule');
      this.#d.onRefused?.({ ...input, verdict });
    }
    return verdict;
  }

  async addWords(guildId: string, words: string[]): Promise<WordsChange> {
    const parsed = words.map((word) => ({ word, parsed: word.length > MODERATION_LIMITS.wordLength ? undefined : parseKeyword(word) }));
    const invalid = parsed.flatMap(({ word, parsed: p }) =>
      p === undefined ? [{ word, reason: message('moderation.rules.reason.wordTooLong', { max: MODERATION_LIMITS.wordLength }) }] : p.ok ? [] : [{ word, reason: p.reason }],
    );
    const valid = parsed.flatMap(({ parsed: p }) => (p?.ok ? [p.keyword] : []));
    const { result } = await this.#d.store.update(guildId, (r) => {
      const known = new Set(r.words.flatMap((w) => {
        const p = parseKeyword(w);
        return p.ok ? [keyOf(p.keyword)] : [];
      }));
      const changed: string[] = [];
      const unchanged: string[] = [];
      for (const k of valid) {
        if (known.has(keyOf(k))) unchanged.push(k.pattern);
        else {
          known.add(keyOf(k));
          changed.push(k.pattern);
        }
      }
      if (r.words.length + changed.length > MODERATION_LIMITS.words) {
        throw new UserError(message('moderation.rules.wordsLimit', { max: MODERATION_LIMITS.words, n: r.words.length }));
      }
      r.words.push(...changed);
      return { changed, unchanged, invalid, total: r.words.length };
    });
    return result;
  }

  async removeWords(guildId: string, words: string[]): Promise<WordsChange> {
    const wanted = new Map<string, string>();
    const invalid: WordsChange['invalid'] = [];
    for (const word of words) {
      const p = parseKeyword(word);
      if (p.ok) wanted.set(keyOf(p.keyword), p.keyword.pattern);
      else invalid.push({ word, reason: p.reason });
    }
    const { result } = await this.#d.store.update(guildId, (r) => {
      const changed: string[] = [];
      r.words = r.words.filter((w) => {
        const p = parseKeyword(w);
        if (!p.ok || !wanted.has(keyOf(p.keyword))) return true;
        changed.push(w);
        wanted.delete(keyOf(p.keyword));
        return false;
      });
      return { changed, unchanged: [...wanted.values()], invalid, total: r.words.length };
    });
    return result;
  }

  async block(guildId: string, memberId: string, by: string, reason: string | undefined): Promise<'blocked' | 'already'> {
    const { result } = await this.#d.store.update(guildId, (r) => {
      if (r.blocked[memberId]) return 'already' as const;
      if (Object.keys(r.blocked).length >= MODERATION_LIMITS.blocked) throw new UserError(message('moderation.rules.blockedLimit', { max: MODERATION_LIMITS.blocked }));
      r.blocked[memberId] = { by, at: this.#d.now(), ...(reason ? { reason } : {}) };
      return 'blocked' as const;
    });
    return result;
  }

  async unblock(guildId: string, memberId: string): Promise<boolean> {
    const { result } = await this.#d.store.update(guildId, (r) => {
      const was = r.blocked[memberId] !== undefined;
      delete r.blocked[memberId];
      return was;
    });
    return result;
  }

  async isBlocked(guildId: string, memberId: string): Promise<boolean> {
    return (await this.view(guildId)).record.blocked[memberId] !== undefined;
  }

  /** Channels where videos may be made; `undefined` = everywhere. */
  async setChannels(guildId: string, channelIds: string[] | undefined): Promise<Snapshot> {
    const { snapshot } = await this.#d.store.update(guildId, (r) => {
      if (channelIds === undefined) delete r.channels;
      else r.channels = [...new Set(channelIds)].slice(0, MODERATION_LIMITS.channels);
    });
    return snapshot;
  }

  async setLog(guildId: string, channelId: string | undefined, problem?: Message): Promise<Snapshot> {
    const { snapshot } = await this.#d.store.update(guildId, (r) => {
      if (channelId === undefined) delete r.log;
      else r.log = { channelId, ...(problem ? { problem } : {}) };
    });
    return snapshot;
  }

  /**
   * What went wrong posting to the log channel (undefined: a post worked). Returns true when the
   * problem is new, so it is logged once rather than on every post.
   */
  async noteLogProblem(guildId: string, channelId: string, problem: Message | undefined): Promise<boolean> {
    const current = (await this.view(guildId)).record.log;
    if (current?.channelId !== channelId || sameProblem(current.problem, problem)) return false;
    const { result } = await this.#d.store.update(guildId, (r) => {
      if (r.log?.channelId !== channelId || sameProblem(r.log.problem, problem)) return false;
      if (problem === undefined) delete r.log.problem;
      else r.log.problem = problem;
      return true;
    });
    return result;
  }
}
