import type { Messages } from '../en-US/index.ts';

/** `/balance` (and `/credits saldo`): what a member may know about the pool (private, the member's language). */
export default {
  serverOnly: 'Los créditos pertenecen a un servidor. Usa `/balance` dentro de uno.',
  server: '**Saldo del servidor:** {{balance}} créditos{{held}}',
  held: ' (y {{held}} más reservados para vídeos en curso)',
  you: '**Tu uso hoy:** {{used}} créditos{{cap}}',
  noCap: ', sin límite diario',
  cap: '; te quedan {{left}} de {{limit}} (se reinicia a las 00:00 UTC)',
  models: '**Modelos aquí:** {{models}}{{chosen}}; predeterminado: `{{model}}`{{serverDefault}}',
  chosen: ' (elegidos por este servidor)',
  serverDefault: ' (fijado por este servidor)',
  cheapest: 'El vídeo más barato aquí: {{model}}, por {{price}} créditos.',
} satisfies Messages['balance'];
