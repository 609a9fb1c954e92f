import type { Messages } from '../../en-US/index.ts';
import answers from './answers.ts';
import reviewLog from './reviewLog.ts';
import rules from './rules.ts';

/** Moderation: `/moderation`'s answers, the review log, and what the server's rules say to members. */
export default { ...answers, reviewLog, rules } satisfies Messages['moderation'];
