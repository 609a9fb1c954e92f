/** `/settings` as Discord shows it: names stay the same in English, descriptions are what members read. */
export default {
  name: 'settings',
  description: 'This server’s settings for the video bot (Manage Server)',
  options: {
    models: {
      name: 'models',
      description: 'Which models members may use here, and the default; no options shows them',
      options: {
        allowed: { name: 'allowed', description: 'Comma list of model ids in your order (see /models), or "all"' },
        default: { name: 'default', description: 'The model used when a member leaves out model: ("operator" = the bot’s default)' },
      },
    },
    language: {
      name: 'language',
      description: 'The language of this server’s public messages; no option shows it',
      options: {
        language: {
          name: 'language',
          description: '"auto" follows the server’s language in Discord',
          choices: { auto: 'auto', 'en-US': 'English', de: 'Deutsch', fr: 'Français', 'es-ES': 'Español', 'pt-BR': 'Português (Brasil)', ja: '日本語' },
        },
      },
    },
  },
} as const;
