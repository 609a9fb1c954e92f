import type { Messages } from '../../en-US/index.ts';

/**
 * The review log channel's posts and their buttons (public: the server's language), and the private
 * answers to those buttons (the moderator's language).
 */
export default {
  hello: '📋 Dieser Kanal ist jetzt das Prüfprotokoll des Video-Bots: Jedes auf diesem Server erstellte Video und jeder abgelehnte Prompt wird hier gepostet, mit **Video entfernen** und **Mitglied sperren** für Moderatoren („Nachrichten verwalten“).',
  removeVideo: 'Video entfernen',
  blockMember: 'Mitglied sperren',
  delivered: '✅ **Video geliefert** · Auftrag `{{short}}` (`{{id}}`)',
  failed: '❌ **Video fehlgeschlagen** · Auftrag `{{short}}` (`{{id}}`)',
  facts: '**Mitglied:** <@{{memberId}}> · **Kanal:** <#{{channelId}}> · **Modell:** {{model}} · **Kosten:** {{cost}}',
  cost: '{{price}} Credits',
  refunded: '0 Credits ({{price}} erstattet)',
  why: '**Grund:** {{why}}',
  result: '**Ergebnis:** {{link}}',
  notice: '**Hinweis:** {{link}}',
  file: '**Datei:** <{{link}}> (zu groß, um sie hier anzuhängen)',
  refused: {
    prompt: '🚫 **Abgelehnter Prompt** ({{action}}) · passt auf {{rule}}',
    title: '🚫 **Abgelehnter Challenge-Titel** ({{action}}) · passt auf {{rule}}',
    theme: '🚫 **Abgelehntes Challenge-Thema** ({{action}}) · passt auf {{rule}}',
  },
  action: { sora: '`/sora`', again: 'Nochmal', remix: 'Remix', challengeStart: '`/challenge starten`' },
  refusedFacts: '**Mitglied:** <@{{memberId}}> · **Kanal:** <#{{channelId}}> · nichts reserviert oder gesendet',
  removedBy: '🗑️ Entfernt von <@{{by}}>; nichts wurde erstattet.',
  removedByWithEntries_one: '🗑️ Entfernt von <@{{by}}> (samt {{count}} Challenge-Beitrag); nichts wurde erstattet.',
  removedByWithEntries_other: '🗑️ Entfernt von <@{{by}}> (samt {{count}} Challenge-Beiträgen); nichts wurde erstattet.',
  /** The reason kept with a member blocked by the button (shown in `/moderation gesperrt`). */
  blockReason: 'aus dem Prüfprotokoll',
  button: {
    serverOnly: 'Dieser Button funktioniert nur auf einem Server.',
    wordsNeedManageServer: 'Nur Mitglieder mit „Server verwalten“ können die gesperrten Wörter sehen.',
    removeNeedsModerator: 'Nur Moderatoren („Nachrichten verwalten“) können Videos aus dem Prüfprotokoll entfernen.',
    blockNeedsModerator: 'Nur Moderatoren („Nachrichten verwalten“) können Mitglieder aus dem Prüfprotokoll heraus sperren.',
    blocked: '<@{{memberId}}> ist auf diesem Server jetzt für den Bot gesperrt. `/moderation entsperren` hebt das auf.',
    alreadyBlocked: '<@{{memberId}}> ist hier bereits für den Bot gesperrt.',
    removed: 'Video entfernt. Es wurde nichts erstattet.',
    removedWithEntries_one: 'Video samt {{count}} Challenge-Beitrag entfernt. Es wurde nichts erstattet.',
    removedWithEntries_other: 'Video samt {{count}} Challenge-Beiträgen entfernt. Es wurde nichts erstattet.',
    gone: 'Dieses Video ist nicht mehr in den Daten des Bots.',
    noAccess: 'Ich kann das Ergebnis in <#{{channelId}}> nicht löschen: Ich habe keinen Zugriff mehr auf diesen Kanal.',
    noAnswer: 'Discord hat nicht geantwortet; es wurde noch nichts entfernt. Versuch es in einer Minute noch einmal.',
  },
  /** Why the last post to the log channel did not go through (shown in `/moderation protokoll` and `status`). */
  problem: {
    noAttach: 'Ich kann in <#{{channelId}}> keine Dateien anhängen („Dateien anhängen“), deshalb kommen Einträge ohne ihr Video',
    channelGone: 'Den Protokollkanal <#{{channelId}}> gibt es nicht mehr',
    cannotPost: 'Ich kann nicht in <#{{channelId}}> posten (ich brauche dort „Kanal ansehen“, „Nachrichten senden“ und „Dateien anhängen“)',
  },
} satisfies Messages['moderation']['reviewLog'];
