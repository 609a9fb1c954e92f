import type { Shape } from '../types.ts';
import balance from './balance.ts';
import challenges from './challenges/index.ts';
import commands from './commands/index.ts';
import common from './common.ts';
import credits from './credits.ts';
import history from './history.ts';
import input from './input.ts';
import jobs from './jobs.ts';
import models from './models.ts';
import moderation from './moderation/index.ts';
import operators from './operators.ts';
import results from './results.ts';
import settings from './settings.ts';
import sora from './sora.ts';

/** English, the source every other language translates. One object per feature. */
export const en = { balance, challenges, commands, common, credits, history, input, jobs, models, moderation, operators, results, settings, sora } as const;

export type Messages = Shape<typeof en>;
