import type { Messages } from '../../en-US/index.ts';

/** `/sora` as Discord shows it: option names in Portuguese, values unchanged. */
export default {
  name: 'sora',
  description: 'Crie um vídeo curto com IA a partir de um prompt (pago com os créditos do servidor)',
  options: {
    prompt: { name: 'prompt', description: 'O que acontece no vídeo' },
    duration: { name: 'duração', description: 'Duração em segundos (depende do modelo)', choice: '{{value}} segundos' },
    aspect: {
      name: 'formato',
      description: 'Retrato (9:16), paisagem (16:9) ou quadrado',
      choices: { portrait: 'retrato', landscape: 'paisagem', square: 'quadrado' },
    },
    model: { name: 'modelo', description: 'Modelo de vídeo (padrão: o do servidor, veja /models); digite para ver os preços' },
    quality: { name: 'qualidade', description: 'padrão ou alta (nos modelos que oferecem)', choices: { standard: 'padrão', high: 'alta' } },
    image: { name: 'imagem', description: 'Primeiro quadro (PNG, JPEG ou WebP, até 10 MB)' },
  },
} satisfies Messages['commands']['sora'];
