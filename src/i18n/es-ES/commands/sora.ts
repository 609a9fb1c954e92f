import type { Messages } from '../../en-US/index.ts';

/** `/sora` as Discord shows it: option names, descriptions and choices localized, the command's own name stays. */
export default {
  name: 'sora',
  description: 'Crea un vídeo corto con IA a partir de un prompt (se paga con los créditos del servidor)',
  options: {
    prompt: { name: 'prompt', description: 'Qué pasa en el vídeo' },
    duration: { name: 'duración', description: 'Duración en segundos (depende del modelo)', choice: '{{value}} segundos' },
    aspect: {
      name: 'formato',
      description: 'Vertical (9:16), horizontal (16:9) o cuadrado',
      choices: { portrait: 'vertical', landscape: 'horizontal', square: 'cuadrado' },
    },
    model: { name: 'modelo', description: 'Modelo de vídeo (por defecto: el del servidor, ver /models); escribe para ver precios' },
    quality: { name: 'calidad', description: 'estándar o alta (en los modelos que la ofrecen)', choices: { standard: 'estándar', high: 'alta' } },
    image: { name: 'imagen', description: 'Primer fotograma (PNG, JPEG o WebP, hasta 10 MB)' },
  },
} satisfies Messages['commands']['sora'];
