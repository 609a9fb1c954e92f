import type { Messages } from '../en-US/index.ts';

/** Video models: why a request does not fit a model, a server's model choices, `/models` and the `modelo:` suggestions (private). */
export default {
  refuse: {
    unknown: 'El modelo "{{model}}" no está disponible aquí. Disponibles: {{available}}.',
    none: 'ninguno',
    imageRequired: '{{model}} solo hace vídeos a partir de una imagen: adjunta una con imagen: (será el primer fotograma){{others}}.',
    textModels: ', o elige un modelo que funcione solo con texto, como {{models}}',
    duration: '{{model}} hace vídeos de {{durations}} segundos, no de {{duration}}.',
    aspect: '{{model}} admite {{aspects}}, no {{aspect}}.',
    qualityOne: '{{model}} solo tiene una calidad; quita calidad: (o elige un modelo con la opción "alta", como {{models}}).',
    noneHere: 'ninguno aquí',
    qualityOffers: '{{model}} ofrece calidad {{qualities}}.',
    promptLength: 'Tu prompt tiene {{length}} caracteres; {{model}} admite como máximo {{max}}.',
    qualityDurations: '{{model}} solo hace vídeos en calidad {{quality}} de {{durations}} segundos, no de {{duration}}.',
    noPrice: '{{model}} no tiene precio para la calidad {{quality}} a {{duration}} s; pregunta al operador del bot.',
  },
  server: {
    notAllowed: 'Este servidor solo permite estos modelos: {{models}}. Elige uno de ellos con `modelo:` (`/models` los muestra).',
    unknownDefault: '`{{model}}` no es un modelo que ofrezca el bot. Modelos activados: {{models}}.',
    defaultOutside: 'El predeterminado, `{{model}}`, tiene que ser uno de los modelos que permite este servidor: {{models}}.',
    unknownAllowed_one: '{{unknown}} no es un modelo que ofrezca el bot. Usa una lista separada por comas de: {{models}} — o `all`.',
    unknownAllowed_other: '{{unknown}} no son modelos que ofrezca el bot. Usa una lista separada por comas de: {{models}} — o `all`.',
  },
  view: {
    header: 'Modelos de vídeo aquí{{chosen}} (elige uno con `/sora modelo:`; predeterminado: `{{model}}`{{serverDefault}}):',
    chosen: ', elegidos por este servidor',
    serverDefault: ', fijado por este servidor',
    state: {
      live: 'activo',
      paused: '**en pausa** por Kie desde {{since}}{{retry}}',
      retry: ', nuevo intento {{when}}',
      failing_one: '**con fallos** ({{count}} error en los últimos minutos)',
      failing_other: '**con fallos** ({{count}} errores en los últimos minutos)',
      unknown: 'aún sin probar',
    },
    lengthsRange: '{{first}}–{{last}} s',
    lengths: '{{lengths}} s',
    quality: '{{quality}} {{label}}',
    price: '{{price}} créditos',
    priceRange: '{{min}}–{{max}} créditos',
    imageRequired: 'requiere imagen',
    textOrImage: 'texto o imagen',
  },
  /** One line for `/models`: what each family is good at. */
  goodAt: {
    sora2: 'escenas realistas con sonido sincronizado (Kie lo pausó en 2026)',
    sora2Pro: 'Sora a 1080p, el más pulido de los dos Sora (en pausa, como Sora 2)',
    kling3: 'movimiento fluido y personas, con sonido',
    grokImagine: 'borradores baratos y rápidos, y clips desenfadados',
    seedance2: 'planos cinematográficos con audio nativo, de cualquier duración',
    seedance2Fast: 'Seedance más barato y rápido, para borradores',
    wan26: 'clips narrativos más largos en 16:9 con física realista',
    hailuo23: 'dar vida a una imagen fija',
    veo31: 'el modelo de Google: vídeo realista con diálogos y sonido',
  },
  /** A suggestion for the `modelo:` option as a member types. */
  choice: '{{id}} — {{label}}, desde {{price}} créditos{{paused}}',
  choicePaused: ' (en pausa)',
} satisfies Messages['models'];
