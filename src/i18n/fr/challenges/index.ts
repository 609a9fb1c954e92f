import type { Messages } from '../../en-US/index.ts';
import posts from './posts.ts';
import refusals from './refusals.ts';
import replies from './replies.ts';

/** Community challenges: public posts (the challenge's language), private replies and refusals (the member's). */
export default { posts, replies, refusals } satisfies Messages['challenges'];
