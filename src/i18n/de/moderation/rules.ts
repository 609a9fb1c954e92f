import type { Messages } from '../../en-US/index.ts';

/** What the server's rules say to members: refusals naming the rule, the gates, and why a pattern cannot be used. */
export default {
  refused: '{{subject}} passt auf {{rule}}, deshalb habe ich es nicht verwendet. Es wurde nichts berechnet; formuliere es um und versuch es noch einmal.',
  subject: { prompt: 'Dein Prompt', title: 'Der Challenge-Titel', theme: 'Das Challenge-Thema' },
  word: 'das gesperrte Wort {{pattern}} dieses Servers',
  automodKeyword: 'die AutoMod-Regel „{{rule}}“ dieses Servers (Stichwort {{pattern}})',
  automodRegex: 'die AutoMod-Regel „{{rule}}“ dieses Servers (Regex {{pattern}})',
  /** An AutoMod rule Discord sent without a name. */
  unnamed: 'AutoMod-Regel',
  blocked: 'Du kannst diesen Bot auf diesem Server nicht nutzen.',
  channels: 'Auf diesem Server können Videos nur in {{where}}{{challenges}} erstellt werden. Versuch es dort.',
  challengeChannels: ' (und für eine Challenge in {{channels}})',
  tooLong: 'Dieser Text ist zu lang zum Prüfen (über {{max, number}} Zeichen).',
  wordsLimit: 'Ein Server kann bis zu {{max, number}} Wörter haben; dieser hat {{n, number}}. Entferne zuerst welche.',
  blockedLimit: 'Ein Server kann bis zu {{max, number}} Mitglieder für den Bot sperren. Entsperre zuerst welche.',
  /** Why a word, or an AutoMod keyword or regex, cannot be used (after "Nicht übernommen: `x`:" and in the AutoMod list). */
  reason: {
    wordTooLong: 'es ist länger als {{max}} Zeichen',
    starInside: 'ein `*` darf nur am Anfang oder Ende stehen',
    noLetters: 'es enthält keine Buchstaben oder Ziffern',
    regexTooLong: 'es ist länger als die {{max}} Zeichen, die Discord erlaubt',
    verbose: 'es nutzt den Verbose-Modus `(?x)`, den die Linearzeit-Engine nicht kennt',
    flag: 'es nutzt das Flag `{{flag}}`, das die Linearzeit-Engine nicht kennt',
    wordBoundary: 'es nutzt die Wortgrenzen-Assertion `{{assertion}}`, die die Linearzeit-Engine nicht kennt',
    wordBoundaryBraces: 'es nutzt eine Wortgrenzen-Assertion `\\b{…}`, die die Linearzeit-Engine nicht kennt',
    classNotClosed: 'eine `[:`-Klasse ist nicht geschlossen',
    nestedClass: 'es verschachtelt eine Zeichenklasse in einer anderen, was die Linearzeit-Engine nicht kennt',
    setOperation: 'es nutzt die Mengenoperation `{{operation}}` für Zeichenklassen, die die Linearzeit-Engine nicht kennt',
    engineRefuses: 'die Linearzeit-Engine lehnt es ab ({{detail}})',
    doesNotCompile: 'es lässt sich nicht kompilieren',
    matchesEmpty: 'es passt auf leeren Text und würde damit jeden Prompt ablehnen',
  },
  /** Why AutoMod's rules could not be read again (shown in `/moderation automod` and `status`). */
  problem: {
    noAccess: 'Ich kann die AutoMod-Regeln nicht mehr lesen (ich brauche „Server verwalten“); die zuletzt gelesenen Regeln gelten weiter',
    rereadFailed: 'Das letzte erneute Lesen der AutoMod-Regeln ist fehlgeschlagen; die zuletzt gelesenen Regeln gelten weiter',
  },
} satisfies Messages['moderation']['rules'];
