import type { Messages } from '../../en-US/index.ts';

/** `/challenge` as Discord shows it: subcommand and option names localized, the command's own name stays. */
export default {
  name: 'challenge',
  description: 'Retos de vídeo de la comunidad: presenta tus vídeos, vota y consulta la clasificación',
  options: {
    start: {
      name: 'iniciar',
      description: 'Inicia un reto con un tema (Gestionar servidor)',
      options: {
        title: { name: 'título', description: 'Título corto' },
        theme: { name: 'tema', description: 'De qué deben tratar los vídeos' },
        ends_in: { name: 'duración', description: 'Cuánto dura: 90s, 45m, 2h, 3d o 1w (de 10 segundos a 30 días)' },
        channel: { name: 'canal', description: 'Dónde anunciarlo y publicar las participaciones (por defecto: aquí)' },
        max_entries: { name: 'participaciones', description: 'Participaciones por miembro (de 1 a 10; por defecto, 1)' },
        budget: { name: 'presupuesto', description: 'Créditos que pasan del fondo del servidor para pagar /sora en el canal del reto' },
        winner_role: { name: 'rol_ganador', description: 'Rol que recibe quien gane' },
        voting: {
          name: 'votación',
          description: 'Quién puede votar (por defecto, cualquiera)',
          choices: { anyone: 'cualquiera', 'members-before-start': 'miembros anteriores al inicio' },
        },
      },
    },
    submit: {
      name: 'presentar',
      description: 'Presenta uno de tus vídeos',
      options: {
        challenge: { name: 'reto', description: 'Qué reto (por defecto: el que está abierto)' },
        video: { name: 'vídeo', description: 'ID de trabajo de tu vídeo (por defecto: el último)' },
      },
    },
    end: {
      name: 'terminar',
      description: 'Termina un reto ahora y publica los resultados (Gestionar servidor)',
      options: { challenge: { name: 'reto', description: 'Qué reto' } },
    },
    cancel: {
      name: 'cancelar',
      description: 'Cancela un reto sin resultados (Gestionar servidor)',
      options: { challenge: { name: 'reto', description: 'Qué reto' } },
    },
    list: { name: 'lista', description: 'Retos abiertos y cerrados hace poco' },
    show: {
      name: 'ver',
      description: 'Las participaciones de un reto y la clasificación en directo',
      options: { challenge: { name: 'reto', description: 'Qué reto' } },
    },
  },
} satisfies Messages['commands']['challenge'];
