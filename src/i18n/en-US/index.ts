import type { Shape } from '../types.ts';
import challenges from './challenges/index.ts';
import commands from './commands/index.ts';
import common from './common.ts';
import jobs from './jobs.ts';
import settings from './settings.ts';

/** English, the source every other language translates. One object per feature. */
export const en = { challenges, commands, common, jobs, settings } as const;

export type Messages = Shape<typeof en>;
