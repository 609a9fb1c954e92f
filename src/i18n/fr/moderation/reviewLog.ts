import type { Messages } from '../../en-US/index.ts';

/**
 * The review log channel's posts and their buttons (public: the server's language), and the private
 * answers to those buttons (the moderator's language).
 */
export default {
  hello: '📋 Ce salon est désormais le journal de modération du bot vidéo : chaque vidéo créée sur ce serveur et chaque prompt refusé y sont publiés, avec **Retirer la vidéo** et **Bloquer le membre** pour les modérateurs (Gérer les messages).',
  removeVideo: 'Retirer la vidéo',
  blockMember: 'Bloquer le membre',
  delivered: '✅ **Vidéo livrée** · tâche `{{short}}` (`{{id}}`)',
  failed: '❌ **Vidéo échouée** · tâche `{{short}}` (`{{id}}`)',
  facts: '**Membre :** <@{{memberId}}> · **Salon :** <#{{channelId}}> · **Modèle :** {{model}} · **Coût :** {{cost}}',
  cost: '{{price}} crédits',
  refunded: '0 crédit ({{price}} remboursés)',
  why: '**Raison :** {{why}}',
  result: '**Résultat :** {{link}}',
  notice: '**Avis :** {{link}}',
  file: '**Fichier :** <{{link}}> (trop volumineux pour être joint ici)',
  refused: {
    prompt: '🚫 **Prompt refusé** ({{action}}) · correspond à {{rule}}',
    title: '🚫 **Titre de défi refusé** ({{action}}) · correspond à {{rule}}',
    theme: '🚫 **Thème de défi refusé** ({{action}}) · correspond à {{rule}}',
  },
  action: { sora: '`/sora`', again: 'Relancer', remix: 'Remix', challengeStart: '`/challenge lancer`' },
  refusedFacts: '**Membre :** <@{{memberId}}> · **Salon :** <#{{channelId}}> · rien n’a été réservé ni envoyé',
  removedBy: '🗑️ Retirée par <@{{by}}> ; rien n’a été remboursé.',
  removedByWithEntries_one: '🗑️ Retirée par <@{{by}}> (avec {{count}} participation à un défi) ; rien n’a été remboursé.',
  removedByWithEntries_other: '🗑️ Retirée par <@{{by}}> (avec {{count}} participations à des défis) ; rien n’a été remboursé.',
  /** The reason kept with a member blocked by the button (shown in `/moderation bloqués`). */
  blockReason: 'depuis le journal de modération',
  button: {
    serverOnly: 'Ce bouton ne fonctionne que dans un serveur.',
    wordsNeedManageServer: 'Seuls les membres ayant Gérer le serveur peuvent voir les mots interdits.',
    removeNeedsModerator: 'Seuls les modérateurs (Gérer les messages) peuvent retirer des vidéos depuis le journal de modération.',
    blockNeedsModerator: 'Seuls les modérateurs (Gérer les messages) peuvent bloquer des membres depuis le journal de modération.',
    blocked: '<@{{memberId}}> ne peut plus utiliser le bot sur ce serveur. `/moderation débloquer` annule le blocage.',
    alreadyBlocked: 'Membre déjà privé du bot ici : <@{{memberId}}>.',
    removed: 'Vidéo retirée. Rien n’a été remboursé.',
    removedWithEntries_one: 'Vidéo retirée, ainsi que {{count}} participation à un défi. Rien n’a été remboursé.',
    removedWithEntries_other: 'Vidéo retirée, ainsi que {{count}} participations à des défis. Rien n’a été remboursé.',
    gone: 'Cette vidéo n’est plus dans les archives du bot.',
    noAccess: 'Je ne peux pas supprimer le résultat dans <#{{channelId}}> : j’ai perdu l’accès à ce salon.',
    noAnswer: 'Discord n’a pas répondu ; rien n’a encore été retiré. Réessaie dans une minute.',
  },
  /** Why the last post to the log channel did not go through (shown in `/moderation journal` and `état`). */
  problem: {
    noAttach: 'je ne peux pas joindre de fichiers dans <#{{channelId}}> (Joindre des fichiers), les publications arrivent donc sans leur vidéo',
    channelGone: 'le salon du journal <#{{channelId}}> n’existe plus',
    cannotPost: 'je ne peux pas publier dans <#{{channelId}}> (il me faut Voir le salon, Envoyer des messages et Joindre des fichiers dans ce salon)',
  },
} satisfies Messages['moderation']['reviewLog'];
