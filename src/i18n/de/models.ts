import type { Messages } from '../en-US/index.ts';

/** Video models: why a request does not fit a model, a server's model choices, `/models` and the `modell:` suggestions (private). */
export default {
  refuse: {
    unknown: 'Das Modell „{{model}}“ ist hier nicht verfügbar. Verfügbar: {{available}}.',
    none: 'keine',
    imageRequired: '{{model}} erstellt Videos nur aus einem Bild: Häng eins mit bild: an (es wird das Startbild){{others}}.',
    textModels: ', oder wähle ein Modell, das nur mit Text auskommt, etwa {{models}}',
    duration: '{{model}} erstellt Videos mit {{durations}} Sekunden, nicht mit {{duration}}.',
    aspect: '{{model}} unterstützt {{aspects}}, nicht {{aspect}}.',
    qualityOne: '{{model}} hat nur eine Qualitätsstufe; lass qualität: weg (oder wähle ein Modell mit der Option „Hoch“, etwa {{models}}).',
    noneHere: 'hier keins',
    qualityOffers: '{{model}} bietet als Qualität {{qualities}}.',
    promptLength: 'Dein Prompt hat {{length}} Zeichen; {{model}} nimmt höchstens {{max}}.',
    qualityDurations: '{{model}} erstellt Videos in der Qualität „{{quality}}“ nur mit {{durations}} Sekunden, nicht mit {{duration}}.',
    noPrice: '{{model}} hat keinen Preis für die Qualität „{{quality}}“ bei {{duration}} s; frag den Betreiber des Bots.',
  },
  server: {
    notAllowed: 'Dieser Server erlaubt nur diese Modelle: {{models}}. Wähle eins davon mit `modell:` (`/models` zeigt sie).',
    unknownDefault: '`{{model}}` ist kein Modell, das der Bot anbietet. Aktivierte Modelle: {{models}}.',
    defaultOutside: 'Der Standard `{{model}}` muss eines der Modelle sein, die dieser Server erlaubt: {{models}}.',
    unknownAllowed_one: '{{unknown}} ist kein Modell, das der Bot anbietet. Nutze eine Liste mit Kommas aus: {{models}} – oder `all`.',
    unknownAllowed_other: '{{unknown}} sind keine Modelle, die der Bot anbietet. Nutze eine Liste mit Kommas aus: {{models}} – oder `all`.',
  },
  view: {
    header: 'Videomodelle hier{{chosen}} (wähle eins mit `/sora modell:`; Standard `{{model}}`{{serverDefault}}):',
    chosen: ', von diesem Server ausgewählt',
    serverDefault: ', von diesem Server festgelegt',
    state: {
      live: 'aktiv',
      paused: '**pausiert** (von Kie, {{since}}){{retry}}',
      retry: ', neuer Versuch {{when}}',
      failing_one: '**gestört** ({{count}} Fehler in den letzten Minuten)',
      failing_other: '**gestört** ({{count}} Fehler in den letzten Minuten)',
      unknown: 'noch nicht getestet',
    },
    lengthsRange: '{{first}}–{{last}} s',
    lengths: '{{lengths}} s',
    quality: '{{quality}} {{label}}',
    price: '{{price}} Credits',
    priceRange: '{{min}}–{{max}} Credits',
    imageRequired: 'Bild nötig',
    textOrImage: 'Text oder Bild',
  },
  /** One line for `/models`: what each family is good at. */
  goodAt: {
    sora2: 'lebensechte Szenen mit synchronem Ton (Kie hat es 2026 pausiert)',
    sora2Pro: 'Sora in 1080p, das ausgefeiltere der beiden Sora-Modelle (pausiert wie Sora 2)',
    kling3: 'flüssige Bewegung und Menschen, mit Ton',
    grokImagine: 'günstige, schnelle Entwürfe und verspielte Clips',
    seedance2: 'filmische Einstellungen mit eigenem Ton, in jeder Länge',
    seedance2Fast: 'günstigeres, schnelleres Seedance für Entwürfe',
    wan26: 'längere 16:9-Story-Clips mit realistischer Physik',
    hailuo23: 'ein Standbild zum Leben erwecken',
    veo31: 'Googles Modell: realistische Videos mit Dialog und Ton',
  },
  /** A suggestion for the `modell:` option as a member types. */
  choice: '{{id}} — {{label}}, ab {{price}} Credits{{paused}}',
  choicePaused: ' (pausiert)',
} satisfies Messages['models'];
