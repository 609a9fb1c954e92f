import type { Messages } from '../en-US/index.ts';

/** Checks on what members type or attach, shared by commands and forms (private, the member's language). */
export default {
  prompt: {
    empty: 'Le prompt est vide. Décris la vidéo que tu veux, par ex. `prompt: un phare dans la tempête, lent travelling avant`.',
    invisible: 'Le prompt ne contient que des caractères invisibles ou de contrôle. Décris avec des mots la vidéo que tu veux.',
    massMention: 'Un prompt ne peut pas contenir @everyone, @here ni de mention de rôle. Retire-les et réessaie.',
  },
  image: {
    notImage: '`{{name}}` n’est pas une image PNG, JPEG ou WebP{{type}}. Joins une image qui servira de première image à la vidéo.',
    itIs: ' (type : {{type}})',
    tooLarge: 'L’image fait {{size}} Mo ; la limite est de {{limit}} Mo. Joins-en une plus petite.',
  },
  invalidOption: 'Cette option n’est pas valide.',
} satisfies Messages['input'];
