import type { Messages } from '../../en-US/index.ts';

/** `/operator` as Discord shows it (registered only in OPERATOR_GUILD_ID): subcommand and option names localized. */
const server = { name: 'servidor', description: 'El servidor (escribe parte de su nombre o su ID)' };

export default {
  name: 'operator',
  description: 'Para los operadores del bot: créditos de cada servidor, añadidos, asignaciones, cuenta de Kie',
  options: {
    servers: { name: 'servidores', description: 'Todos los servidores del bot: saldo, reservado, gastado, asignación, permitido' },
    grant: {
      name: 'añadir',
      description: 'Añade créditos al fondo de un servidor',
      options: {
        server,
        amount: { name: 'cantidad', description: 'Créditos que añadir (1 crédito = 0,005 USD en Kie.ai)' },
        reason: { name: 'motivo', description: 'Por qué (se muestra en el historial del servidor)' },
      },
    },
    set: { name: 'fijar', description: 'Fija el saldo de un servidor', options: { server, amount: { name: 'cantidad', description: 'El nuevo saldo en créditos' } } },
    allowance: {
      name: 'asignación',
      description: 'Créditos periódicos para un servidor cada día, semana o mes UTC; o quitarlos',
      options: {
        server,
        amount: { name: 'cantidad', description: 'Créditos por periodo' },
        every: { name: 'cada', description: 'Con qué frecuencia (periodos en UTC)', choices: { day: 'día', week: 'semana', month: 'mes' } },
        off: { name: 'desactivar', description: 'Quita la asignación del servidor' },
      },
    },
    kie: { name: 'kie', description: 'El saldo de la cuenta de Kie, el gasto de hoy de todos los servidores y el techo' },
  },
} satisfies Messages['commands']['operator'];
