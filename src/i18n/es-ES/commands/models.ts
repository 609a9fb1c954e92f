import type { Messages } from '../../en-US/index.ts';

/** `/models` as Discord shows it. */
export default {
  name: 'models',
  description: 'Los modelos de vídeo que puedes usar aquí: activos o en pausa, duraciones, calidades y precios',
} satisfies Messages['commands']['models'];
