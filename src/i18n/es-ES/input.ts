import type { Messages } from '../en-US/index.ts';

/** Checks on what members type or attach, shared by commands and forms (private, the member's language). */
export default {
  prompt: {
    empty: 'El prompt está vacío. Describe el vídeo que quieres, p. ej. `prompt: un faro en plena tormenta, la cámara se acerca despacio`.',
    invisible: 'El prompt solo tiene caracteres invisibles o de control. Describe con palabras el vídeo que quieres.',
    massMention: 'Los prompts no pueden contener @everyone, @here ni menciones de roles. Quítalas y vuelve a intentarlo.',
  },
  image: {
    notImage: '`{{name}}` no es una imagen PNG, JPEG o WebP{{type}}. Adjunta una imagen para usarla como primer fotograma.',
    itIs: ' (es {{type}})',
    tooLarge: 'La imagen ocupa {{size}} MB y el límite es de {{limit}} MB. Adjunta una más pequeña.',
  },
  invalidOption: 'Esa opción no es válida.',
} satisfies Messages['input'];
