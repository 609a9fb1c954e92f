import challenge from './challenge.ts';
import settings from './settings.ts';

/** Every command as Discord shows it (see i18n/commands.ts for the paths). */
export default { challenge, settings } as const;
