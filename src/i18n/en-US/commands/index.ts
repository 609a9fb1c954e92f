import balance from './balance.ts';
import jobs from './jobs.ts';
import models from './models.ts';
import settings from './settings.ts';
import sora from './sora.ts';

/** Every command as Discord shows it (see i18n/commands.ts for the paths). */
export default { settings, balance, jobs, models, sora } as const;
