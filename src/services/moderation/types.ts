import type { Message } from '../../i18n/index.ts';

/** One server's moderation settings: one store value per guild (`g:<guild>` in the `moderation` collection). */

/** An AutoMod rule as the bot keeps it: the parts of Discord's rule object it applies. */
export interface AutoModRule {
  id: string;
  name: string;
  enabled: boolean;
  /** 1 keyword (reusable), 4 preset (Discord's own lists, never readable), others not about words. */
  triggerType: number;
  keywords: string[];
  regexes: string[];
  allow: string[];
  exemptRoles: string[];
  exemptChannels: string[];
}

export interface BlockedMember {
  by: string;
  at: number;
  reason?: string;
}

export interface ModerationRecord {
  guildId: string;
  /** The server's own words and patterns, as typed (AutoMod keyword syntax). */
  words: string[];
  automod: {
    on: boolean;
    /** The server's rules as last read (kept, so a restart or a failed re-read still applies them). */
    rules: AutoModRule[];
    readAt?: number;
    /** Why the last re-read failed (e.g. the bot lost Manage Server); cleared by a good read. Text: kept by an earlier version. */
    problem?: Message | string;
  };
  blocked: Record<string, BlockedMember>;
  /** Where `/sora`, Again and Remix may be used; unset = everywhere. */
  channels?: string[];
  log?: {
    channelId: string;
    /** What went wrong with the last post there (missing permission), until a post succeeds. Text: kept by an earlier version. */
    problem?: Message | string;
  };
}

export const emptyRecord = (guildId: string): ModerationRecord => ({ guildId, words: [], automod: { on: false, rules: [] }, blocked: {} });

/** Limits of what one server keeps. */
export const MODERATION_LIMITS = {
  words: 1_000,
  /** Per word or pattern, as AutoMod allows per keyword. */
  wordLength: 60,
  blocked: 5_000,
  channels: 50,
  /** Text the rules read at most; longer text is refused before any rule runs. */
  checkedText: 10_000,
} as const;
