import type { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import type { AutoModRule } from './types.ts';

/** Discord would not show the rules: the bot lacks Manage Server (403), or lost the server. */
export class AutoModAccessError extends Error {
  readonly status: number | undefined;
  constructor(status: number | undefined) {
    super(`Discord refused to list the AutoMod rules (${status ?? 'no status'})`);
    this.name = 'AutoModAccessError';
    this.status = status;
  }
}

export interface AutoModReader {
  /** The server's AutoMod rules now; AutoModAccessError when the bot may not read them. */
  read(guildId: string): Promise<AutoModRule[]>;
}

interface RawRule {
  id?: unknown;
  name?: unknown;
  enabled?: unknown;
  trigger_type?: unknown;
  trigger_metadata?: { keyword_filter?: unknown; regex_patterns?: unknown; allow_list?: unknown } | null;
  exempt_roles?: unknown;
  exempt_channels?: unknown;
}

const strings = (value: unknown, max: number): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, max) : []);

/** Discord's rule object → what the bot keeps (bounded by Discord's own limits per field). */
export function ruleOf(raw: RawRule): AutoModRule {
  const meta = raw.trigger_metadata ?? {};
  return {
    id: String(raw.id ?? ''),
    // A rule without a name is shown as "AutoMod rule" in the reader's language.
    name: typeof raw.name === 'string' ? raw.name.slice(0, 100) : '',
    enabled: raw.enabled === true,
    triggerType: typeof raw.trigger_type === 'number' ? raw.trigger_type : 0,
    keywords: strings(meta.keyword_filter, 1_000),
    regexes: strings(meta.regex_patterns, 10),
    allow: strings(meta.allow_list, 1_000),
    exemptRoles: strings(raw.exempt_roles, 20),
    exemptChannels: strings(raw.exempt_channels, 50),
  };
}

/** Reads rules over REST with the bot token (no gateway cache needed). */
export class RestAutoModReader implements AutoModReader {
  readonly #rest: REST;
  constructor(rest: REST) {
    this.#rest = rest;
  }

  async read(guildId: string): Promise<AutoModRule[]> {
    let body: unknown;
    try {
      body = await this.#rest.get(Routes.guildAutoModerationRules(guildId));
    } catch (error) {
      const status = (error as { status?: unknown }).status;
      if (status === 403 || status === 404) throw new AutoModAccessError(status);
      throw error;
    }
    return Array.isArray(body) ? body.map((r) => ruleOf(r as RawRule)) : [];
  }
}
