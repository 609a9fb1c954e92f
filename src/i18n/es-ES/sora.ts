import type { Messages } from '../en-US/index.ts';

/** Asking for a video (`/sora`, Again, Remix): refusals before anything is held (private, the member's language). */
export default {
  invalid: {
    prompt: 'El prompt debe ser texto.',
    duration: 'La opción `duración` debe ser un número de segundos.',
    durationWhole: 'La opción `duración` debe ser un número entero de segundos.',
    aspect: 'La opción `formato` debe ser vertical, horizontal o cuadrado.',
    model: 'La opción `modelo` debe ser el nombre de un modelo.',
    modelLength: 'Ese nombre de modelo es demasiado largo.',
    quality: 'La opción `calidad` debe ser estándar o alta.',
    image: 'La opción `imagen` debe ser una imagen adjunta.',
  },
  dmOnly: 'Los vídeos se pagan con los créditos de un servidor, así que `/sora` solo funciona dentro de un servidor, no en mensajes directos.',
  serverOnly: 'Los vídeos se pagan con los créditos de un servidor, así que solo se pueden hacer dentro de un servidor, no en mensajes directos.',
  imageMissing: 'La imagen adjunta no ha llegado. Adjúntala otra vez.',
  busy: {
    member_one: 'Ya tienes {{count}} vídeo en curso. Vuelve a intentarlo cuando termine (suele tardar unos minutos).',
    member_other: 'Ya tienes {{count}} vídeos en curso. Vuelve a intentarlo cuando termine alguno (suele tardar unos minutos).',
    server_one: 'Este servidor ya tiene {{count}} vídeo en curso. Vuelve a intentarlo en unos minutos, cuando termine.',
    server_other: 'Este servidor ya tiene {{count}} vídeos en curso. Vuelve a intentarlo en unos minutos, cuando termine alguno.',
  },
  hold: {
    balance: 'Este vídeo de {{model}} cuesta {{price}} créditos, pero al servidor solo le quedan {{balance}}.{{allowance}} Pide más créditos a un admin del servidor.',
    allowance: ' Hoy te quedan {{left}} de tus créditos diarios.',
    dailyLimit: 'Este vídeo de {{model}} cuesta {{price}} créditos y te quedan {{left}} de tus {{limit}} créditos diarios. Tu límite diario se reinicia a las 00:00 UTC.',
    operatorCeiling: 'El bot ha alcanzado su límite de gasto diario entre todos los servidores. Vuelve a intentarlo después de las 00:00 UTC.',
  },
} satisfies Messages['sora'];
