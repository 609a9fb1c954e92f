import type { Messages } from '../../en-US/index.ts';

/** `/moderation` as Discord shows it. */
export default {
  name: 'moderation',
  description: 'As regras deste servidor para o bot de vídeo: palavras, AutoMod, bloqueios, canais, registro',
  options: {
    words: {
      name: 'palavras',
      description: 'Palavras bloqueadas nos prompts (sintaxe do AutoMod: gato, *gato, gato*, *gato*); sem opção: lista',
      options: {
        add: { name: 'adicionar', description: 'Palavras ou padrões a bloquear, separados por vírgula, ex.: *gato*, gore' },
        remove: { name: 'remover', description: 'Palavras ou padrões a desbloquear, separados por vírgula' },
        list: { name: 'listar', description: 'Mostre a lista (o mesmo que sem opção)' },
      },
    },
    automod: {
      name: 'automod',
      description: 'Aplique também aos prompts as regras de palavra-chave do AutoMod; sem opção: mostra',
      options: {
        automod: { name: 'automod', description: 'ativado ou desativado', choices: { on: 'ativado', off: 'desativado' } },
      },
    },
    block: {
      name: 'bloquear',
      description: 'Bloqueie um membro de usar o bot aqui',
      options: {
        member: { name: 'membro', description: 'Quem' },
        reason: { name: 'motivo', description: 'Por quê (aparece em /moderation bloqueados)' },
      },
    },
    unblock: {
      name: 'desbloquear',
      description: 'Deixe um membro bloqueado usar o bot de novo',
      options: { member: { name: 'membro', description: 'Quem' } },
    },
    blocked: { name: 'bloqueados', description: 'Membros bloqueados de usar o bot aqui' },
    channels: {
      name: 'canais',
      description: 'Onde /sora, Gerar de novo e Remix podem ser usados; sem opção: mostra',
      options: {
        allow: { name: 'permitir', description: 'Canais separados por vírgula, ex.: #vídeos, #arte' },
        all: { name: 'todos', description: 'Permita todos os canais de novo' },
      },
    },
    log: {
      name: 'registro',
      description: 'Poste cada vídeo e cada prompt recusado num canal para revisão; sem opção: mostra',
      options: {
        channel: { name: 'canal', description: 'O canal do registro de revisão' },
        off: { name: 'desativar', description: 'Desative o registro de revisão' },
      },
    },
    status: { name: 'status', description: 'O que está ativo: palavras, AutoMod, membros bloqueados, canais, registro' },
  },
} satisfies Messages['commands']['moderation'];
