import type { Messages } from '../../en-US/index.ts';

/** `/sora` as Discord shows it: option and choice names in French, values unchanged. */
export default {
  name: 'sora',
  description: 'Crée une courte vidéo IA à partir d’un prompt (payée avec les crédits du serveur)',
  options: {
    prompt: { name: 'prompt', description: 'Ce qui se passe dans la vidéo' },
    duration: { name: 'durée', description: 'Durée en secondes (selon le modèle)', choice: '{{value}} secondes' },
    aspect: {
      name: 'format',
      description: 'Portrait (9:16), paysage (16:9) ou carré',
      choices: { portrait: 'portrait', landscape: 'paysage', square: 'carré' },
    },
    model: { name: 'modèle', description: 'Modèle vidéo (par défaut : celui du serveur, voir /models) ; tape pour voir les prix' },
    quality: { name: 'qualité', description: 'standard ou haute (selon le modèle)', choices: { standard: 'standard', high: 'haute' } },
    image: { name: 'image', description: 'Première image de la vidéo (PNG, JPEG ou WebP, 10 Mo max.)' },
  },
} satisfies Messages['commands']['sora'];
