/** `/settings` answers (private, the member's language). */
export default {
  language: {
    current: "This server's public messages (video replies, challenge announcements) are in **{{language}}**{{how}}.",
    auto: " (automatic: Discord's language for this server)",
    chosen: ' (chosen with `/settings language`)',
    saved: "Saved. This server's public messages are now in **{{language}}**{{how}}.",
    hint: 'Change it with `/settings language language:` (`auto` follows Discord). Private answers always follow each member’s own Discord language.',
  },
} as const;
