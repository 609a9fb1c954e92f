import type { Messages } from '../en-US/index.ts';

/** `/settings` answers (private, the member's language). */
export default {
  serverOnly: 'As configurações pertencem a um servidor. Use o `/settings` dentro de um.',
  manageServer: 'Só membros com a permissão **Gerenciar servidor** podem mudar as configurações deste servidor.',
  unknown: 'Configurações desconhecidas: {{name}}.',
  models: {
    unavailable: 'As configurações de modelo por servidor não estão disponíveis neste bot.',
    current: 'Configurações de modelo deste servidor:',
    saved: 'Salvo. Configurações de modelo deste servidor:',
    allowed: '**Permitidos:** {{list}}',
    allowedAll: 'todos os modelos que o bot oferece ({{list}})',
    default: '**Padrão:** `{{model}}`{{operator}}',
    operatorDefault: ' (o padrão do bot)',
    hint: 'Altere com `/settings modelos permitidos:` (lista separada por vírgulas de {{models}}, ou `all`) e `padrão:` (um modelo permitido, ou `operator`).',
    /** The `padrão:` suggestion that goes back to the bot's default. */
    operatorChoice: 'operator — o padrão do bot',
  },
  language: {
    notOffered: '`{{value}}` não é um dos idiomas oferecidos.',
    current: 'As mensagens públicas deste servidor (respostas dos vídeos, anúncios de desafios) estão em **{{language}}**{{how}}.',
    auto: ' (automático: o idioma do servidor no Discord)',
    chosen: ' (escolhido com `/settings idioma`)',
    saved: 'Salvo. As mensagens públicas deste servidor agora estão em **{{language}}**{{how}}.',
    hint: 'Altere com `/settings idioma idioma:` (`automático` segue o Discord). As respostas privadas sempre seguem o idioma do Discord de cada membro.',
  },
} satisfies Messages['settings'];
