// AutoMod rules of a guild: GET and POST /guilds/:g/auto-moderation/rules, GET, PATCH and DELETE
// …/rules/:id, with Discord's checks (the bot needs Manage Server; field limits), and the gateway
// events AUTO_MODERATION_RULE_CREATE / _UPDATE / _DELETE, sent only to a session that IDENTIFYed
// with the AUTO_MODERATION_CONFIGURATION intent (1 << 20), as Discord does. The rules live in
// state.ts; `add`, `update` and `remove` are the test API (a server admin editing AutoMod).
import { sessionFor, type Gateway } from './gateway.ts';
import { botGuildPermissions, PERMISSION } from './permissions.ts';
import { apiError, invalidFormBody, isRecord, methodNotAllowed, type Reply, type Route } from './rest/http.ts';
import { snowflake, type DiscordState } from './state.ts';
import type { FakeAutoModRule, FakeAutoModRuleSpec } from './types.ts';

export const AUTO_MODERATION_CONFIGURATION = 1 << 20;

/** Discord's limits per trigger_metadata field of a keyword rule: [max entries, max characters each]. */
const LIMITS: Record<'keyword_filter' | 'regex_patterns' | 'allow_list', [number, number]> = { keyword_filter: [1000, 60], regex_patterns: [10, 260], allow_list: [100, 60] };

export class AutoModRules {
  readonly #state: DiscordState;
  readonly #gateway: Gateway;

  constructor(state: DiscordState, gateway: Gateway) {
    this.#state = state;
    this.#gateway = gateway;
  }

