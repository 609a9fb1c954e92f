import type { Messages } from '../../en-US/index.ts';

/** `/models` as Discord shows it. */
export default {
  name: 'models',
  description: 'Os modelos de vídeo que você pode usar aqui: ativos ou pausados, durações, qualidades e preços',
} satisfies Messages['commands']['models'];
