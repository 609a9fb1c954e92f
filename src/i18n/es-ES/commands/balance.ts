import type { Messages } from '../../en-US/index.ts';

/** `/balance` as Discord shows it. */
export default {
  name: 'balance',
  description: 'Los créditos de vídeo de este servidor y tu uso de hoy',
} satisfies Messages['commands']['balance'];
