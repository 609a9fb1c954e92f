import type { Messages } from '../en-US/index.ts';

/**
 * The buttons on a video's reply (public: the job's language) and what pressing them answers, and the
 * Remix form (private: the language of the member who pressed).
 */
export default {
  button: { again: 'Repetir', remix: 'Remix', delete: 'Eliminar', cancel: 'Cancelar' },
  gone: 'El bot ya no tiene datos de este vídeo, así que este botón no puede usarlo. Usa `/sora`.',
  imageExpired: 'La imagen del primer fotograma de este vídeo ha caducado en Discord, así que no se puede volver a usar. Usa `/sora` y adjunta otra vez la imagen.',
  deleteNotAllowed: 'Solo quien hizo este vídeo, o alguien con Gestionar mensajes, puede eliminarlo.',
  cancelNotAllowed: 'Solo quien pidió este vídeo, o alguien con Gestionar servidor, puede cancelarlo.',
  oldForm: 'Este formulario es de una versión anterior del bot y ya no funciona.',
  remix: {
    title: 'Remix: {{model}}',
    prompt: 'Prompt',
    promptContinued: 'Prompt (continuación)',
    seconds: 'Segundos ({{durations}})',
    // The form's field takes the English values (portrait, landscape, square), as {{aspects}} lists them.
    aspect: 'Formato ({{aspects}})',
    invalidSeconds: 'Los segundos deben ser un número, p. ej. 10.',
    wholeSeconds: 'Los segundos deben ser un número entero.',
    invalidAspect: 'El formato debe ser `portrait`, `landscape` o `square`.',
    tooLong: 'El prompt tiene {{length}} caracteres y el límite es de {{max}}. Acórtalo y vuelve a intentarlo.',
  },
} satisfies Messages['results'];
