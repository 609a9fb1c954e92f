import { UserError } from '../../errors/index.ts';
import { message } from '../../i18n/index.ts';
import type { Collection } from '../store.ts';
import type { ModelRegistry } from './registry.ts';
import type { ModelState } from './state.ts';
import { chooseDefault } from './advice.ts';

/**
 * Each server's model choices (`/settings models`): which of the operator's enabled families its
 * members may use, in the server's order, and the server's default. The operator's settings stay
 * the outer bound: a family the operator switches off later simply drops out of a server's list,
 * and a server whose whole list dropped out falls back to every enabled family.
 *
 * Stored in collection `serverModels`, one record per guild id. Reads are synchronous from memory
 * (autocomplete has 3 s; quotes are synchronous): `load()` at start and again (a `Refresher` in the
 * composition root) for other processes sharing the store; writes go through to the store.
 */

export interface ServerModelsRecord {
  /** Family ids members may use, in the server's order; undefined = every enabled family. */
  allowed?: string[];
  /** The server's default family; undefined = the operator's default (or the first live family). */
  default?: string;
  updatedAt: number;
  updatedBy?: string;
}

export interface ServerModelsView {
  /** Family ids members may use here, in the server's order (already within the operator's bound). */
  allowed: string[];
  /** True when the server restricts the list (false: every enabled family). */
  restricted: boolean;
  /** The family used when a member leaves out model:. */
  defaultModel: string;
  /** True when the default is the server's own choice. */
  serverDefault: boolean;
}

export interface ServerChoicesOptions {
  registry: ModelRegistry;
  models?: ModelState | undefined;
  collection: Collection<ServerModelsRecord>;
  /** The operator's DEFAULT_MODEL, if set. */
  operatorDefault?: string | undefined;
  now?: () => number;
}

export class ServerChoices {
  readonly #o: ServerChoicesOptions;
  readonly #records = new Map<string, ServerModelsRecord>();
  readonly #now: () => number;
  constructor(options: ServerChoicesOptions) {
    this.#o = options;
    this.#now = options.now ?? Date.now;
  }

  /** Reads every server's choices from the store (at start, and again from a `Refresher`). */
  async load(): Promise<void> {
    const seen = new Set<string>();
    for await (const [guildId, record] of this.#o.collection.entries()) {
      seen.add(guildId);
      const mine = this.#records.get(guildId);
      if (!mine || mine.updatedAt <= record.updatedAt) this.#records.set(guildId, record);
    }
    for (const guildId of [...this.#records.keys()]) if (!seen.has(guildId)) this.#records.delete(guildId);
  }

  /** Every enabled family id, in registry order. */
  #enabled(): string[] {
    return this.#o.registry.list().map((f) => f.id);
  }

  /** What members of this server may use and what they get by default. No guild: the operator's view. */
  view(guildId: string | undefined | null): ServerModelsView {
    const enabled = this.#enabled();
    const record = guildId ? this.#records.get(guildId) : undefined;
    const kept = record?.allowed?.filter((id) => enabled.includes(id)) ?? [];
    const restricted = kept.length > 0;
    const allowed = restricted ? kept : enabled;
    const own = record?.default;
    if (own !== undefined && allowed.includes(own)) return { allowed, restricted, defaultModel: own, serverDefault: true };
    const operator = this.#o.operatorDefault;
    const fallback =
      operator !== undefined && allowed.includes(operator) ? operator : ((this.#o.models ? chooseDefault(this.#o.models, allowed) : undefined) ?? allowed[0] ?? enabled[0] ?? '');
    return { allowed, restricted, defaultModel: fallback, serverDefault: false };
  }

  /** Family ids members of this server may use, in the server's order. */
  allowed(guildId: string | undefined | null): string[] {
    return this.view(guildId).allowed;
  }

  defaultModel(guildId: string | undefined | null): string {
    return this.view(guildId).defaultModel;
  }

  /** Refuses (UserError) a family this server has not allowed; the registry judges everything else. */
  assertAllowed(guildId: string | undefined | null, familyId: string): void {
    if (!guildId) return;
    const { allowed, restricted } = this.view(guildId);
    if (!restricted || allowed.includes(familyId) || !this.#o.registry.get(familyId)) return;
    throw new UserError(message('models.server.notAllowed', { models: codeList(allowed) }));
  }

  /**
   * Changes a server's choices. `allowed`: a comma list of family ids, or `all`; `default`: a
   * family id, or `operator` to go back to the bot's default. Refusals are UserErrors naming what
   * is possible. Returns the new view.
   */
  async update(guildId: string, change: { allowed?: string | undefined; default?: string | undefined }, by?: string): Promise<ServerModelsView> {
    const enabled = this.#enabled();
    const old = this.#records.get(guildId);
    let allowed = old?.allowed?.filter((id) => enabled.includes(id));
    if (change.allowed !== undefined) allowed = parseAllowed(change.allowed, enabled);
    let own = old?.default;
    if (change.default !== undefined) {
      const wanted = change.default.trim().toLowerCase();
      if (wanted === 'operator' || wanted === 'none' || wanted === '') own = undefined;
      else if (!enabled.includes(wanted)) throw new UserError(message('models.server.unknownDefault', { model: wanted, models: codeList(enabled) }));
      else own = wanted;
    }
    if (own !== undefined && allowed !== undefined && allowed.length > 0 && !allowed.includes(own)) {
      if (change.default !== undefined) throw new UserError(message('models.server.defaultOutside', { model: own, models: codeList(allowed) }));
      // A new allowed list without the old default: the old default goes.
      own = undefined;
    }
    const record: ServerModelsRecord = {
      ...(allowed !== undefined && allowed.length > 0 ? { allowed } : {}),
      ...(own !== undefined ? { default: own } : {}),
      updatedAt: this.#now(),
      ...(by !== undefined ? { updatedBy: by } : {}),
    };
    await this.#o.collection.set(guildId, record);
    this.#records.set(guildId, record);
    return this.view(guildId);
  }
}

/** `all` (or empty) = every enabled family; otherwise a comma list, each an enabled family, in the given order. */
function parseAllowed(text: string, enabled: readonly string[]): string[] | undefined {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === 'all' || trimmed === '') return undefined;
  const ids = [...new Set(trimmed.split(/[\s,]+/).filter((s) => s !== ''))];
  const unknown = ids.filter((id) => !enabled.includes(id));
  if (unknown.length > 0) {
    throw new UserError(message('models.server.unknownAllowed', { count: unknown.length, unknown: codeList(unknown), models: codeList(enabled) }));
  }
  return ids;
}

/** Model ids as members type them: `sora-2`, `kling-3.0`. */
function codeList(ids: readonly string[]): string {
  return ids.map((id) => `\`${id}\``).join(', ');
}
