import type { Messages } from '../../en-US/index.ts';

/** `/models` as Discord shows it. */
export default {
  name: 'models',
  description: 'ここで使える動画モデル：稼働中か停止中か、長さ、画質、価格',
} satisfies Messages['commands']['models'];
