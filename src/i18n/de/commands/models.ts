import type { Messages } from '../../en-US/index.ts';

/** `/models` as Discord shows it. */
export default {
  name: 'models',
  description: 'Die Videomodelle, die du hier nutzen kannst: aktiv oder pausiert, Längen, Qualitäten, Preise',
} satisfies Messages['commands']['models'];
