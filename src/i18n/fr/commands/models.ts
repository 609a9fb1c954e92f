import type { Messages } from '../../en-US/index.ts';

/** `/models` as Discord shows it. */
export default {
  name: 'models',
  description: 'Les modèles vidéo utilisables ici : actifs ou en pause, durées, qualités et prix',
} satisfies Messages['commands']['models'];
