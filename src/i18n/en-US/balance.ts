/** `/balance` (and `/credits balance`): what a member may know about the pool (private, the member's language). */
export default {
  serverOnly: 'Credits belong to a server. Use `/balance` inside one.',
  server: '**Server balance:** {{balance}} credits{{held}}',
  held: ' ({{held}} more held for videos in progress)',
  you: '**You today:** {{used}} credits used{{cap}}',
  noCap: ', no daily cap',
  cap: ', {{left}} of {{limit}} left (resets 00:00 UTC)',
  models: '**Models here:** {{models}}{{chosen}}; default `{{model}}`{{serverDefault}}',
  chosen: ' (chosen by this server)',
  serverDefault: ' (set by this server)',
  cheapest: 'Cheapest video here: {{model}} at {{price}} credits.',
} as const;
