import type { Messages } from '../en-US/index.ts';

/** Asking for a video (`/sora`, Again, Remix): refusals before anything is held (private, the member's language). */
export default {
  invalid: {
    prompt: 'O prompt precisa ser texto.',
    duration: 'A duração precisa ser um número de segundos.',
    durationWhole: 'A duração precisa ser um número inteiro de segundos.',
    aspect: 'O formato precisa ser retrato, paisagem ou quadrado.',
    model: 'O modelo precisa ser o nome de um modelo.',
    modelLength: 'Esse nome de modelo é longo demais.',
    quality: 'A qualidade precisa ser padrão ou alta.',
    image: 'A imagem precisa ser um arquivo de imagem anexado.',
  },
  dmOnly: 'Os vídeos são pagos com os créditos de um servidor, então o `/sora` só funciona dentro de um servidor, não na DM.',
  serverOnly: 'Os vídeos são pagos com os créditos de um servidor, então só podem ser feitos dentro de um servidor, não na DM.',
  imageMissing: 'O anexo da imagem não chegou. Anexe de novo.',
  busy: {
    member_one: 'Você já tem {{count}} vídeo em andamento. Tente de novo quando ele terminar (costuma levar alguns minutos).',
    member_other: 'Você já tem {{count}} vídeos em andamento. Tente de novo quando um deles terminar (costuma levar alguns minutos).',
    server_one: 'Este servidor já tem {{count}} vídeo em andamento. Tente de novo em alguns minutos, quando ele terminar.',
    server_other: 'Este servidor já tem {{count}} vídeos em andamento. Tente de novo em alguns minutos, quando um deles terminar.',
  },
  hold: {
    balance: 'Este vídeo do {{model}} custa {{price}} créditos, mas o servidor só tem {{balance}}.{{allowance}} Peça mais créditos a um admin do servidor.',
    allowance: ' Você ainda tem {{left}} dos seus créditos diários hoje.',
    dailyLimit: 'Este vídeo do {{model}} custa {{price}} créditos, e restam só {{left}} dos seus {{limit}} créditos diários. Seu limite zera às 00:00 UTC.',
    operatorCeiling: 'O bot chegou ao limite de gastos diário somando todos os servidores. Tente de novo depois das 00:00 UTC.',
  },
} satisfies Messages['sora'];