  /** A guild's rules as Discord keeps them (copies). */
  rules(guildId: string): FakeAutoModRule[] {
    return structuredClone(this.#state.autoModRules.get(guildId) ?? []);
  }

  /** An admin adds a rule (AUTO_MODERATION_RULE_CREATE). */
  add(guildId: string, spec: FakeAutoModRuleSpec): FakeAutoModRule {
    const guild = this.#state.guilds.get(guildId);
    if (!guild) throw new Error(`FakeDiscord: unknown guild ${guildId}`);
    const rule: FakeAutoModRule = {
      id: snowflake(),
      guild_id: guildId,
      name: spec.name ?? 'Keyword Filter',
      creator_id: guild.ownerId,
      event_type: 1,
      trigger_type: 1,
      trigger_metadata: {},
      actions: [{ type: 1, metadata: {} }],
      enabled: true,
      exempt_roles: [],
      exempt_channels: [],
    };
    apply(rule, spec);
    const list = this.#state.autoModRules.get(guildId) ?? [];
    list.push(rule);
    this.#state.autoModRules.set(guildId, list);
    this.#dispatch('AUTO_MODERATION_RULE_CREATE', rule);
    return structuredClone(rule);
  }

  /** An admin edits a rule (AUTO_MODERATION_RULE_UPDATE). */
  update(guildId: string, ruleId: string, spec: FakeAutoModRuleSpec): FakeAutoModRule {
    const rule = this.#find(guildId, ruleId);
    if (!rule) throw new Error(`FakeDiscord: unknown AutoMod rule ${ruleId}`);
    apply(rule, spec);
    this.#dispatch('AUTO_MODERATION_RULE_UPDATE', rule);
    return structuredClone(rule);
  }

  /** An admin deletes a rule (AUTO_MODERATION_RULE_DELETE). */
  remove(guildId: string, ruleId: string): void {
    const list = this.#state.autoModRules.get(guildId) ?? [];
    const rule = list.find((r) => r.id === ruleId);
    if (!rule) return;
    this.#state.autoModRules.set(guildId, list.filter((r) => r !== rule));
    this.#dispatch('AUTO_MODERATION_RULE_DELETE', rule);
  }

  routes(): Route[] {
    return [
      {
        path: /^\/guilds\/(\d+)\/auto-moderation\/rules(?:\/(\d+))?$/,
        auth: 'bot',
        handle: (ctx, m) => {
          const guildId = m[1] ?? '';
          if (!this.#state.guilds.has(guildId)) return apiError(404, 10004, 'Unknown Guild');
          const permissions = botGuildPermissions(this.#state, guildId);
          if ((permissions & (PERMISSION.manageGuild | PERMISSION.administrator)) === 0n) return apiError(403, 50013, 'Missing Permissions');
          const ruleId = m[2];
          if (ruleId === undefined) {
            if (ctx.method === 'GET') return { status: 200, body: this.rules(guildId) };
            if (ctx.method === 'POST') return this.#write(ctx.json, (spec) => this.add(guildId, spec));
            return methodNotAllowed();
          }
          if (!this.#find(guildId, ruleId)) return apiError(404, 10066, 'Unknown auto moderation rule');
          if (ctx.method === 'GET') return { status: 200, body: structuredClone(this.#find(guildId, ruleId)) };
          if (ctx.method === 'PATCH') return this.#write(ctx.json, (spec) => this.update(guildId, ruleId, spec));
          if (ctx.method === 'DELETE') {
            this.remove(guildId, ruleId);
            return { status: 204 };
          }
          return methodNotAllowed();
        },
      },
    ];
  }

  #find(guildId: string, ruleId: string): FakeAutoModRule | undefined {
    return this.#state.autoModRules.get(guildId)?.find((r) => r.id === ruleId);
  }

  /** A REST body (`name`, `trigger_metadata`, …) checked against Discord's limits, then written. */
  #write(json: unknown, write: (spec: FakeAutoModRuleSpec) => FakeAutoModRule): Reply {
    if (!isRecord(json)) return invalidFormBody('name', 'BASE_TYPE_REQUIRED', 'This field is required');
    const meta = isRecord(json.trigger_metadata) ? json.trigger_metadata : {};
    const spec: FakeAutoModRuleSpec = {};
    for (const field of ['keyword_filter', 'regex_patterns', 'allow_list'] as const) {
      const value = meta[field];
      if (value === undefined) continue;
      const [count, length] = LIMITS[field];
      if (!Array.isArray(value) || value.length > count || value.some((v) => typeof v !== 'string' || v.length > length)) {
        return invalidFormBody(`trigger_metadata.${field}`, 'BASE_TYPE_BAD_LENGTH', `Must be at most ${count} strings of at most ${length} characters.`);
      }
      spec[field] = value as string[];
    }
    if (typeof json.name === 'string') spec.name = json.name;
    if (typeof json.enabled === 'boolean') spec.enabled = json.enabled;
    if (typeof json.trigger_type === 'number') spec.trigger_type = json.trigger_type;
    if (Array.isArray(json.exempt_roles)) spec.exempt_roles = json.exempt_roles.map(String);
    if (Array.isArray(json.exempt_channels)) spec.exempt_channels = json.exempt_channels.map(String);
    return { status: 200, body: write(spec) };
  }

  #dispatch(t: string, rule: FakeAutoModRule): void {
    const session = sessionFor(this.#state, rule.guild_id);
    // Discord sends these only to clients that asked for AutoMod configuration events.
    // (A dropped session keeps the event for its RESUME, as every dispatch does.)
    if (!session || (session.intents & AUTO_MODERATION_CONFIGURATION) === 0) return;
    this.#gateway.dispatch(t, structuredClone(rule));
  }
}

function apply(rule: FakeAutoModRule, spec: FakeAutoModRuleSpec): void {
  if (spec.name !== undefined) rule.name = spec.name;
  if (spec.trigger_type !== undefined) rule.trigger_type = spec.trigger_type;
  if (spec.enabled !== undefined) rule.enabled = spec.enabled;
  if (spec.exempt_roles !== undefined) rule.exempt_roles = [...spec.exempt_roles];
  if (spec.exempt_channels !== undefined) rule.exempt_channels = [...spec.exempt_channels];
  for (const field of ['keyword_filter', 'regex_patterns', 'allow_list', 'presets'] as const) {
    if (spec[field] !== undefined) rule.trigger_metadata[field] = [...(spec[field] as never[])];
  }
}
