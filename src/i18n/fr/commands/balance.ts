import type { Messages } from '../../en-US/index.ts';

/** `/balance` as Discord shows it. */
export default {
  name: 'balance',
  description: 'Les crédits vidéo de ce serveur et ta consommation du jour',
} satisfies Messages['commands']['balance'];
