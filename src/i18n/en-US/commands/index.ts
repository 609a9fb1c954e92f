import credits from './credits.ts';
import operator from './operator.ts';
import settings from './settings.ts';

/** Every command as Discord shows it (see i18n/commands.ts for the paths). */
export default { credits, operator, settings } as const;
