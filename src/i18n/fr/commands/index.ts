import type { Messages } from '../../en-US/index.ts';
import balance from './balance.ts';
import challenge from './challenge.ts';
import credits from './credits.ts';
import jobs from './jobs.ts';
import models from './models.ts';
import moderation from './moderation.ts';
import operator from './operator.ts';
import settings from './settings.ts';
import sora from './sora.ts';

/** Every command as Discord shows it (see i18n/commands.ts for the paths). */
export default { balance, challenge, credits, jobs, models, moderation, operator, settings, sora } satisfies Messages['commands'];
