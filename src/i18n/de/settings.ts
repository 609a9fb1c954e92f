import type { Messages } from '../en-US/index.ts';

/** `/settings` answers (private, the member's language). */
export default {
  serverOnly: 'Einstellungen gehören zu einem Server. Nutze `/settings` auf einem Server.',
  manageServer: 'Nur Mitglieder mit der Berechtigung **Server verwalten** können die Einstellungen dieses Servers ändern.',
  unknown: 'Unbekannte Einstellungen: {{name}}.',
  models: {
    unavailable: 'Modell-Einstellungen pro Server gibt es bei diesem Bot nicht.',
    current: 'Modell-Einstellungen für diesen Server:',
    saved: 'Gespeichert. Modell-Einstellungen für diesen Server:',
    allowed: '**Erlaubt:** {{list}}',
    allowedAll: 'alle Modelle, die der Bot anbietet ({{list}})',
    default: '**Standard:** `{{model}}`{{operator}}',
    operatorDefault: ' (Standard des Bots)',
    hint: 'Ändern mit `/settings modelle erlaubt:` (Liste mit Kommas aus {{models}}, oder `all`) und `standard:` (ein erlaubtes Modell, oder `operator`).',
    /** The `standard:` suggestion that goes back to the bot's default. */
    operatorChoice: 'operator — Standard des Bots',
  },
  language: {
    notOffered: '`{{value}}` ist keine der angebotenen Sprachen.',
    current: 'Die öffentlichen Nachrichten dieses Servers (Video-Antworten, Challenge-Ankündigungen) sind auf **{{language}}**{{how}}.',
    auto: ' (automatisch: die Sprache dieses Servers in Discord)',
    chosen: ' (gewählt mit `/settings sprache`)',
    saved: 'Gespeichert. Die öffentlichen Nachrichten dieses Servers sind jetzt auf **{{language}}**{{how}}.',
    hint: 'Ändern mit `/settings sprache sprache:` (`automatisch` folgt Discord). Private Antworten richten sich immer nach der Discord-Sprache des jeweiligen Mitglieds.',
  },
} satisfies Messages['settings'];
