import type { Messages } from '../en-US/index.ts';

/** `/balance` (and `/credits saldo`): what a member may know about the pool (private, the member's language). */
export default {
  serverOnly: 'Os créditos pertencem a um servidor. Use o `/balance` dentro de um.',
  server: '**Saldo do servidor:** {{balance}} créditos{{held}}',
  held: ' (mais {{held}} reservados para vídeos em andamento)',
  you: '**Você hoje:** {{used}} créditos usados{{cap}}',
  noCap: ', sem limite diário',
  cap: ', restam {{left}} de {{limit}} (zera às 00:00 UTC)',
  models: '**Modelos aqui:** {{models}}{{chosen}}; padrão `{{model}}`{{serverDefault}}',
  chosen: ' (escolhidos por este servidor)',
  serverDefault: ' (definido por este servidor)',
  cheapest: 'Vídeo mais barato aqui: {{model}} por {{price}} créditos.',
} satisfies Messages['balance'];
