import type { Messages } from '../../en-US/index.ts';

/** `/operator` as Discord shows it (registered only in OPERATOR_GUILD_ID). */
const server = { name: 'servidor', description: 'O servidor (digite parte do nome ou do id)' } as const;

export default {
  name: 'operator',
  description: 'Para os operadores do bot: créditos de cada servidor, adições, recargas, a conta da Kie',
  options: {
    servers: { name: 'servidores', description: 'Todos os servidores do bot: saldo, reservado, gasto, recarga, permitido' },
    grant: {
      name: 'adicionar',
      description: 'Adicione créditos ao saldo de um servidor',
      options: {
        server,
        amount: { name: 'quantidade', description: 'Créditos a adicionar (1 crédito = US$ 0,005 na Kie.ai)' },
        reason: { name: 'motivo', description: 'Por quê (aparece no histórico do servidor)' },
      },
    },
    set: { name: 'definir', description: 'Defina o saldo de um servidor', options: { server, amount: { name: 'quantidade', description: 'O novo saldo em créditos' } } },
    allowance: {
      name: 'recarga',
      description: 'Uma adição recorrente a um servidor a cada dia, semana ou mês (UTC); ou desativar',
      options: {
        server,
        amount: { name: 'quantidade', description: 'Créditos por período' },
        every: { name: 'a_cada', description: 'Com que frequência (períodos em UTC)', choices: { day: 'dia', week: 'semana', month: 'mês' } },
        off: { name: 'desativar', description: 'Desative a recarga do servidor' },
      },
    },
    kie: { name: 'kie', description: 'O saldo da conta da Kie, o gasto de hoje de todos os servidores, o teto' },
  },
} satisfies Messages['commands']['operator'];
