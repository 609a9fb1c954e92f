import type { Messages } from '../en-US/index.ts';

/**
 * `/operator` answers (private, the operator's Discord language), ALLOWED_GUILDS' refusal, and what
 * the bot tells its operators by direct message or in OPERATOR_CHANNEL_ID (no interaction, so
 * always English there: `notice` is translated only to keep every language complete).
 */
export default {
  notOperator: 'Solo los operadores del bot pueden usar `/operator` (el propietario o el equipo de la aplicación, y `OPERATOR_IDS`). Aquí no cuentan los permisos del servidor.',
  notEnabledHere: 'Este bot no está habilitado en este servidor.',
  pickSubcommand: 'Elige un subcomando: servidores, añadir, fijar, asignación o kie.',
  unknownSubcommand: '`/operator {{sub}}` no es un subcomando. Usa servidores, añadir, fijar, asignación o kie.',
  invalid: {
    amount: {
      whole: 'La cantidad debe ser un número entero de créditos.',
      min: 'La cantidad debe ser al menos {{minimum, number}}.',
      max: 'La cantidad no puede superar los {{maximum, number}} créditos.',
    },
    balance: {
      whole: 'El saldo debe ser un número entero de créditos.',
      min: 'El saldo debe ser al menos {{minimum, number}}.',
      max: 'El saldo no puede superar los {{maximum, number}} créditos.',
    },
    allowance: {
      whole: 'La asignación debe ser un número entero de créditos.',
      min: 'La asignación debe ser al menos {{minimum, number}}.',
      max: 'La asignación no puede superar los {{maximum, number}} créditos.',
    },
    reason: 'El motivo puede tener como máximo 200 caracteres.',
    server: 'Elige un servidor.',
    serverId: 'Elige un servidor de la lista o indica su ID (solo dígitos).',
    every: '`cada` debe ser día, semana o mes.',
  },
  notThere: 'El bot no está en ningún servidor con el ID `{{id}}`. `/operator servidores` muestra en cuáles está.',
  otherProcess: '`{{id}}` lo atiende otro proceso de este bot fragmentado (sharding), y solo ese proceso puede cambiar sus créditos (un único responsable por servidor). No se ha cambiado nada.',
  granted: 'Se han añadido {{amount}} créditos a {{server}}. Su saldo es ahora de {{balance}} créditos.',
  set: '{{server}} tiene ahora {{balance}} créditos.',
  allowance: {
    offAndSet: 'Indica `desactivar:True`, o bien `cantidad` y `cada`, pero no las dos cosas.',
    missing: 'Indica `cantidad` y `cada` (día, semana o mes) para fijar una asignación, o `desactivar:True` para quitarla.',
    removed: '{{server}} ya no tiene asignación.',
    none: '{{server}} no tenía asignación.',
    set: '{{server}} recibe ahora {{allowance}}, la primera vez el <t:{{at}}:f> (periodos en UTC). Este periodo no recibe nada de ella: `/operator añadir` añade créditos ya.',
    every: { day: '{{amount}} créditos al día', week: '{{amount}} créditos a la semana (desde el lunes a las 00:00 UTC)', month: '{{amount}} créditos al mes' },
  },
  servers: {
    title: 'Servidores en los que está el bot ({{count}})',
    none: 'El bot no está en ningún servidor.',
    footer: 'Página {{page}} de {{pages}} · créditos; hoy y 30 días = reservado o gastado (UTC) · /operator añadir, fijar, asignación',
    facts: 'saldo {{balance}} · reservado {{held}} · hoy {{today}} · 30 días {{month}} · {{allowance}}',
    allowance: { day: 'asignación {{amount}}/día', week: 'asignación {{amount}}/semana', month: 'asignación {{amount}}/mes' },
    noAllowance: 'sin asignación',
    notAllowed: ' · no está en ALLOWED_GUILDS',
    previous: 'Anterior',
    next: 'Siguiente',
  },
  kie: {
    balance: '**Cuenta de Kie:** {{credits}} créditos (leído <t:{{at}}:R>)',
    unread: '**Cuenta de Kie:** aún sin leer (el bot la lee al arrancar y cada 10 minutos)',
    spent: '**Gastado hoy (UTC), todos los servidores:** {{spent}} créditos (reservado o gastado; descontadas las devoluciones)',
    noCeiling: '**Techo diario:** ninguno (`DAILY_SPEND_CEILING` no está definido)',
    ceiling: '**Techo diario:** {{ceiling}} créditos; quedan {{left}} hoy',
    lowBalance: '**Aviso de saldo bajo:** por debajo de {{threshold}} créditos (`KIE_LOW_BALANCE`)',
    lowBalanceOff: '**Aviso de saldo bajo:** desactivado (`KIE_LOW_BALANCE=0`)',
  },
  /** To the operators about the Kie account (sent in English, see above). */
  notice: {
    lowBalance:
      '⚠️ A la cuenta de Kie.ai del bot le queda poco saldo: **{{balance}} créditos**, por debajo de KIE_LOW_BALANCE ({{threshold}} créditos). Los vídeos de los miembros se pagan con ella; cuando se agote, se rechazarán. Recárgala en https://kie.ai. (Se avisa una vez cada vez que baja de ese umbral.)',
    outOfCredits:
      '🛑 Kie.ai ha rechazado un vídeo porque la cuenta del bot se ha quedado sin créditos (402){{balance}}. A los miembros se les dice que su vídeo no se ha podido hacer y no se les cobra. Recárgala en https://kie.ai. (Como mucho, un mensaje así por hora.)',
    balanceReads: '; su saldo es de {{balance}} créditos',
  },
} satisfies Messages['operators'];
