import type { Messages } from '../../en-US/index.ts';

/** `/credits` as Discord shows it. */
export default {
  name: 'credits',
  description: 'Gerencie os créditos de vídeo deste servidor',
  options: {
    balance: { name: 'saldo', description: 'O saldo do servidor e o seu uso hoje (membros: /balance)' },
    grant: {
      name: 'adicionar',
      description: 'Adicione créditos ao saldo do servidor (operadores do bot, ou admins se o bot permitir)',
      options: {
        amount: { name: 'quantidade', description: 'Créditos a adicionar (1 crédito = US$ 0,005 na Kie.ai)' },
        reason: { name: 'motivo', description: 'Por quê (aparece no histórico)' },
      },
    },
    set: { name: 'definir', description: 'Defina o saldo do servidor (Gerenciar servidor)', options: { amount: { name: 'quantidade', description: 'O novo saldo em créditos' } } },
    limit: { name: 'limite', description: 'Limite diário por membro (Gerenciar servidor)', options: { daily: { name: 'por_dia', description: 'Créditos por membro por dia (UTC); 0 = sem limite' } } },
    alert: { name: 'alerta', description: 'Avise quando o saldo cair abaixo de um valor (Gerenciar servidor)', options: { below: { name: 'abaixo_de', description: 'Valor em créditos; 0 = desativado' } } },
    usage: { name: 'uso', description: 'Gasto por membro nos últimos 7 e 30 dias (Gerenciar servidor)' },
    history: { name: 'histórico', description: 'Mudanças recentes no saldo (Gerenciar servidor)' },
  },
} satisfies Messages['commands']['credits'];
