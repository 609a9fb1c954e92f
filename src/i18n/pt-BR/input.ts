import type { Messages } from '../en-US/index.ts';

/** Checks on what members type or attach, shared by commands and forms (private, the member's language). */
export default {
  prompt: {
    empty: 'O prompt está vazio. Descreva o vídeo que você quer, por exemplo `prompt: um farol numa tempestade, câmera se aproximando devagar`.',
    invisible: 'O prompt só tem caracteres invisíveis ou de controle. Descreva em palavras o vídeo que você quer.',
    massMention: 'Prompts não podem ter @everyone, @here nem menções a cargos. Tire essas menções e tente de novo.',
  },
  image: {
    notImage: '`{{name}}` não é uma imagem PNG, JPEG ou WebP{{type}}. Anexe uma imagem para usar como primeiro quadro.',
    itIs: ' (é {{type}})',
    tooLarge: 'A imagem tem {{size}} MB; o limite é {{limit}} MB. Anexe uma menor.',
  },
  invalidOption: 'Essa opção não é válida.',
} satisfies Messages['input'];
