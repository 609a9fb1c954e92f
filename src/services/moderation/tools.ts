import type { VideoRemoval } from './removal.ts';
import type { ReviewLog } from './reviewLog.ts';
import type { Moderation } from './service.ts';

/** What commands, buttons and gates use of moderation (handed in through the interaction context). */
export interface ModerationTools {
  rules: Moderation;
  log: ReviewLog;
  removal: VideoRemoval;
}
