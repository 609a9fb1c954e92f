import challenge from './challenge.ts';
import credits from './credits.ts';
import moderation from './moderation.ts';
import operator from './operator.ts';
import settings from './settings.ts';

/** Every command as Discord shows it (see i18n/commands.ts for the paths). */
export default { challenge, credits, moderation, operator, settings } as const;
