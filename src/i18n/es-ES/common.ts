import type { Messages } from '../en-US/index.ts';

/** What any interaction may be answered, privately, in the member's language. */
export default {
  restarting: 'El bot se está reiniciando. Vuelve a intentarlo en un minuto.',
  oldButton: 'Este botón es de una versión anterior del bot y ya no funciona.',
  unknownCommand: 'Este bot no conoce `/{{name}}`. Puede que la lista de comandos esté desactualizada; vuelve a intentarlo en breve.',
  unexpected: 'Algo ha fallado por nuestra parte (error inesperado, ref. {{ref}}). No se te ha cobrado nada. Vuelve a intentarlo.',
} satisfies Messages['common'];
