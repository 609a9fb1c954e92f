import type { Messages } from '../../en-US/index.ts';

/** `/balance` as Discord shows it. */
export default {
  name: 'balance',
  description: 'Os créditos de vídeo deste servidor e o seu uso hoje',
} satisfies Messages['commands']['balance'];
