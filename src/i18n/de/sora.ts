import type { Messages } from '../en-US/index.ts';

/** Asking for a video (`/sora`, Again, Remix): refusals before anything is held (private, the member's language). */
export default {
  invalid: {
    prompt: 'Der Prompt muss Text sein.',
    duration: 'dauer muss eine Anzahl Sekunden sein.',
    durationWhole: 'dauer muss eine ganze Zahl an Sekunden sein.',
    aspect: 'format muss Hochformat, Querformat oder Quadrat sein.',
    model: 'modell muss ein Modellname sein.',
    modelLength: 'Dieser Modellname ist zu lang.',
    quality: 'qualität muss Standard oder Hoch sein.',
    image: 'bild muss ein angehängtes Bild sein.',
  },
  dmOnly: 'Videos werden aus den Credits eines Servers bezahlt, deshalb funktioniert `/sora` nur auf einem Server, nicht in DMs.',
  serverOnly: 'Videos werden aus den Credits eines Servers bezahlt, deshalb können sie nur auf einem Server erstellt werden, nicht in DMs.',
  imageMissing: 'Der Bildanhang ist nicht angekommen. Häng ihn noch einmal an.',
  busy: {
    member_one: 'Du hast schon {{count}} Video in Arbeit. Versuch es noch einmal, wenn es fertig ist (meist ein paar Minuten).',
    member_other: 'Du hast schon {{count}} Videos in Arbeit. Versuch es noch einmal, wenn eins davon fertig ist (meist ein paar Minuten).',
    server_one: 'Dieser Server hat schon {{count}} Video in Arbeit. Versuch es in ein paar Minuten noch einmal, wenn es fertig ist.',
    server_other: 'Dieser Server hat schon {{count}} Videos in Arbeit. Versuch es in ein paar Minuten noch einmal, wenn eins davon fertig ist.',
  },
  hold: {
    balance: 'Dieses Video mit {{model}} kostet {{price}} Credits, aber der Server hat nur noch {{balance}}.{{allowance}} Frag einen Server-Admin nach mehr Credits.',
    allowance: ' Du hast heute noch {{left}} deiner täglichen Credits übrig.',
    dailyLimit: 'Dieses Video mit {{model}} kostet {{price}} Credits, und du hast noch {{left}} von {{limit}} täglichen Credits übrig. Dein Tageslimit wird um 00:00 UTC zurückgesetzt.',
    operatorCeiling: 'Der Bot hat seine tägliche Ausgabengrenze über alle Server erreicht. Bitte versuch es nach 00:00 UTC noch einmal.',
  },
} satisfies Messages['sora'];
