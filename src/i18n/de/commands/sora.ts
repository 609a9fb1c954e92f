import type { Messages } from '../../en-US/index.ts';

/** `/sora` as Discord shows it: option names and choices in German, values unchanged. */
export default {
  name: 'sora',
  description: 'Erstelle aus einem Prompt ein kurzes KI-Video (bezahlt mit den Credits dieses Servers)',
  options: {
    prompt: { name: 'prompt', description: 'Was im Video passiert' },
    duration: { name: 'dauer', description: 'Länge in Sekunden (je nach Modell)', choice: '{{value}} Sekunden' },
    aspect: {
      name: 'format',
      description: 'Hochformat (9:16), Querformat (16:9) oder Quadrat',
      choices: { portrait: 'Hochformat', landscape: 'Querformat', square: 'Quadrat' },
    },
    model: { name: 'modell', description: 'Videomodell (Standard: das des Servers, siehe /models); tippe, um Preise zu sehen' },
    quality: { name: 'qualität', description: 'Standard oder Hoch (bei Modellen, die das anbieten)', choices: { standard: 'Standard', high: 'Hoch' } },
    image: { name: 'bild', description: 'Startbild (PNG, JPEG oder WebP, bis 10 MB)' },
  },
} satisfies Messages['commands']['sora'];
