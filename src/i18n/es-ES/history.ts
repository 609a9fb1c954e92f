import type { Messages } from '../en-US/index.ts';

/** `/jobs` and its page buttons: a member's videos, one brought back, a queued one cancelled (private, the member's language). */
export default {
  state: {
    queued: 'en cola',
    creating: 'enviando a Kie',
    running: 'generando en Kie',
    delivering: 'terminando',
    delivered: 'entregado',
    failed: 'fallido',
    cancelled: 'cancelado',
  },
  cost: {
    paid: '{{price}} créditos',
    refunded: '0 créditos ({{price}} devueltos)',
    held: '{{price}} créditos reservados',
  },
  list: {
    mine: 'Tus vídeos recientes',
    member: 'Vídeos recientes de un miembro',
    empty: 'Aún no hay vídeos. Haz uno con `/sora`.',
    message: '[mensaje]({{link}})',
    footer: 'Página {{page}} de {{pages}} · /jobs ver id:… recupera un vídeo · /jobs cancelar id:… detiene uno en cola',
    previous: 'Anterior',
    next: 'Siguiente',
  },
  /** A suggestion for the `id:` option: short id, state, model, the start of the prompt. */
  choice: '{{id}} · {{state}} · {{model}} · {{prompt}}',
  detail: {
    job: 'Trabajo',
    state: 'Estado',
    cost: 'Precio',
    madeBy: 'Hecho por',
    started: 'Inicio',
    finished: 'Fin',
    message: 'Mensaje',
    jump: '[ir al mensaje]({{link}})',
    whyFailed: 'Por qué falló',
  },
  show: {
    again: 'Aquí tienes otra vez el vídeo.',
    link: 'El vídeo es más grande de lo que puedes recibir aquí, así que aquí tienes un enlace de descarga (caduca; guárdalo ya):\n<{{url}}>',
    gone: 'El archivo del vídeo ya no existe: el servicio de vídeo ya no lo conserva.{{where}}',
    stillThere: ' El mensaje con el resultado sigue ahí: {{link}}',
    deletedToo: ' Su mensaje con el resultado también se eliminó.',
  },
  cancel: {
    cancelled: 'Se ha cancelado {{id}} antes de enviarlo al servicio de vídeo. Sus {{refunded}} créditos han vuelto al saldo del servidor, y su respuesta lo indica.',
    atKie: '{{id}} no se puede cancelar: ya está en el servicio de vídeo (Kie.ai), que no puede detener una tarea una vez que la tiene. Terminará y se cobrará, o fallará y se devolverá.',
    finished: '{{id}} ya ha terminado ({{how}}); no hay nada que cancelar.',
    delivered: 'entregado',
    failed: 'falló y se devolvieron sus créditos',
    gone: 'Ese trabajo ya no existe.',
  },
  find: {
    notId: '`{{typed}}` no es un ID de trabajo. Los IDs de trabajo son como `k3x9ab`; elige uno de la lista o consulta `/jobs lista`.',
    ambiguous: 'Hay más de un trabajo que empieza por `{{typed}}`. Escribe algunos caracteres más del ID.',
    notInServer: 'Ningún trabajo de este servidor tiene el ID `{{typed}}`. Consulta tus trabajos recientes en `/jobs lista`.',
    notYours: 'Ningún trabajo tuyo en este servidor tiene el ID `{{typed}}`. Consulta tus trabajos recientes en `/jobs lista`.',
  },
  serverOnly: '`/jobs` funciona dentro de un servidor.',
  othersAdminOnly: 'Solo los admins (Gestionar servidor) pueden ver los vídeos de otros miembros.',
  othersHint: 'Solo los admins (Gestionar servidor) pueden ver los vídeos de otros miembros. `/jobs lista` sin `miembro` muestra los tuyos.',
  unknownSubcommand: 'Subcomando de `/jobs` desconocido.',
} satisfies Messages['history'];
