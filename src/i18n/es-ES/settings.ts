import type { Messages } from '../en-US/index.ts';

/** `/settings` answers (private, the member's language). */
export default {
  serverOnly: 'Los ajustes pertenecen a un servidor. Usa `/settings` dentro de uno.',
  manageServer: 'Solo los miembros con el permiso **Gestionar servidor** pueden cambiar los ajustes de este servidor.',
  unknown: 'Ajustes desconocidos: {{name}}.',
  models: {
    unavailable: 'Los ajustes de modelos por servidor no están disponibles en este bot.',
    current: 'Ajustes de modelos de este servidor:',
    saved: 'Guardado. Ajustes de modelos de este servidor:',
    allowed: '**Permitidos:** {{list}}',
    allowedAll: 'todos los modelos que ofrece el bot ({{list}})',
    default: '**Predeterminado:** `{{model}}`{{operator}}',
    operatorDefault: ' (el predeterminado del bot)',
    // `all` and `operator` are typed values: they stay in English.
    hint: 'Cámbialos con `/settings modelos permitidos:` (lista separada por comas de {{models}}, o `all`) y `predeterminado:` (un modelo permitido, u `operator`).',
    /** The `predeterminado:` suggestion that goes back to the bot's default. */
    operatorChoice: 'operator — el predeterminado del bot',
  },
  language: {
    notOffered: '`{{value}}` no es uno de los idiomas disponibles.',
    current: 'Los mensajes públicos de este servidor (respuestas con vídeos, anuncios de retos) están en **{{language}}**{{how}}.',
    auto: ' (automático: el idioma de Discord para este servidor)',
    chosen: ' (elegido con `/settings idioma`)',
    saved: 'Guardado. Los mensajes públicos de este servidor ahora están en **{{language}}**{{how}}.',
    hint: 'Cámbialo con `/settings idioma idioma:` (`automático` sigue a Discord). Las respuestas privadas siempre siguen el idioma de Discord de cada miembro.',
  },
} satisfies Messages['settings'];
