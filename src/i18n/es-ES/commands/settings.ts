import type { Messages } from '../../en-US/index.ts';

/** `/settings` as Discord shows it: subcommand and option names localized, the command's own name stays. */
export default {
  name: 'settings',
  description: 'Los ajustes del bot de vídeo en este servidor (Gestionar servidor)',
  options: {
    models: {
      name: 'modelos',
      description: 'Qué modelos pueden usar los miembros aquí y cuál es el predeterminado; sin opciones, los muestra',
      options: {
        allowed: { name: 'permitidos', description: 'IDs de modelo separados por comas, en tu orden (ver /models), o "all"' },
        default: { name: 'predeterminado', description: 'El modelo si un miembro no indica modelo: ("operator" = el predeterminado del bot)' },
      },
    },
    language: {
      name: 'idioma',
      description: 'El idioma de los mensajes públicos de este servidor; sin opciones, lo muestra',
      options: {
        language: {
          name: 'idioma',
          description: '"automático" sigue el idioma del servidor en Discord',
          choices: { auto: 'automático', 'en-US': 'English', de: 'Deutsch', fr: 'Français', 'es-ES': 'Español', 'pt-BR': 'Português (Brasil)', ja: '日本語' },
        },
      },
    },
  },
} satisfies Messages['commands']['settings'];
