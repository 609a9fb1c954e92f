// Application commands: GET and PUT (bulk overwrite) of global and guild commands, with the checks
// Discord makes on command data, and the ids interactions carry. Command permissions
// (default_member_permissions per guild) or localizations checks would go here.
import { apiError, invalidFormBody, isRecord, methodNotAllowed, type Reply, type Route } from './rest/http.ts';
import { snowflake, type DiscordState } from './state.ts';
import type { RegisteredCommand } from './types.ts';

export class Commands {
  readonly #state: DiscordState;

  constructor(state: DiscordState) {
    this.#state = state;
  }

  /** Registered commands: global when guildId is omitted. */
  list(guildId?: string): RegisteredCommand[] {
    return this.#state.commands.get(guildId ?? 'global') ?? [];
  }

  /** The id an interaction for this command carries: the registered one, else a stable made-up one. */
  idFor(name: string, guildId: string | null): string {
    const registered = [...this.list(guildId ?? undefined), ...this.list()].find((c) => c.name === name);
    if (registered) return registered.id;
    let id = this.#state.commandIds.get(name);
    if (id === undefined) {
      id = snowflake();
      this.#state.commandIds.set(name, id);
    }
    return id;
  }

  routes(): Route[] {
    return [{ path: /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/, auth: 'bot', handle: (ctx, m) => this.#route(m[1] ?? '', m[2], ctx.method, ctx.json) }];
  }

  #route(applicationId: string, guildId: string | undefined, method: string, json: unknown): Reply {
    const state = this.#state;
    if (applicationId !== state.applicationId) return apiError(403, 50001, 'Missing Access');
    if (guildId !== undefined && !state.guilds.has(guildId)) return apiError(403, 50001, 'Missing Access');
    const key = guildId ?? 'global';
    if (method === 'GET') return { status: 200, body: state.commands.get(key) ?? [] };
    if (method !== 'PUT') return methodNotAllowed();
    if (!Array.isArray(json)) return invalidFormBody('_errors', 'BASE_TYPE_ARRAY', 'Must be an array.');
    if (json.length > 100) return invalidFormBody('_errors', 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
    const previous = state.commands.get(key) ?? [];
    const registered: RegisteredCommand[] = [];
    for (const [index, raw] of json.entries()) {
      if (!isRecord(raw)) return invalidFormBody(String(index), 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
      const problem = commandProblem(raw);
      if (problem) return invalidFormBody(`${index}.${problem.field}`, 'APPLICATION_COMMAND_INVALID', problem.message);
      const type = typeof raw.type === 'number' ? raw.type : 1;
      const name = String(raw.name);
      const id = previous.find((c) => c.name === name && c.type === type)?.id ?? snowflake();
      registered.push({
        default_member_permissions: null,
        nsfw: false,
        contexts: null,
        integration_types: [0],
        options: [],
        ...raw,
        id,
        application_id: state.applicationId,
        ...(guildId === undefined ? {} : { guild_id: guildId }),
        name,
        description: typeof raw.description === 'string' ? raw.description : '',
        type,
        version: snowflake(),
      });
    }
    state.commands.set(key, registered);
    return { status: 200, body: registered };
  }
}

const COMMAND_NAME = /^[-_\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** The checks Discord makes on a chat-input command that a bot's command data can plausibly fail. */
function commandProblem(command: Record<string, unknown>, depth = 0): { field: string; message: string } | undefined {
  const type = typeof command.type === 'number' ? command.type : 1;
  const name = command.name;
  const chatInput = depth > 0 || type === 1;
  if (typeof name !== 'string' || (chatInput ? !COMMAND_NAME.test(name) : name.length < 1 || name.length > 32)) {
    return { field: 'name', message: `Invalid command name ${JSON.stringify(name)}` };
  }
  if (chatInput) {
    const description = command.description;
    if (typeof description !== 'string' || description.length < 1 || description.length > 100) {
      return { field: 'description', message: 'Must be between 1 and 100 in length.' };
    }
  }
  const options = Array.isArray(command.options) ? command.options : [];
  if (options.length > 25) return { field: 'options', message: 'Must be 25 or fewer in length.' };
  let optionalSeen = false;
  const names = new Set<string>();
  for (const [index, option] of options.entries()) {
    if (!isRecord(option)) return { field: `options.${index}`, message: 'Must be an object.' };
    if (typeof option.name === 'string') {
      if (names.has(option.name)) return { field: `options.${index}.name`, message: 'Option names must be unique.' };
      names.add(option.name);
    }
    const nested = commandProblem({ ...option, type: 1 }, depth + 1);
    if (nested) return { field: `options.${index}.${nested.field}`, message: nested.message };
    const isGroup = option.type === 1 || option.type === 2;
    if (!isGroup) {
      if (option.required === true && optionalSeen) {
        return { field: `options.${index}.required`, message: 'Required options must be placed before non-required options' };
      }
      if (option.required !== true) optionalSeen = true;
    }
    if (Array.isArray(option.choices) && option.choices.length > 25) return { field: `options.${index}.choices`, message: 'Must be 25 or fewer in length.' };
    if (typeof option.max_length === 'number' && option.max_length > 6000) {
      return { field: `options.${index}.max_length`, message: 'int value should be less than or equal to 6000.' };
    }
    if (Array.isArray(option.choices) && option.autocomplete === true) {
      return { field: `options.${index}.autocomplete`, message: 'Autocomplete cannot be set when choices are present.' };
    }
  }
  return undefined;
}
