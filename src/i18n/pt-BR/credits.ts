import type { Messages } from '../en-US/index.ts';

/**
 * `/credits` answers (private, the member's language), the ledger's refusals and the journal as
 * `/credits histórico` words it. Numbers that travel inside a message made before its language is
 * known (zod's limits, a refusal, a journal note) are formatted here: `{{n, number}}`.
 */
export default {
  invalid: {
    amount: {
      whole: 'A quantidade precisa ser um número inteiro de créditos.',
      min: 'A quantidade precisa ser de pelo menos {{minimum, number}}. Para diminuir o saldo, use `/credits definir`.',
      max: 'A quantidade não pode passar de {{maximum, number}} créditos.',
    },
    balance: {
      whole: 'O saldo precisa ser um número inteiro de créditos.',
      min: 'O saldo não pode ser negativo.',
      max: 'O saldo não pode passar de {{maximum, number}} créditos.',
    },
    daily: {
      whole: 'O limite diário precisa ser um número inteiro de créditos.',
      min: 'O limite diário não pode ser negativo.',
      max: 'O limite diário não pode passar de {{maximum, number}} créditos.',
    },
    threshold: {
      whole: 'O valor do alerta precisa ser um número inteiro de créditos.',
      min: 'O valor do alerta não pode ser negativo.',
      max: 'O valor do alerta não pode passar de {{maximum, number}} créditos.',
    },
    reason: 'O motivo pode ter no máximo 200 caracteres.',
  },
  notInServer: 'Os créditos pertencem a um servidor. Use o `/credits` dentro de um.',
  pickSubcommand: 'Escolha um subcomando: saldo, adicionar, definir, limite, alerta, uso ou histórico.',
  unknownSubcommand: '`/credits {{sub}}` não é um subcomando. Use saldo, adicionar, definir, limite, alerta, uso ou histórico.',
  manageServer: 'Só membros com a permissão Gerenciar servidor podem usar o `/credits {{sub}}`.',
  operatorOnly: {
    add: 'Só o operador do bot pode adicionar créditos.',
    raise: 'Só o operador do bot pode aumentar o saldo; você pode defini-lo no máximo até o que o servidor tem agora.',
    // Who the operators are is never said: how to ask is OPERATOR_CONTACT's, if set.
    where:
      '{{what}} Os créditos vêm do operador do bot, que paga cada vídeo na Kie.ai; os admins do servidor dividem e limitam os créditos que o servidor recebeu (`/credits limite`, `/credits alerta`, orçamentos de desafios). {{ask}}',
    askContact: 'Para pedir mais créditos: {{contact}}',
    askAnyone: 'Para pedir mais créditos, fale com quem adicionou este bot ao seu servidor ou com quem cuida dele.',
  },
  granted: '{{amount}} créditos adicionados. O servidor agora tem {{balance}} créditos.',
  balanceSet: 'O saldo do servidor agora é de {{balance}} créditos.',
  limit: { off: 'Os membros agora não têm limite diário.', set: 'Cada membro agora pode usar até {{amount}} créditos por dia (UTC).' },
  alert: { off: 'Os alertas de saldo baixo estão desativados.', set: 'O bot vai avisar uma vez quando o saldo cair abaixo de {{amount}} créditos.' },
  usage: {
    none: 'Ninguém usou créditos nos últimos 30 dias.',
    title: '**Créditos usados por membro**',
    line: '<@{{memberId}}>: {{week}} (7 dias) · {{month}} (30 dias) · {{today}} hoje',
    more_one: '…e mais {{count}} membro.',
    more_other: '…e mais {{count}} membros.',
  },
  /** A ledger refusal (LedgerError): nothing was changed. */
  refused: {
    wrapper: 'Não deu certo: {{detail}}.',
    grant: {
      whole: 'a adição precisa ser um número inteiro de créditos',
      min: 'a adição precisa ser de pelo menos {{min, number}} crédito',
      max: 'a adição não pode passar de {{max, number}} créditos',
    },
    set: { whole: 'o novo saldo precisa ser um número inteiro de créditos', min: 'o novo saldo não pode ser negativo', max: 'o novo saldo não pode passar de {{max, number}} créditos' },
    dailyLimit: {
      whole: 'o limite diário precisa ser um número inteiro de créditos',
      min: 'o limite diário não pode ser negativo',
      max: 'o limite diário não pode passar de {{max, number}} créditos',
    },
    alertThreshold: {
      whole: 'o valor do alerta precisa ser um número inteiro de créditos',
      min: 'o valor do alerta não pode ser negativo',
      max: 'o valor do alerta não pode passar de {{max, number}} créditos',
    },
    budget: {
      whole: 'o orçamento precisa ser um número inteiro de créditos',
      min: 'o orçamento precisa ser de pelo menos {{min, number}} crédito',
      max: 'o orçamento não pode passar de {{max, number}} créditos',
    },
    balanceTooLarge: 'isso deixaria o saldo acima de {{max, number}} créditos',
    holdAmount: 'o valor da reserva precisa ser um número inteiro positivo, mas veio {{amount}}',
    raise: 'só o operador do bot pode aumentar o saldo',
  },
  /** `/credits histórico`: one line per change, newest first. */
  history: {
    none: 'Nenhuma mudança ainda.',
    title: '**Mudanças recentes, das mais novas para as mais antigas**',
    line: '{{when}} {{who}} {{what}} → {{balance}}',
    lineJob: '{{when}} {{who}} {{what}} → {{balance}} · pedido {{jobId}}',
    operatorLine: '{{when}} {{what}} → {{balance}}',
    system: 'sistema',
    withReason: '{{what}} — {{reason}}',
    operatorGrant: '{{sign}} adicionados pelo operador do bot',
    operatorSet: 'saldo definido ({{sign}}) pelo operador do bot',
    grant: 'adicionou {{sign}}',
    set: 'definiu o saldo ({{sign}})',
    hold: 'reservou {{amount}} para um vídeo',
    holdNote: 'vídeo: {{note}}',
    capture: 'vídeo entregue',
    captureNote: 'vídeo entregue, {{note}}',
    release: 'reembolsou {{sign}}',
    releaseNote: 'reembolsou {{sign}} ({{note}})',
    limit: 'limite diário alterado',
    alert: 'alerta alterado',
    budget: 'orçamento de desafio ({{sign}})',
    /** What a change's entry says about it, kept as data and worded when shown. */
    note: {
      startingCredits: 'créditos iniciais',
      allowance: { day: 'recarga diária', week: 'recarga semanal', month: 'recarga mensal' },
      spent: '{{amount, number}} créditos gastos',
      fromBudget: '{{amount, number}} créditos do orçamento do {{budget}} (restam {{left, number}})',
      backToBudget: '{{why}}; {{amount, number}} créditos de volta ao orçamento do {{budget}}',
      toBudget: '{{amount, number}} créditos movidos para o orçamento do {{budget}}',
      budgetReturned: '{{amount, number}} créditos que sobraram no orçamento do {{budget}} voltaram para o saldo do servidor',
      budgetName: 'desafio',
      limitRemoved: 'limite diário removido',
      limitSet: 'limite diário de {{amount, number}} créditos por membro',
      alertOff: 'alerta de saldo baixo desativado',
      alertSet: 'alerta de saldo abaixo de {{amount, number}} créditos',
    },
  },
} satisfies Messages['credits'];
