import type { Messages } from '../en-US/index.ts';

/** Asking for a video (`/sora`, Again, Remix): refusals before anything is held (private, the member's language). */
export default {
  invalid: {
    prompt: 'Le prompt doit être du texte.',
    duration: '`durée` doit être un nombre de secondes.',
    durationWhole: '`durée` doit être un nombre entier de secondes.',
    aspect: '`format` doit être portrait, paysage ou carré.',
    model: '`modèle` doit être un nom de modèle.',
    modelLength: 'Ce nom de modèle est trop long.',
    quality: '`qualité` doit être standard ou haute.',
    image: '`image` doit être une image jointe.',
  },
  dmOnly: 'Les vidéos sont payées avec les crédits d’un serveur, donc `/sora` ne fonctionne que dans un serveur, pas en MP.',
  serverOnly: 'Les vidéos sont payées avec les crédits d’un serveur, elles ne peuvent donc être créées que dans un serveur, pas en MP.',
  imageMissing: 'L’image jointe n’est pas arrivée. Joins-la de nouveau.',
  busy: {
    member_one: 'Tu as déjà {{count}} vidéo en cours. Réessaie quand elle sera terminée (en général quelques minutes).',
    member_other: 'Tu as déjà {{count}} vidéos en cours. Réessaie quand l’une d’elles sera terminée (en général quelques minutes).',
    server_one: 'Ce serveur a déjà {{count}} vidéo en cours. Réessaie dans quelques minutes, quand elle sera terminée.',
    server_other: 'Ce serveur a déjà {{count}} vidéos en cours. Réessaie dans quelques minutes, quand l’une d’elles sera terminée.',
  },
  hold: {
    balance: 'Cette vidéo {{model}} coûte {{price}} crédits, mais il n’en reste que {{balance}} au serveur.{{allowance}} Demande plus de crédits à un admin du serveur.',
    allowance: ' Il te reste {{left}} de tes crédits quotidiens aujourd’hui.',
    dailyLimit: 'Cette vidéo {{model}} coûte {{price}} crédits, et il te reste {{left}} de tes {{limit}} crédits quotidiens. Ton quota se renouvelle à 00:00 UTC.',
    operatorCeiling: 'Le bot a atteint sa limite de dépense quotidienne pour l’ensemble des serveurs. Réessaie après 00:00 UTC.',
  },
} satisfies Messages['sora'];
