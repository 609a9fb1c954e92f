import type { Messages } from '../../en-US/index.ts';

/** `/balance` as Discord shows it. */
export default {
  name: 'balance',
  description: 'このサーバーの動画クレジットと、今日のあなたの使用量',
} satisfies Messages['commands']['balance'];
