import type { Messages } from '../../en-US/index.ts';

/**
 * A challenge's public posts, in the challenge's language (the server's when it started): the
 * announcement, entries and their Vote buttons, the results with the winner role's note, and the
 * Submit to challenge button on a delivered video (in the video's language).
 */
export default {
  announcement: {
    head: '🏆 **Reto #{{number}}: {{title}}**',
    entries_one: '• Puedes presentar {{count}} vídeo tuyo hecho con `/sora` en este servidor a partir de ahora.',
    entries_other: '• Puedes presentar hasta {{count}} vídeos tuyos hechos con `/sora` en este servidor a partir de ahora.',
    votingAnyone: '• Votación: cualquier miembro; un voto por miembro en cada participación; no puedes votar la tuya.',
    votingMembersBeforeStart: '• Votación: miembros que se unieron antes del inicio; un voto por miembro en cada participación; no puedes votar la tuya.',
    budget: '• `/sora` en <#{{channelId}}> se paga primero con el presupuesto de este reto ({{budget}} créditos) y después con los créditos del servidor.',
    winnerRole: '• Quien gane recibe <@&{{roleId}}>.',
    ends: 'Termina {{relative}} ({{date}}).',
    howToEnter: 'Para participar: pulsa **{{button}}** en tu vídeo terminado o usa `/challenge presentar reto:{{number}}`.',
  },
  entry: {
    head: '🎬 Participación de <@{{memberId}}> en **#{{number}} {{title}}**',
    model: 'Modelo: {{model}}',
    overLimit: 'El vídeo supera el límite de subida de este canal: <{{url}}>',
  },
  vote: 'Votar · {{votes}}',
  submitButton: 'Presentar al reto',
  results: {
    head: '🏁 **Reto #{{number}}: {{title}}: resultados**',
    line_one: '{{rank}}. <@{{memberId}}> · {{votes}} voto{{link}}',
    line_other: '{{rank}}. <@{{memberId}}> · {{votes}} votos{{link}}',
    entryLink: ' · [participación]({{url}})',
    none: 'Sin participaciones.',
    more_one: '… y {{n}} participación más',
    more_other: '… y {{n}} participaciones más',
    congratulations: '¡Felicidades, {{winners}}!',
  },
  cancelled: 'Se ha cancelado el reto #{{number}}: {{title}}.',
  /** Under the results: what became of the winner role. */
  role: {
    given: 'Quien ha ganado ya tiene <@&{{roleId}}>.',
    notGiven: 'No he podido dar <@&{{roleId}}> a quien ha ganado: necesito el permiso Gestionar roles y un rol por encima de ese. Un admin puede darlo a mano.',
    nowManaged: 'No he dado <@&{{roleId}}>: lo gestiona una integración. Un admin puede dar un rol a mano.',
    nowGrants: 'No he dado <@&{{roleId}}>: ahora concede {{grants}}. Un admin puede dar un rol a mano.',
    /** Why the role was given, in the server's audit log. */
    auditReason: 'Ganador del reto',
  },
  /** Discord's names of the permissions a winner role must not grant (as Discord's Spanish interface says them). */
  permission: {
    administrator: 'Administrador',
    manageGuild: 'Gestionar servidor',
    manageRoles: 'Gestionar roles',
    manageChannels: 'Gestionar canales',
    banMembers: 'Banear miembros',
    kickMembers: 'Expulsar miembros',
    manageMessages: 'Gestionar mensajes',
    mentionEveryone: 'Mencionar @everyone',
    manageWebhooks: 'Gestionar webhooks',
  },
  /** A list of names or challenges, one pair at a time: "a, b, c". */
  list: '{{first}}, {{rest}}',
} satisfies Messages['challenges']['posts'];
