import type { Messages } from '../en-US/index.ts';

/**
 * `/operator` answers (private, the operator's Discord language), ALLOWED_GUILDS' refusal, and what
 * the bot tells its operators by direct message or in OPERATOR_CHANNEL_ID (no interaction, so
 * always English: the operator's language is not known there).
 */
export default {
  notOperator: 'Só os operadores do bot podem usar o `/operator` (o dono ou a equipe da aplicação, e `OPERATOR_IDS`). Permissões do servidor não contam aqui.',
  notEnabledHere: 'Este bot não está ativado neste servidor.',
  pickSubcommand: 'Escolha um subcomando: servidores, adicionar, definir, recarga ou kie.',
  unknownSubcommand: '`/operator {{sub}}` não é um subcomando. Use servidores, adicionar, definir, recarga ou kie.',
  invalid: {
    amount: {
      whole: 'A quantidade precisa ser um número inteiro de créditos.',
      min: 'A quantidade precisa ser de pelo menos {{minimum, number}}.',
      max: 'A quantidade não pode passar de {{maximum, number}} créditos.',
    },
    balance: {
      whole: 'O saldo precisa ser um número inteiro de créditos.',
      min: 'O saldo precisa ser de pelo menos {{minimum, number}}.',
      max: 'O saldo não pode passar de {{maximum, number}} créditos.',
    },
    allowance: {
      whole: 'A recarga precisa ser um número inteiro de créditos.',
      min: 'A recarga precisa ser de pelo menos {{minimum, number}}.',
      max: 'A recarga não pode passar de {{maximum, number}} créditos.',
    },
    reason: 'O motivo pode ter no máximo 200 caracteres.',
    server: 'Escolha um servidor.',
    serverId: 'Escolha um servidor da lista ou informe o id dele (só dígitos).',
    every: '`a_cada` precisa ser dia, semana ou mês.',
  },
  notThere: 'O bot não está em nenhum servidor com o id `{{id}}`. O `/operator servidores` lista os servidores em que ele está.',
  otherProcess: '`{{id}}` é atendido por outro processo deste bot com shards, e só esse processo pode mudar os créditos dele (um dono por servidor). Nada foi alterado.',
  granted: '{{amount}} créditos adicionados a {{server}}. O saldo dele agora é de {{balance}} créditos.',
  set: '{{server}} agora tem {{balance}} créditos.',
  allowance: {
    offAndSet: 'Use `desativar:True` ou então `quantidade` e `a_cada`, não os dois.',
    missing: 'Informe `quantidade` e `a_cada` (dia, semana ou mês) para definir uma recarga, ou `desativar:True` para encerrá-la.',
    removed: '{{server}} não tem mais recarga.',
    none: '{{server}} não tinha recarga.',
    set: '{{server}} agora recebe {{allowance}}, a primeira em <t:{{at}}:f> (períodos em UTC). O período atual não recebe nada dela: o `/operator adicionar` adiciona créditos agora.',
    every: { day: '{{amount}} créditos por dia', week: '{{amount}} créditos por semana (a partir de segunda, 00:00 UTC)', month: '{{amount}} créditos por mês' },
  },
  servers: {
    title: 'Servidores em que o bot está ({{count}})',
    none: 'O bot não está em nenhum servidor.',
    footer: 'Página {{page}} de {{pages}} · créditos; hoje e 30 dias = reservado ou gasto (UTC) · /operator adicionar, definir, recarga',
    facts: 'saldo {{balance}} · reservado {{held}} · hoje {{today}} · 30 dias {{month}} · {{allowance}}',
    allowance: { day: 'recarga {{amount}}/dia', week: 'recarga {{amount}}/semana', month: 'recarga {{amount}}/mês' },
    noAllowance: 'sem recarga',
    notAllowed: ' · fora de ALLOWED_GUILDS',
    previous: 'Anterior',
    next: 'Próxima',
  },
  kie: {
    balance: '**Conta da Kie:** {{credits}} créditos (consultado <t:{{at}}:R>)',
    unread: '**Conta da Kie:** ainda não consultada (o bot consulta ao iniciar e a cada 10 minutos)',
    spent: '**Gasto hoje (UTC), todos os servidores:** {{spent}} créditos (reservados ou gastos; reembolsos descontados)',
    noCeiling: '**Teto diário:** nenhum (`DAILY_SPEND_CEILING` não está definido)',
    ceiling: '**Teto diário:** {{ceiling}} créditos; restam {{left}} hoje',
    lowBalance: '**Aviso de saldo baixo:** abaixo de {{threshold}} créditos (`KIE_LOW_BALANCE`)',
    lowBalanceOff: '**Aviso de saldo baixo:** desativado (`KIE_LOW_BALANCE=0`)',
  },
  /** To the operators about the Kie account (sent in English, see above; kept for parity). */
  notice: {
    lowBalance:
      '⚠️ A conta da Kie.ai do bot está com saldo baixo: restam **{{balance}} créditos**, abaixo de KIE_LOW_BALANCE ({{threshold}} créditos). Os vídeos dos membros são pagos com ela; quando acabar, eles serão recusados. Recarregue em https://kie.ai. (Você recebe este aviso uma vez sempre que o saldo fica abaixo desse valor.)',
    outOfCredits:
      '🛑 A Kie.ai recusou um vídeo porque a conta do bot está sem créditos (402){{balance}}. Os membros são avisados de que o vídeo não pôde ser feito e nada é cobrado. Recarregue em https://kie.ai. (No máximo uma mensagem destas por hora.)',
    balanceReads: '; o saldo dela mostra {{balance}} créditos',
  },
} satisfies Messages['operators'];
