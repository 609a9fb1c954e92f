import type { Messages } from '../../en-US/index.ts';

/** What the server's rules say to members: refusals naming the rule, the gates, and why a pattern cannot be used. */
export default {
  // Every subject is masculine ("Tu prompt", "El título…", "El tema…"), hence "lo".
  refused: '{{subject}} coincide con {{rule}}, así que no lo he usado. No se ha cobrado nada; cambia la redacción y vuelve a intentarlo.',
  subject: { prompt: 'Tu prompt', title: 'El título del reto', theme: 'El tema del reto' },
  word: 'la palabra bloqueada del servidor {{pattern}}',
  automodKeyword: 'la regla de AutoMod del servidor “{{rule}}” (palabra clave {{pattern}})',
  automodRegex: 'la regla de AutoMod del servidor “{{rule}}” (expresión regular {{pattern}})',
  /** An AutoMod rule Discord sent without a name. */
  unnamed: 'Regla de AutoMod',
  blocked: 'No puedes usar este bot en este servidor.',
  channels: 'En este servidor solo se pueden hacer vídeos en {{where}}{{challenges}}. Prueba ahí.',
  challengeChannels: ' (y en {{channels}} para su reto)',
  tooLong: 'Ese texto es demasiado largo para comprobarlo (más de {{max, number}} caracteres).',
  wordsLimit: 'Un servidor puede tener hasta {{max, number}} palabras y este tiene {{n, number}}. Quita algunas primero.',
  blockedLimit: 'Un servidor puede bloquear el bot a un máximo de {{max, number}} miembros. Desbloquea a alguno primero.',
  /** Why a word, or an AutoMod keyword or regex, cannot be used (after "No se usa: `x`:" and in the AutoMod list). */
  reason: {
    wordTooLong: 'tiene más de {{max}} caracteres',
    starInside: 'un `*` solo puede ir al principio o al final',
    noLetters: 'no tiene letras ni dígitos',
    regexTooLong: 'supera los {{max}} caracteres que permite Discord',
    verbose: 'usa el modo detallado `(?x)`, que el motor de tiempo lineal no admite',
    flag: 'usa el modificador `{{flag}}`, que el motor de tiempo lineal no admite',
    wordBoundary: 'usa la aserción de límite de palabra `{{assertion}}`, que el motor de tiempo lineal no admite',
    wordBoundaryBraces: 'usa una aserción de límite de palabra `\\b{…}`, que el motor de tiempo lineal no admite',
    classNotClosed: 'una clase `[:` no está cerrada',
    nestedClass: 'anida una clase de caracteres dentro de otra, algo que el motor de tiempo lineal no admite',
    setOperation: 'usa la operación de conjuntos entre clases de caracteres `{{operation}}`, que el motor de tiempo lineal no admite',
    engineRefuses: 'el motor de tiempo lineal la rechaza ({{detail}})',
    doesNotCompile: 'no compila',
    matchesEmpty: 'coincide con un texto vacío, así que rechazaría todos los prompts',
  },
  /** Why AutoMod's rules could not be read again (shown in `/moderation automod` and `estado`). */
  problem: {
    noAccess: 'Ya no puedo leer las reglas de AutoMod (necesito Gestionar servidor); se siguen aplicando las últimas leídas',
    rereadFailed: 'La última relectura de las reglas de AutoMod ha fallado; se siguen aplicando las últimas leídas',
  },
} satisfies Messages['moderation']['rules'];
