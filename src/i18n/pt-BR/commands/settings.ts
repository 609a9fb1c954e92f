import type { Messages } from '../../en-US/index.ts';

/** `/settings` as Discord shows it: the typed values `all` and `operator` stay English. */
export default {
  name: 'settings',
  description: 'As configurações deste servidor para o bot de vídeo (Gerenciar servidor)',
  options: {
    models: {
      name: 'modelos',
      description: 'Quais modelos os membros podem usar aqui, e o padrão; sem opções: mostra',
      options: {
        allowed: { name: 'permitidos', description: 'Ids de modelo separados por vírgula, na sua ordem (veja /models), ou "all"' },
        default: { name: 'padrão', description: 'O modelo usado quando o membro deixa modelo: em branco ("operator" = o padrão do bot)' },
      },
    },
    language: {
      name: 'idioma',
      description: 'O idioma das mensagens públicas deste servidor; sem opção: mostra',
      options: {
        language: {
          name: 'idioma',
          description: '"automático" segue o idioma do servidor no Discord',
          choices: { auto: 'automático', 'en-US': 'English', de: 'Deutsch', fr: 'Français', 'es-ES': 'Español', 'pt-BR': 'Português (Brasil)', ja: '日本語' },
        },
      },
    },
  },
} satisfies Messages['commands']['settings'];
