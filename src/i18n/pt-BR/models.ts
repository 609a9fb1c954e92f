import type { Messages } from '../en-US/index.ts';

/** Video models: why a request does not fit a model, a server's model choices, `/models` and the `modelo:` suggestions (private). */
export default {
  refuse: {
    unknown: 'O modelo "{{model}}" não está disponível aqui. Disponíveis: {{available}}.',
    none: 'nenhum',
    imageRequired: '{{model}} só faz vídeos a partir de uma imagem: anexe uma em `imagem:` (ela vira o primeiro quadro){{others}}.',
    textModels: ', ou escolha um modelo que funcione só com texto, como {{models}}',
    duration: '{{model}} faz vídeos de {{durations}} segundos, não de {{duration}}.',
    aspect: '{{model}} aceita {{aspects}}, não {{aspect}}.',
    qualityOne: '{{model}} tem uma qualidade só; deixe `qualidade:` em branco (ou escolha um modelo com a opção "alta", como {{models}}).',
    noneHere: 'nenhum aqui',
    qualityOffers: '{{model}} oferece a qualidade {{qualities}}.',
    promptLength: 'Seu prompt tem {{length}} caracteres; {{model}} aceita no máximo {{max}}.',
    qualityDurations: '{{model}} só faz vídeos em qualidade {{quality}} com {{durations}} segundos, não {{duration}}.',
    noPrice: '{{model}} não tem preço para a qualidade {{quality}} com {{duration}} s; fale com o operador do bot.',
  },
  server: {
    notAllowed: 'Este servidor só permite estes modelos: {{models}}. Escolha um deles com `modelo:` (o `/models` mostra quais são).',
    unknownDefault: '`{{model}}` não é um modelo que o bot oferece. Modelos ativados: {{models}}.',
    defaultOutside: 'O padrão `{{model}}` precisa ser um dos modelos que este servidor permite: {{models}}.',
    unknownAllowed_one: '{{unknown}} não é um modelo que o bot oferece. Use uma lista separada por vírgulas de: {{models}} — ou `all`.',
    unknownAllowed_other: '{{unknown}} não são modelos que o bot oferece. Use uma lista separada por vírgulas de: {{models}} — ou `all`.',
  },
  view: {
    header: 'Modelos de vídeo aqui{{chosen}} (escolha um com `/sora modelo:`; padrão `{{model}}`{{serverDefault}}):',
    chosen: ', escolhidos por este servidor',
    serverDefault: ', definido por este servidor',
    state: {
      live: 'ativo',
      // `since` and `when` are Discord relative timestamps: "há 2 horas", "em 5 minutos".
      paused: '**pausado** pela Kie {{since}}{{retry}}',
      retry: ', nova tentativa {{when}}',
      failing_one: '**com falhas** ({{count}} erro nos últimos minutos)',
      failing_other: '**com falhas** ({{count}} erros nos últimos minutos)',
      unknown: 'ainda não testado',
    },
    lengthsRange: '{{first}}–{{last}} s',
    lengths: '{{lengths}} s',
    quality: '{{quality}} {{label}}',
    price: '{{price}} créditos',
    priceRange: '{{min}}–{{max}} créditos',
    imageRequired: 'exige imagem',
    textOrImage: 'texto ou imagem',
  },
  /** One line for `/models`: what each family is good at. */
  goodAt: {
    sora2: 'cenas realistas com som sincronizado (a Kie pausou em 2026)',
    sora2Pro: 'Sora em 1080p, o mais caprichado da dupla Sora (pausado como o Sora 2)',
    kling3: 'movimento suave e pessoas, com som',
    grokImagine: 'rascunhos baratos e rápidos, clipes divertidos',
    seedance2: 'tomadas cinematográficas com áudio nativo, em qualquer duração',
    seedance2Fast: 'Seedance mais barato e rápido, para rascunhos',
    wan26: 'clipes narrativos mais longos em 16:9, com física realista',
    hailuo23: 'dar vida a uma imagem parada',
    veo31: 'o modelo do Google: vídeo realista com diálogo e som',
  },
  /** A suggestion for the `modelo:` option as a member types. */
  choice: '{{id}} — {{label}}, a partir de {{price}} créditos{{paused}}',
  choicePaused: ' (pausado)',
} satisfies Messages['models'];
