import type { Messages } from '../en-US/index.ts';

/** What any interaction may be answered, privately, in the member's language. */
export default {
  restarting: 'O bot está reiniciando. Tente de novo daqui a um minuto.',
  oldButton: 'Este botão é de uma versão antiga do bot e não funciona mais.',
  unknownCommand: 'Este bot não conhece o `/{{name}}`. A lista de comandos pode estar desatualizada; tente de novo daqui a pouco.',
  unexpected: 'Algo deu errado do nosso lado (erro inesperado, ref. {{ref}}). Nada foi cobrado. Tente de novo.',
} satisfies Messages['common'];
