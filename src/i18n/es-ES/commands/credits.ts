import type { Messages } from '../../en-US/index.ts';

/** `/credits` as Discord shows it: subcommand and option names localized, the command's own name stays. */
export default {
  name: 'credits',
  description: 'Gestiona los créditos de vídeo de este servidor',
  options: {
    balance: { name: 'saldo', description: 'El saldo del servidor y tu uso de hoy (miembros: /balance)' },
    grant: {
      name: 'añadir',
      description: 'Añade créditos al fondo del servidor (operadores del bot, o admins si el bot lo permite)',
      options: {
        amount: { name: 'cantidad', description: 'Créditos que añadir (1 crédito = 0,005 USD en Kie.ai)' },
        reason: { name: 'motivo', description: 'Por qué (se muestra en el historial)' },
      },
    },
    set: { name: 'fijar', description: 'Fija el saldo del servidor (Gestionar servidor)', options: { amount: { name: 'cantidad', description: 'El nuevo saldo en créditos' } } },
    limit: { name: 'límite', description: 'Límite diario por miembro (Gestionar servidor)', options: { daily: { name: 'diario', description: 'Créditos por miembro y día UTC; 0 = sin límite' } } },
    alert: { name: 'alerta', description: 'Avisa cuando el saldo baje de un umbral (Gestionar servidor)', options: { below: { name: 'umbral', description: 'Umbral en créditos; 0 = desactivada' } } },
    usage: { name: 'uso', description: 'Gasto por miembro en los últimos 7 y 30 días (Gestionar servidor)' },
    history: { name: 'historial', description: 'Cambios recientes del saldo (Gestionar servidor)' },
  },
} satisfies Messages['commands']['credits'];
