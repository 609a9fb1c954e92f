import { UserError } from '../errors/index.ts';
import { message } from '../i18n/index.ts';
import type { Gate } from './gates.ts';

/**
 * ALLOWED_GUILDS: in a server the bot does not serve, every command and button gets this one
 * private answer, before anything is held or sent to Kie.
 */
export function serverGate(allows: (guildId: string | null) => boolean): Gate {
  return (attempt) => {
    if (!allows(attempt.interaction.guildId)) throw new UserError(message('operators.notEnabledHere'));
  };
}
