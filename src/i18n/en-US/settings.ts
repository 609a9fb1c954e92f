/** `/settings` answers (private, the member's language). */
export default {
  serverOnly: 'Settings belong to a server. Use `/settings` inside one.',
  manageServer: 'Only members with the **Manage Server** permission can change this server’s settings.',
  unknown: 'Unknown settings: {{name}}.',
  models: {
    unavailable: 'Per-server model settings are not available on this bot.',
    current: 'Model settings for this server:',
    saved: 'Saved. Model settings for this server:',
    allowed: '**Allowed:** {{list}}',
    allowedAll: 'all models the bot offers ({{list}})',
    default: '**Default:** `{{model}}`{{operator}}',
    operatorDefault: ' (the bot’s default)',
    hint: 'Change with `/settings models allowed:` (comma list of {{models}}, or `all`) and `default:` (one allowed model, or `operator`).',
    /** The `default:` suggestion that goes back to the bot's default. */
    operatorChoice: 'operator — the bot’s default',
  },
  language: {
    notOffered: '`{{value}}` is not one of the languages offered.',
    current: "This server's public messages (video replies, challenge announcements) are in **{{language}}**{{how}}.",
    auto: " (automatic: Discord's language for this server)",
    chosen: ' (chosen with `/settings language`)',
    saved: "Saved. This server's public messages are now in **{{language}}**{{how}}.",
    hint: 'Change it with `/settings language language:` (`auto` follows Discord). Private answers always follow each member’s own Discord language.',
  },
} as const;
