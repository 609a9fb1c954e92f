import type { Shape } from '../types.ts';
import challenges from './challenges/index.ts';
import commands from './commands/index.ts';
import common from './common.ts';
import credits from './credits.ts';
import jobs from './jobs.ts';
import moderation from './moderation/index.ts';
import operators from './operators.ts';
import settings from './settings.ts';

/** English, the source every other language translates. One object per feature. */
export const en = { challenges, commands, common, credits, jobs, moderation, operators, settings } as const;

export type Messages = Shape<typeof en>;
