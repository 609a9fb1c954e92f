import type { Messages } from '../../en-US/index.ts';

/** `/challenge` as Discord shows it. */
export default {
  name: 'challenge',
  description: 'Desafios de vídeo da comunidade: inscreva seus vídeos, vote, veja a classificação',
  options: {
    start: {
      name: 'iniciar',
      description: 'Inicie um desafio com tema (Gerenciar servidor)',
      options: {
        title: { name: 'título', description: 'Título curto' },
        theme: { name: 'tema', description: 'Sobre o que os vídeos devem ser' },
        ends_in: { name: 'duração', description: 'Quanto tempo dura: 90s, 45m, 2h, 3d ou 1w (de 10 segundos a 30 dias)' },
        channel: { name: 'canal', description: 'Onde anunciar e postar as participações (padrão: aqui)' },
        max_entries: { name: 'limite', description: 'Participações por membro (1–10, padrão 1)' },
        budget: { name: 'orçamento', description: 'Créditos tirados do saldo do servidor para pagar o /sora no canal do desafio' },
        winner_role: { name: 'cargo_vencedor', description: 'Cargo dado ao vencedor' },
        voting: {
          name: 'votação',
          description: 'Quem pode votar (padrão: qualquer membro)',
          choices: { anyone: 'qualquer membro', 'members-before-start': 'membros que entraram antes do início' },
        },
      },
    },
    submit: {
      name: 'enviar',
      description: 'Inscreva um dos seus vídeos',
      options: {
        challenge: { name: 'desafio', description: 'Qual desafio (padrão: o que está aberto)' },
        video: { name: 'vídeo', description: 'Id do pedido do seu vídeo (padrão: o mais recente)' },
      },
    },
    end: {
      name: 'encerrar',
      description: 'Encerre um desafio agora e publique os resultados (Gerenciar servidor)',
      options: { challenge: { name: 'desafio', description: 'Qual desafio' } },
    },
    cancel: {
      name: 'cancelar',
      description: 'Cancele um desafio sem resultados (Gerenciar servidor)',
      options: { challenge: { name: 'desafio', description: 'Qual desafio' } },
    },
    list: { name: 'listar', description: 'Desafios abertos e encerrados há pouco' },
    show: {
      name: 'ver',
      description: 'As participações de um desafio e a classificação ao vivo',
      options: { challenge: { name: 'desafio', description: 'Qual desafio' } },
    },
  },
} satisfies Messages['commands']['challenge'];
