import type { Messages } from '../en-US/index.ts';

/**
 * The buttons on a video's reply (public: the job's language) and what pressing them answers, and the
 * Remix form (private: the language of the member who pressed). The form's aspect is typed, so it
 * names the English values the form accepts.
 */
export default {
  button: { again: 'Gerar de novo', remix: 'Remix', delete: 'Apagar', cancel: 'Cancelar' },
  gone: 'O bot não guarda mais este vídeo, então este botão não pode usá-lo. Use o `/sora`.',
  imageExpired: 'A imagem do primeiro quadro deste vídeo expirou no Discord, então não dá para usá-la de novo. Use o `/sora` anexando a imagem outra vez.',
  deleteNotAllowed: 'Só quem fez este vídeo, ou alguém com Gerenciar mensagens, pode apagá-lo.',
  cancelNotAllowed: 'Só quem pediu este vídeo, ou alguém com Gerenciar servidor, pode cancelá-lo.',
  oldForm: 'Este formulário é de uma versão antiga do bot e não funciona mais.',
  remix: {
    title: 'Remix: {{model}}',
    prompt: 'Prompt',
    promptContinued: 'Prompt (continuação)',
    seconds: 'Segundos ({{durations}})',
    aspect: 'Formato ({{aspects}})',
    invalidSeconds: 'Os segundos precisam ser um número, por exemplo 10.',
    wholeSeconds: 'Os segundos precisam ser um número inteiro.',
    invalidAspect: 'O formato precisa ser `portrait`, `landscape` ou `square`.',
    tooLong: 'O prompt tem {{length}} caracteres; o limite é {{max}}. Encurte e tente de novo.',
  },
} satisfies Messages['results'];
