import type { Messages } from '../../en-US/index.ts';

/**
 * A challenge's public posts, in the challenge's language (the server's when it started): the
 * announcement, entries and their Vote buttons, the results with the winner role's note, and the
 * Submit to challenge button on a delivered video (in the video's language).
 */
export default {
  announcement: {
    head: '🏆 **Desafio #{{number}}: {{title}}**',
    entries_one: '• Inscreva até {{count}} vídeo seu feito com o `/sora` neste servidor a partir de agora.',
    entries_other: '• Inscreva até {{count}} vídeos seus feitos com o `/sora` neste servidor a partir de agora.',
    votingAnyone: '• Votação: qualquer membro; um voto por membro em cada participação; não vale votar na própria.',
    votingMembersBeforeStart: '• Votação: membros que entraram antes do início; um voto por membro em cada participação; não vale votar na própria.',
    budget: '• O `/sora` em <#{{channelId}}> é pago primeiro com o orçamento deste desafio, de {{budget}} créditos, e depois com os créditos do servidor.',
    winnerRole: '• O vencedor ganha o cargo <@&{{roleId}}>.',
    ends: 'Termina {{relative}} ({{date}}).',
    howToEnter: 'Para participar: aperte **{{button}}** no seu vídeo pronto ou use `/challenge enviar desafio:{{number}}`.',
  },
  entry: {
    head: '🎬 Participação de <@{{memberId}}> em **#{{number}} {{title}}**',
    model: 'Modelo: {{model}}',
    overLimit: 'O vídeo passa do limite de envio deste canal: <{{url}}>',
  },
  vote: 'Votar · {{votes}}',
  submitButton: 'Enviar ao desafio',
  results: {
    head: '🏁 **Desafio #{{number}}: {{title}}: resultados**',
    line_one: '{{rank}}. <@{{memberId}}> · {{votes}} voto{{link}}',
    line_other: '{{rank}}. <@{{memberId}}> · {{votes}} votos{{link}}',
    entryLink: ' · [participação]({{url}})',
    none: 'Nenhuma participação.',
    more_one: '… e mais {{n}} participação',
    more_other: '… e mais {{n}} participações',
    congratulations: 'Parabéns, {{winners}}!',
  },
  cancelled: 'O desafio #{{number}}: {{title}} foi cancelado.',
  /** Under the results: what became of the winner role. */
  role: {
    given: 'O vencedor ganhou o cargo <@&{{roleId}}>.',
    notGiven: 'Não consegui dar o cargo <@&{{roleId}}> ao vencedor: preciso da permissão Gerenciar cargos e de um cargo acima dele. Um admin pode dar o cargo manualmente.',
    nowManaged: 'Não dei o cargo <@&{{roleId}}>: ele é gerenciado por uma integração. Um admin pode dar um cargo manualmente.',
    nowGrants: 'Não dei o cargo <@&{{roleId}}>: agora ele concede {{grants}}. Um admin pode dar um cargo manualmente.',
    /** Why the role was given, in the server's audit log. */
    auditReason: 'Vencedor de desafio',
  },
  /** Discord's names of the permissions a winner role must not grant (as Discord's Portuguese UI writes them). */
  permission: {
    administrator: 'Administrador',
    manageGuild: 'Gerenciar servidor',
    manageRoles: 'Gerenciar cargos',
    manageChannels: 'Gerenciar canais',
    banMembers: 'Banir membros',
    kickMembers: 'Expulsar membros',
    manageMessages: 'Gerenciar mensagens',
    mentionEveryone: 'Mencionar @everyone',
    manageWebhooks: 'Gerenciar webhooks',
  },
  /** A list of names or challenges, one pair at a time: "a, b, c". */
  list: '{{first}}, {{rest}}',
} satisfies Messages['challenges']['posts'];
