// The application and its bot user: GET /applications/@me and GET /users/@me. The application's
// owner or team (who the bot's operators are) belongs here, answered on /applications/@me and on
// /oauth2/applications/@me (add 'oauth2/' to the router's bot paths when that route arrives).
import { userJson } from './json.ts';
import type { Route } from './rest/http.ts';
import type { DiscordState } from './state.ts';

export class Application {
  readonly #state: DiscordState;

  constructor(state: DiscordState) {
    this.#state = state;
  }

  routes(): Route[] {
    const state = this.#state;
    const bot = (): Record<string, unknown> => userJson(state, state.botUser);
    return [
      {
        methods: ['GET'],
        path: /^\/users\/@me$/,
        auth: 'bot',
        handle: () => ({ status: 200, body: { ...bot(), bot: true, verified: true, mfa_enabled: false, flags: 0 } }),
      },
      {
        methods: ['GET'],
        path: /^\/applications\/@me$/,
        auth: 'bot',
        handle: () => ({
          status: 200,
          body: { id: state.applicationId, name: state.botUser.username, description: '', bot_public: false, bot_require_code_grant: false, flags: 0, bot: bot() },
        }),
      },
    ];
  }
}
