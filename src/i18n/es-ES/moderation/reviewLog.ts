import type { Messages } from '../../en-US/index.ts';

/**
 * The review log channel's posts and their buttons (public: the server's language), and the private
 * answers to those buttons (the moderator's language).
 */
export default {
  hello: '📋 Este canal es ahora el registro de revisión del bot de vídeo: aquí se publican cada vídeo hecho en este servidor y cada prompt rechazado, con **Retirar vídeo** y **Bloquear miembro** para los moderadores (Gestionar mensajes).',
  removeVideo: 'Retirar vídeo',
  blockMember: 'Bloquear miembro',
  delivered: '✅ **Vídeo entregado** · trabajo `{{short}}` (`{{id}}`)',
  failed: '❌ **Vídeo fallido** · trabajo `{{short}}` (`{{id}}`)',
  facts: '**Miembro:** <@{{memberId}}> · **Canal:** <#{{channelId}}> · **Modelo:** {{model}} · **Precio:** {{cost}}',
  cost: '{{price}} créditos',
  refunded: '0 créditos ({{price}} devueltos)',
  why: '**Motivo:** {{why}}',
  result: '**Resultado:** {{link}}',
  notice: '**Aviso:** {{link}}',
  file: '**Archivo:** <{{link}}> (demasiado grande para adjuntarlo aquí)',
  refused: {
    prompt: '🚫 **Prompt rechazado** ({{action}}) · coincide con {{rule}}',
    title: '🚫 **Título de reto rechazado** ({{action}}) · coincide con {{rule}}',
    theme: '🚫 **Tema de reto rechazado** ({{action}}) · coincide con {{rule}}',
  },
  action: { sora: '`/sora`', again: 'Repetir', remix: 'Remix', challengeStart: '`/challenge iniciar`' },
  refusedFacts: '**Miembro:** <@{{memberId}}> · **Canal:** <#{{channelId}}> · no se ha reservado ni enviado nada',
  removedBy: '🗑️ Retirado por <@{{by}}>; no se ha devuelto nada.',
  removedByWithEntries_one: '🗑️ Retirado por <@{{by}}> (junto con {{count}} participación en retos); no se ha devuelto nada.',
  removedByWithEntries_other: '🗑️ Retirado por <@{{by}}> (junto con {{count}} participaciones en retos); no se ha devuelto nada.',
  /** The reason kept with a member blocked by the button (shown in `/moderation bloqueados`). */
  blockReason: 'desde el registro de revisión',
  button: {
    serverOnly: 'Este botón solo funciona dentro de un servidor.',
    wordsNeedManageServer: 'Solo los miembros con Gestionar servidor pueden ver las palabras bloqueadas.',
    removeNeedsModerator: 'Solo los moderadores (Gestionar mensajes) pueden retirar vídeos desde el registro de revisión.',
    blockNeedsModerator: 'Solo los moderadores (Gestionar mensajes) pueden bloquear miembros desde el registro de revisión.',
    blocked: 'Se ha bloqueado el bot a <@{{memberId}}> en este servidor. `/moderation desbloquear` lo deshace.',
    alreadyBlocked: '<@{{memberId}}> ya está en la lista de bloqueos del bot aquí.',
    removed: 'Vídeo retirado. No se ha devuelto nada.',
    removedWithEntries_one: 'Vídeo retirado, junto con {{count}} participación en retos. No se ha devuelto nada.',
    removedWithEntries_other: 'Vídeo retirado, junto con {{count}} participaciones en retos. No se ha devuelto nada.',
    gone: 'El bot ya no tiene datos de este vídeo.',
    noAccess: 'No puedo borrar el resultado en <#{{channelId}}>: he perdido el acceso a ese canal.',
    noAnswer: 'Discord no ha respondido; aún no se ha retirado nada. Vuelve a intentarlo en un minuto.',
  },
  /** Why the last post to the log channel did not go through (shown in `/moderation registro` and `estado`). */
  problem: {
    noAttach: 'no puedo adjuntar archivos en <#{{channelId}}> (Adjuntar archivos), así que las publicaciones llegan sin su vídeo',
    channelGone: 'el canal del registro, <#{{channelId}}>, ya no existe',
    cannotPost: 'no puedo publicar en <#{{channelId}}> (ahí necesito Ver canal, Enviar mensajes y Adjuntar archivos)',
  },
} satisfies Messages['moderation']['reviewLog'];
