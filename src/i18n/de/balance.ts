import type { Messages } from '../en-US/index.ts';

/** `/balance` (and `/credits guthaben`): what a member may know about the pool (private, the member's language). */
export default {
  serverOnly: 'Credits gehören zu einem Server. Nutze `/balance` auf einem Server.',
  server: '**Server-Guthaben:** {{balance}} Credits{{held}}',
  held: ' (weitere {{held}} für laufende Videos reserviert)',
  you: '**Du heute:** {{used}} Credits verbraucht{{cap}}',
  noCap: ', kein Tageslimit',
  cap: ', {{left}} von {{limit}} übrig (Reset um 00:00 UTC)',
  models: '**Modelle hier:** {{models}}{{chosen}}; Standard `{{model}}`{{serverDefault}}',
  chosen: ' (von diesem Server ausgewählt)',
  serverDefault: ' (von diesem Server festgelegt)',
  cheapest: 'Günstigstes Video hier: {{model}} für {{price}} Credits.',
} satisfies Messages['balance'];
