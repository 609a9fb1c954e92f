import type { Messages } from '../../en-US/index.ts';

/** `/jobs` as Discord shows it. */
export default {
  name: 'jobs',
  description: 'Tus vídeos recientes: míralos, recupera uno o cancela uno en cola',
  options: {
    list: {
      name: 'lista',
      description: 'Tus vídeos recientes, los más nuevos primero',
      options: { member: { name: 'miembro', description: 'De quién son los vídeos (solo admins con Gestionar servidor)' } },
    },
    show: {
      name: 'ver',
      description: 'Los detalles de un trabajo; si el vídeo se entregó, te lo vuelve a enviar',
      options: { id: { name: 'id', description: 'El trabajo (ID corto de /jobs lista)' } },
    },
    cancel: {
      name: 'cancelar',
      description: 'Cancela un trabajo que aún está en cola; sus créditos vuelven al momento',
      options: { id: { name: 'id', description: 'El trabajo en cola' } },
    },
  },
} satisfies Messages['commands']['jobs'];
