import type { Messages } from '../../en-US/index.ts';

/** `/balance` as Discord shows it. */
export default {
  name: 'balance',
  description: 'Die Video-Credits dieses Servers und dein Verbrauch heute',
} satisfies Messages['commands']['balance'];
