import type { Messages } from '../en-US/index.ts';

/** `/jobs` and its page buttons: a member's videos, one brought back, a queued one cancelled (private, the member's language). */
export default {
  state: {
    queued: 'in der Warteschlange',
    creating: 'wird an Kie gesendet',
    running: 'wird bei Kie erstellt',
    delivering: 'wird fertiggestellt',
    delivered: 'geliefert',
    failed: 'fehlgeschlagen',
    cancelled: 'abgebrochen',
  },
  cost: {
    paid: '{{price}} Credits',
    refunded: '0 Credits ({{price}} erstattet)',
    held: '{{price}} Credits reserviert',
  },
  list: {
    mine: 'Deine letzten Videos',
    member: 'Letzte Videos eines Mitglieds',
    empty: 'Noch keine Videos. Erstelle eins mit `/sora`.',
    message: '[Nachricht]({{link}})',
    footer: 'Seite {{page}} von {{pages}} · /jobs anzeigen id:… holt ein Video zurück · /jobs abbrechen id:… stoppt ein wartendes',
    previous: 'Zurück',
    next: 'Weiter',
  },
  /** A suggestion for the `id:` option: short id, state, model, the start of the prompt. */
  choice: '{{id}} · {{state}} · {{model}} · {{prompt}}',
  detail: {
    job: 'Auftrag',
    state: 'Status',
    cost: 'Kosten',
    madeBy: 'Erstellt von',
    started: 'Gestartet',
    finished: 'Beendet',
    message: 'Nachricht',
    jump: '[dorthin springen]({{link}})',
    whyFailed: 'Fehlergrund',
  },
  show: {
    again: 'Hier ist das Video noch einmal.',
    link: 'Das Video ist zu groß, um es dir hier zu schicken, deshalb hier ein Download-Link (er läuft ab, speichere es jetzt):\n<{{url}}>',
    gone: 'Die Videodatei ist weg: Der Videodienst speichert sie nicht mehr.{{where}}',
    stillThere: ' Die Ergebnisnachricht gibt es noch: {{link}}',
    deletedToo: ' Die Ergebnisnachricht wurde ebenfalls gelöscht.',
  },
  cancel: {
    cancelled: '{{id}} wurde abgebrochen, bevor es an den Videodienst ging. Die {{refunded}} Credits sind zurück im Guthaben des Servers, und die Antwort zum Video sagt das auch.',
    atKie: '{{id}} kann nicht abgebrochen werden: Es liegt schon beim Videodienst (Kie.ai), und der kann eine Aufgabe nicht mehr stoppen. Es wird fertig und berechnet, oder es schlägt fehl und wird erstattet.',
    finished: '{{id}} ist schon abgeschlossen ({{how}}); da gibt es nichts abzubrechen.',
    delivered: 'geliefert',
    failed: 'fehlgeschlagen und erstattet',
    gone: 'Diesen Auftrag gibt es nicht mehr.',
  },
  find: {
    notId: '`{{typed}}` ist keine Auftrags-ID. Auftrags-IDs sehen aus wie `k3x9ab`; wähle eine aus der Liste oder sieh in `/jobs liste` nach.',
    ambiguous: 'Mehr als ein Auftrag beginnt mit `{{typed}}`. Tippe noch ein paar Zeichen der ID mehr.',
    notInServer: 'Kein Auftrag auf diesem Server hat die ID `{{typed}}`. In `/jobs liste` findest du deine letzten.',
    notYours: 'Keiner deiner Aufträge auf diesem Server hat die ID `{{typed}}`. In `/jobs liste` findest du deine letzten.',
  },
  serverOnly: '`/jobs` funktioniert nur auf einem Server.',
  othersAdminOnly: 'Nur Admins („Server verwalten“) können die Videos anderer Mitglieder sehen.',
  othersHint: 'Nur Admins („Server verwalten“) können die Videos anderer Mitglieder sehen. `/jobs liste` ohne `mitglied` zeigt deine.',
  unknownSubcommand: 'Unbekannter Unterbefehl von `/jobs`.',
} satisfies Messages['history'];
