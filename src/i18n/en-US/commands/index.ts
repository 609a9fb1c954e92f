import settings from './settings.ts';
import moderation from './moderation.ts';

/** Every command as Discord shows it (see i18n/commands.ts for the paths). */
export default { settings, moderation } as const;
