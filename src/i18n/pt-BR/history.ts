import type { Messages } from '../en-US/index.ts';

/** `/jobs` and its page buttons: a member's videos, one brought back, a queued one cancelled (private, the member's language). */
export default {
  state: {
    queued: 'na fila',
    creating: 'enviando para a Kie',
    running: 'gerando na Kie',
    delivering: 'finalizando',
    delivered: 'entregue',
    failed: 'falhou',
    cancelled: 'cancelado',
  },
  cost: {
    paid: '{{price}} créditos',
    refunded: '0 créditos ({{price}} reembolsados)',
    held: '{{price}} créditos reservados',
  },
  list: {
    mine: 'Seus vídeos recentes',
    member: 'Vídeos recentes de um membro',
    empty: 'Nenhum vídeo ainda. Crie um com o `/sora`.',
    message: '[mensagem]({{link}})',
    footer: 'Página {{page}} de {{pages}} · /jobs ver id:… traz um vídeo de volta · /jobs cancelar id:… cancela um que está na fila',
    previous: 'Anterior',
    next: 'Próxima',
  },
  /** A suggestion for the `id:` option: short id, state, model, the start of the prompt. */
  choice: '{{id}} · {{state}} · {{model}} · {{prompt}}',
  detail: {
    job: 'Pedido',
    state: 'Status',
    cost: 'Custo',
    madeBy: 'Feito por',
    started: 'Início',
    finished: 'Fim',
    message: 'Mensagem',
    jump: '[ir para ela]({{link}})',
    whyFailed: 'Por que falhou',
  },
  show: {
    again: 'Aqui está o vídeo de novo.',
    link: 'O vídeo é maior do que você pode receber aqui, então aqui vai um link para baixar (ele expira, salve agora):\n<{{url}}>',
    gone: 'O arquivo do vídeo não está mais disponível: o serviço de vídeo não o guarda mais.{{where}}',
    stillThere: ' A mensagem do resultado ainda está lá: {{link}}',
    deletedToo: ' A mensagem do resultado também foi apagada.',
  },
  cancel: {
    cancelled: 'Pedido {{id}} cancelado antes de ser enviado ao serviço de vídeo. Os {{refunded}} créditos dele voltaram para o saldo do servidor, e a resposta do vídeo mostra isso.',
    atKie: 'O pedido {{id}} não pode ser cancelado: ele já está no serviço de vídeo (Kie.ai), que não consegue parar uma tarefa depois de recebê-la. Ele vai terminar e ser cobrado, ou falhar e ser reembolsado.',
    finished: 'O pedido {{id}} já terminou ({{how}}); não há nada para cancelar.',
    delivered: 'entregue',
    failed: 'falhou e foi reembolsado',
    gone: 'Esse pedido não existe mais.',
  },
  find: {
    notId: '`{{typed}}` não é um id de pedido. Os ids são assim: `k3x9ab`; escolha um da lista ou veja o `/jobs listar`.',
    ambiguous: 'Mais de um pedido começa com `{{typed}}`. Digite mais alguns caracteres do id.',
    notInServer: 'Nenhum pedido neste servidor tem o id `{{typed}}`. Veja os seus recentes no `/jobs listar`.',
    notYours: 'Nenhum pedido seu neste servidor tem o id `{{typed}}`. Veja os seus recentes no `/jobs listar`.',
  },
  serverOnly: 'O `/jobs` funciona dentro de um servidor.',
  othersAdminOnly: 'Só admins (Gerenciar servidor) podem ver os vídeos de outros membros.',
  othersHint: 'Só admins (Gerenciar servidor) podem ver os vídeos de outros membros. O `/jobs listar` sem `membro` mostra os seus.',
  unknownSubcommand: 'Subcomando desconhecido do `/jobs`.',
} satisfies Messages['history'];
