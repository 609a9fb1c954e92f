import type { Messages } from '../../en-US/index.ts';

/** `/jobs` as Discord shows it. */
export default {
  name: 'jobs',
  description: 'Seus vídeos recentes: liste, traga um de volta, cancele um que está na fila',
  options: {
    list: {
      name: 'listar',
      description: 'Seus vídeos recentes, do mais novo ao mais antigo',
      options: { member: { name: 'membro', description: 'De quem são os vídeos (só admins com Gerenciar servidor)' } },
    },
    show: {
      name: 'ver',
      description: 'Os detalhes de um pedido; um vídeo entregue é postado de novo para você',
      options: { id: { name: 'id', description: 'O pedido (id curto do /jobs listar)' } },
    },
    cancel: {
      name: 'cancelar',
      description: 'Cancele um pedido que ainda está na fila; os créditos voltam na hora',
      options: { id: { name: 'id', description: 'O pedido na fila' } },
    },
  },
} satisfies Messages['commands']['jobs'];
