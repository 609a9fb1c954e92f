import type { Shape } from '../types.ts';
import commands from './commands/index.ts';
import balance from './balance.ts';
import common from './common.ts';
import history from './history.ts';
import input from './input.ts';
import jobs from './jobs.ts';
import models from './models.ts';
import results from './results.ts';
import settings from './settings.ts';
import sora from './sora.ts';

/** English, the source every other language translates. One object per feature. */
export const en = { commands, common, jobs, settings, balance, history, input, models, results, sora } as const;

export type Messages = Shape<typeof en>;
