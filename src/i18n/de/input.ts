import type { Messages } from '../en-US/index.ts';

/** Checks on what members type or attach, shared by commands and forms (private, the member's language). */
export default {
  prompt: {
    empty: 'Der Prompt ist leer. Beschreib das Video, das du möchtest, z. B. `prompt: ein Leuchtturm im Sturm, langsame Kamerafahrt heran`.',
    invisible: 'Der Prompt enthält nur unsichtbare Zeichen oder Steuerzeichen. Beschreib das Video, das du möchtest, in Worten.',
    massMention: 'Prompts dürfen kein @everyone, @here und keine Rollen-Erwähnungen enthalten. Entferne sie und versuch es noch einmal.',
  },
  image: {
    notImage: '`{{name}}` ist kein PNG-, JPEG- oder WebP-Bild{{type}}. Häng ein Bild an, das als Startbild dienen soll.',
    itIs: ' (es ist {{type}})',
    tooLarge: 'Das Bild hat {{size}} MB; erlaubt sind {{limit}} MB. Häng ein kleineres an.',
  },
  invalidOption: 'Diese Option ist ungültig.',
} satisfies Messages['input'];
