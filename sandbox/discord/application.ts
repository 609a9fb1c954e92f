// The application and its bot user: GET /applications/@me (what discord.js's
// `client.application.fetch()` reads) and /oauth2/applications/@me, GET /users/@me. The application
// carries its owner (a user) or, when a team owns it, the team: Discord then reports `owner` as the
// team's pseudo-user and lists the members in `team.members` (membership_state 2 = accepted).
import { userJson } from './json.ts';
import type { Route } from './rest/http.ts';
import type { DiscordState } from './state.ts';
import type { FakeTeam } from './types.ts';

/** Discord's user flag for a team's pseudo-user (`TEAM_PSEUDO_USER`). */
const TEAM_PSEUDO_USER = 1 << 10;

export class Application {
  readonly #state: DiscordState;

  constructor(state: DiscordState) {
    this.#state = state;
  }

  #teamJson(team: FakeTeam): Record<string, unknown> {
    const state = this.#state;
    return {
      id: team.id,
      name: team.name,
      icon: null,
      owner_user_id: team.ownerUserId,
      members: team.members.map((m) => ({ team_id: team.id, membership_state: m.membershipState ?? 2, permissions: ['*'], role: m.role ?? 'admin', user: userJson(state, m.user) })),
    };
  }

  #applicationJson(): Record<string, unknown> {
    const state = this.#state;
    const team = state.applicationTeam;
    const owner = team
      ? { id: team.id, username: `team${team.id}`, discriminator: '0', global_name: null, avatar: null, public_flags: 0, flags: TEAM_PSEUDO_USER }
      : userJson(state, state.applicationOwner);
    return {
      id: state.applicationId,
      name: state.botUser.username,
      icon: null,
      description: '',
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: 0,
      owner,
      team: team ? this.#teamJson(team) : null,
      bot: { ...userJson(state, state.botUser), bot: true },
    };
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
        path: /^\/(oauth2\/)?applications\/@me$/,
        auth: 'bot',
        handle: () => ({ status: 200, body: this.#applicationJson() }),
      },
    ];
  }
}
