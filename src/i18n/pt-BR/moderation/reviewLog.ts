import type { Messages } from '../../en-US/index.ts';

/**
 * The review log channel's posts and their buttons (public: the server's language), and the private
 * answers to those buttons (the moderator's language).
 */
export default {
  hello: '📋 Este canal agora é o registro de revisão do bot de vídeo: cada vídeo feito neste servidor e cada prompt recusado aparecem aqui, com **Remover vídeo** e **Bloquear membro** para os moderadores (Gerenciar mensagens).',
  removeVideo: 'Remover vídeo',
  blockMember: 'Bloquear membro',
  delivered: '✅ **Vídeo entregue** · pedido `{{short}}` (`{{id}}`)',
  failed: '❌ **Vídeo falhou** · pedido `{{short}}` (`{{id}}`)',
  facts: '**Membro:** <@{{memberId}}> · **Canal:** <#{{channelId}}> · **Modelo:** {{model}} · **Custo:** {{cost}}',
  cost: '{{price}} créditos',
  refunded: '0 créditos ({{price}} reembolsados)',
  why: '**Motivo:** {{why}}',
  result: '**Resultado:** {{link}}',
  notice: '**Aviso:** {{link}}',
  file: '**Arquivo:** <{{link}}> (grande demais para anexar aqui)',
  refused: {
    prompt: '🚫 **Prompt recusado** ({{action}}) · corresponde a {{rule}}',
    title: '🚫 **Título de desafio recusado** ({{action}}) · corresponde a {{rule}}',
    theme: '🚫 **Tema de desafio recusado** ({{action}}) · corresponde a {{rule}}',
  },
  action: { sora: '`/sora`', again: 'Gerar de novo', remix: 'Remix', challengeStart: '`/challenge iniciar`' },
  refusedFacts: '**Membro:** <@{{memberId}}> · **Canal:** <#{{channelId}}> · nada foi reservado nem enviado',
  removedBy: '🗑️ Removido por <@{{by}}>; nada foi reembolsado.',
  removedByWithEntries_one: '🗑️ Removido por <@{{by}}> (junto com {{count}} participação em desafio); nada foi reembolsado.',
  removedByWithEntries_other: '🗑️ Removido por <@{{by}}> (junto com {{count}} participações em desafios); nada foi reembolsado.',
  /** The reason kept with a member blocked by the button (shown in `/moderation bloqueados`). */
  blockReason: 'pelo registro de revisão',
  button: {
    serverOnly: 'Este botão só funciona dentro de um servidor.',
    wordsNeedManageServer: 'Só membros com Gerenciar servidor podem ver as palavras bloqueadas.',
    removeNeedsModerator: 'Só moderadores (Gerenciar mensagens) podem remover vídeos pelo registro de revisão.',
    blockNeedsModerator: 'Só moderadores (Gerenciar mensagens) podem bloquear membros pelo registro de revisão.',
    blocked: 'Bloqueei <@{{memberId}}> no bot neste servidor. `/moderation desbloquear` desfaz isso.',
    alreadyBlocked: '<@{{memberId}}> já estava bloqueado no bot aqui.',
    removed: 'Vídeo removido. Nada foi reembolsado.',
    removedWithEntries_one: 'Vídeo removido junto com {{count}} participação em desafio. Nada foi reembolsado.',
    removedWithEntries_other: 'Vídeo removido junto com {{count}} participações em desafios. Nada foi reembolsado.',
    gone: 'O bot não guarda mais este vídeo.',
    noAccess: 'Não consigo apagar o resultado em <#{{channelId}}>: perdi o acesso a esse canal.',
    noAnswer: 'O Discord não respondeu; nada foi removido ainda. Tente de novo daqui a um minuto.',
  },
  /** Why the last post to the log channel did not go through (shown in `/moderation registro` and `status`). */
  problem: {
    noAttach: 'não consigo anexar arquivos em <#{{channelId}}> (Anexar arquivos), então as postagens vão sem o vídeo',
    channelGone: 'o canal de registro <#{{channelId}}> não existe mais',
    cannotPost: 'não consigo postar em <#{{channelId}}> (preciso de Ver canal, Enviar mensagens e Anexar arquivos lá)',
  },
} satisfies Messages['moderation']['reviewLog'];
