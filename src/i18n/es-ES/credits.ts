import type { Messages } from '../en-US/index.ts';

/**
 * `/credits` answers (private, the member's language), the ledger's refusals and the journal as
 * `/credits historial` words it. Numbers that travel inside a message made before its language is
 * known (zod's limits, a refusal, a journal note) are formatted here: `{{n, number}}`.
 */
export default {
  invalid: {
    amount: {
      whole: 'La cantidad debe ser un número entero de créditos.',
      min: 'La cantidad debe ser al menos {{minimum, number}}. Para bajar el saldo, usa `/credits fijar`.',
      max: 'La cantidad no puede superar los {{maximum, number}} créditos.',
    },
    balance: {
      whole: 'El saldo debe ser un número entero de créditos.',
      min: 'El saldo no puede ser negativo.',
      max: 'El saldo no puede superar los {{maximum, number}} créditos.',
    },
    daily: {
      whole: 'El límite diario debe ser un número entero de créditos.',
      min: 'El límite diario no puede ser negativo.',
      max: 'El límite diario no puede superar los {{maximum, number}} créditos.',
    },
    threshold: {
      whole: 'El umbral debe ser un número entero de créditos.',
      min: 'El umbral no puede ser negativo.',
      max: 'El umbral no puede superar los {{maximum, number}} créditos.',
    },
    reason: 'El motivo puede tener como máximo 200 caracteres.',
  },
  notInServer: 'Los créditos pertenecen a un servidor. Usa `/credits` dentro de uno.',
  pickSubcommand: 'Elige un subcomando: saldo, añadir, fijar, límite, alerta, uso o historial.',
  unknownSubcommand: '`/credits {{sub}}` no es un subcomando. Usa saldo, añadir, fijar, límite, alerta, uso o historial.',
  manageServer: 'Solo los miembros con el permiso Gestionar servidor pueden usar `/credits {{sub}}`.',
  operatorOnly: {
    add: 'Solo el operador del bot puede añadir créditos.',
    raise: 'Solo el operador del bot puede subir el saldo; tú puedes fijarlo, como mucho, en lo que el servidor tiene ahora.',
    // Who the operators are is never said: how to ask is OPERATOR_CONTACT's, if set.
    where:
      '{{what}} Los créditos los pone el operador del bot, que paga cada vídeo en Kie.ai; los admins de cada servidor reparten y limitan los créditos que ha recibido su servidor (`/credits límite`, `/credits alerta`, presupuestos de retos). {{ask}}',
    askContact: 'Para pedir más créditos: {{contact}}',
    askAnyone: 'Para pedir más créditos, habla con quien añadió este bot a tu servidor o con quien lo gestiona.',
  },
  granted: 'Se han añadido {{amount}} créditos. El servidor tiene ahora {{balance}} créditos.',
  balanceSet: 'El saldo del servidor es ahora de {{balance}} créditos.',
  limit: { off: 'Los miembros ya no tienen límite diario.', set: 'Ahora cada miembro puede usar hasta {{amount}} créditos por día UTC.' },
  alert: { off: 'Las alertas de saldo bajo están desactivadas.', set: 'El bot avisará una vez cuando el saldo baje de {{amount}} créditos.' },
  usage: {
    none: 'Nadie ha usado créditos en los últimos 30 días.',
    title: '**Créditos usados por miembro**',
    line: '<@{{memberId}}>: {{week}} (7 días) · {{month}} (30 días) · {{today}} hoy',
    more_one: '…y {{count}} miembro más.',
    more_other: '…y {{count}} miembros más.',
  },
  /** A ledger refusal (LedgerError): nothing was changed. */
  refused: {
    wrapper: 'No se ha podido: {{detail}}.',
    grant: {
      whole: 'la cantidad añadida debe ser un número entero de créditos',
      min: 'la cantidad añadida debe ser de al menos {{min, number}} crédito',
      max: 'la cantidad añadida no puede superar los {{max, number}} créditos',
    },
    set: {
      whole: 'el saldo fijado debe ser un número entero de créditos',
      min: 'el saldo fijado no puede ser negativo',
      max: 'el saldo fijado no puede superar los {{max, number}} créditos',
    },
    dailyLimit: {
      whole: 'el límite diario debe ser un número entero de créditos',
      min: 'el límite diario no puede ser negativo',
      max: 'el límite diario no puede superar los {{max, number}} créditos',
    },
    alertThreshold: {
      whole: 'el umbral de alerta debe ser un número entero de créditos',
      min: 'el umbral de alerta no puede ser negativo',
      max: 'el umbral de alerta no puede superar los {{max, number}} créditos',
    },
    budget: {
      whole: 'el presupuesto debe ser un número entero de créditos',
      min: 'el presupuesto debe ser de al menos {{min, number}} crédito',
      max: 'el presupuesto no puede superar los {{max, number}} créditos',
    },
    balanceTooLarge: 'el saldo pasaría de {{max, number}} créditos',
    holdAmount: 'la cantidad reservada debe ser un número entero positivo y se ha recibido {{amount}}',
    raise: 'solo el operador del bot puede subir el saldo',
  },
  /** `/credits historial`: one line per change, newest first. */
  history: {
    none: 'Aún no hay cambios.',
    title: '**Cambios recientes, los más nuevos primero**',
    line: '{{when}} {{who}} {{what}} → {{balance}}',
    lineJob: '{{when}} {{who}} {{what}} → {{balance}} · trabajo {{jobId}}',
    operatorLine: '{{when}} {{what}} → {{balance}}',
    system: 'sistema',
    withReason: '{{what}} — {{reason}}',
    operatorGrant: '{{sign}} añadidos por el operador del bot',
    operatorSet: 'saldo fijado ({{sign}}) por el operador del bot',
    grant: '{{sign}} añadidos',
    set: 'saldo fijado ({{sign}})',
    hold: '{{amount}} reservados para un vídeo',
    holdNote: 'vídeo: {{note}}',
    capture: 'vídeo entregado',
    captureNote: 'vídeo entregado, {{note}}',
    release: '{{sign}} devueltos',
    releaseNote: '{{sign}} devueltos ({{note}})',
    limit: 'límite diario cambiado',
    alert: 'alerta cambiada',
    budget: 'presupuesto de reto ({{sign}})',
    /** What a change's entry says about it, kept as data and worded when shown. */
    note: {
      startingCredits: 'créditos iniciales',
      allowance: { day: 'asignación diaria', week: 'asignación semanal', month: 'asignación mensual' },
      spent: '{{amount, number}} créditos gastados',
      // {{budget}} is a budget's name: `jobs.field.budgetName` ("reto #3") or `budgetName` below ("reto").
      fromBudget: '{{amount, number}} créditos del presupuesto del {{budget}} (quedan {{left, number}})',
      backToBudget: '{{why}}; {{amount, number}} créditos devueltos al presupuesto del {{budget}}',
      toBudget: '{{amount, number}} créditos pasados al presupuesto del {{budget}}',
      budgetReturned: '{{amount, number}} créditos sobrantes del presupuesto del {{budget}} devueltos al fondo',
      budgetName: 'reto',
      limitRemoved: 'límite diario eliminado',
      limitSet: 'límite diario de {{amount, number}} créditos por miembro',
      alertOff: 'alerta de saldo bajo desactivada',
      alertSet: 'alerta de saldo bajo por debajo de {{amount, number}} créditos',
    },
  },
} satisfies Messages['credits'];
