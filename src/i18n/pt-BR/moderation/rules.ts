import type { Messages } from '../../en-US/index.ts';

/** What the server's rules say to members: refusals naming the rule, the gates, and why a pattern cannot be used. */
export default {
  refused: '{{subject}} corresponde a {{rule}}, então não usei. Nada foi cobrado; mude o texto e tente de novo.',
  subject: { prompt: 'Seu prompt', title: 'O título do desafio', theme: 'O tema do desafio' },
  word: 'a palavra bloqueada {{pattern}} do servidor',
  automodKeyword: 'a regra do AutoMod “{{rule}}” do servidor (palavra-chave {{pattern}})',
  automodRegex: 'a regra do AutoMod “{{rule}}” do servidor (regex {{pattern}})',
  /** An AutoMod rule Discord sent without a name. */
  unnamed: 'Regra do AutoMod',
  blocked: 'Você não pode usar este bot neste servidor.',
  channels: 'Neste servidor, os vídeos só podem ser feitos em {{where}}{{challenges}}. Tente lá.',
  challengeChannels: ' (e em {{channels}}, para o desafio de lá)',
  tooLong: 'Esse texto é longo demais para verificar (mais de {{max, number}} caracteres).',
  wordsLimit: 'Um servidor pode ter até {{max, number}} palavras; este tem {{n, number}}. Remova algumas primeiro.',
  blockedLimit: 'Um servidor pode bloquear até {{max, number}} membros no bot. Desbloqueie alguns primeiro.',
  /** Why a word, or an AutoMod keyword or regex, cannot be used (after "Não usada: `x`:" and in the AutoMod list). */
  reason: {
    wordTooLong: 'tem mais de {{max}} caracteres',
    starInside: 'um `*` só pode ficar no começo ou no fim',
    noLetters: 'não tem letras nem dígitos',
    regexTooLong: 'passa dos {{max}} caracteres do Discord',
    verbose: 'usa o modo verbose `(?x)`, que o motor de tempo linear não suporta',
    flag: 'usa a flag `{{flag}}`, que o motor de tempo linear não suporta',
    wordBoundary: 'usa a asserção de limite de palavra `{{assertion}}`, que o motor de tempo linear não suporta',
    wordBoundaryBraces: 'usa uma asserção de limite de palavra `\\b{…}`, que o motor de tempo linear não suporta',
    classNotClosed: 'uma classe `[:` não foi fechada',
    nestedClass: 'aninha uma classe de caracteres dentro de outra, o que o motor de tempo linear não suporta',
    setOperation: 'usa a operação de conjunto `{{operation}}` em classe de caracteres, que o motor de tempo linear não suporta',
    engineRefuses: 'o motor de tempo linear recusa esse padrão ({{detail}})',
    doesNotCompile: 'não compila',
    matchesEmpty: 'corresponde a texto vazio, então recusaria todos os prompts',
  },
  /** Why AutoMod's rules could not be read again (shown in `/moderation automod` and `status`). */
  problem: {
    noAccess: 'Não consigo mais ler as regras do AutoMod (preciso de Gerenciar servidor); as últimas regras lidas continuam valendo',
    rereadFailed: 'A última releitura das regras do AutoMod falhou; as últimas regras lidas continuam valendo',
  },
} satisfies Messages['moderation']['rules'];
