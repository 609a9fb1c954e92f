import type { Messages } from '../../en-US/index.ts';

/** `/moderation` as Discord shows it: subcommand and option names localized, the command's own name stays. */
export default {
  name: 'moderation',
  description: 'Las reglas del bot de vídeo en este servidor: palabras, AutoMod, bloqueos, canales, registro',
  options: {
    words: {
      name: 'palabras',
      description: 'Palabras bloqueadas en prompts (sintaxis de AutoMod: x, *x, x*, *x*); sin opciones, las muestra',
      options: {
        add: { name: 'añadir', description: 'Palabras o patrones que bloquear, separados por comas, p. ej. *gato*, gore' },
        remove: { name: 'quitar', description: 'Palabras o patrones que desbloquear, separados por comas' },
        list: { name: 'lista', description: 'Muestra la lista (igual que sin opciones)' },
      },
    },
    automod: {
      name: 'automod',
      description: 'Aplica también a los prompts las reglas de palabras clave de AutoMod; sin opciones, las muestra',
      options: {
        automod: { name: 'automod', description: 'activado o desactivado', choices: { on: 'activado', off: 'desactivado' } },
      },
    },
    block: {
      name: 'bloquear',
      description: 'Bloquea el bot a un miembro en este servidor',
      options: {
        member: { name: 'miembro', description: 'A quién' },
        reason: { name: 'motivo', description: 'Por qué (se muestra en /moderation bloqueados)' },
      },
    },
    unblock: {
      name: 'desbloquear',
      description: 'Deja que un miembro bloqueado vuelva a usar el bot',
      options: { member: { name: 'miembro', description: 'A quién' } },
    },
    blocked: { name: 'bloqueados', description: 'Miembros que tienen bloqueado el bot en este servidor' },
    channels: {
      name: 'canales',
      description: 'Dónde se pueden usar /sora, Repetir y Remix; sin opciones, lo muestra',
      options: {
        allow: { name: 'permitir', description: 'Canales separados por comas, p. ej. #vídeos, #arte' },
        all: { name: 'todos', description: 'Vuelve a permitir todos los canales' },
      },
    },
    log: {
      name: 'registro',
      description: 'Publica en un canal cada vídeo y cada prompt rechazado para revisarlos; sin opciones, lo muestra',
      options: {
        channel: { name: 'canal', description: 'El canal del registro de revisión' },
        off: { name: 'desactivar', description: 'Detiene el registro de revisión' },
      },
    },
    status: { name: 'estado', description: 'Qué está activo: palabras, AutoMod, miembros bloqueados, canales, registro' },
  },
} satisfies Messages['commands']['moderation'];
