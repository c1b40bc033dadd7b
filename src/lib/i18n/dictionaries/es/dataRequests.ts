/** Las solicitudes de datos: su lista, la página de cada una y cuánto ha esperado cada una. */
import type { Dictionary } from '../en/index.ts';
import type { Noun } from '../en/common.ts';

const noun = (one: string, other: string): Noun => ({ one, other });

export const dataRequests: Dictionary['dataRequests'] = {
  request: noun('solicitud', 'solicitudes'),
  description: 'Conjuntos de datos que la población de Belice ha pedido, y lo que respondieron las organizaciones responsables: primero las solicitudes abiertas, con el tiempo que lleva esperando cada una.',
  lede: 'Conjuntos de datos que la gente ha pedido, y lo que respondieron las organizaciones que tienen los datos. Primero aparecen las solicitudes abiertas, con la que lleva más tiempo esperando arriba.',
  missing: '¿Falta un conjunto de datos?',
  askForIt: 'Pídalo',
  askHow: ': indique qué datos necesita, para qué y para qué distritos. Su nombre solo se publica si usted lo autoriza; su correo electrónico y su número de teléfono nunca se publican.',
  figures: (requests, byStatus) => `${requests}: ${byStatus}.`,
  counted: {
    received: noun('recibida', 'recibidas'),
    'under-review': noun('en revisión', 'en revisión'),
    planned: noun('planificada', 'planificadas'),
    published: noun('publicada', 'publicadas'),
    declined: noun('rechazada', 'rechazadas'),
  },
  pending: (requests) => `${requests} en espera de moderación`,
  withheld: (requests, n) => `${requests} ${n === 1 ? 'retenida' : 'retenidas'} (por ejemplo, porque pedía datos personales)`,
  notShown: (parts) => `No se muestran: ${parts.join(' y ')}.`,
  openHeading: (n) => `Abiertas (${n})`,
  noneOpen: 'Ninguna solicitud está esperando respuesta.',
  answeredHeading: (n) => `Respondidas (${n})`,
  noneAnswered: 'Aún no se ha respondido ninguna solicitud.',

  askedOn: 'Solicitada el',
  expectedBy: 'Prevista para el',
  publishedAs: 'Publicada como',
  answeredBy: (organization) => `Responde: ${organization}`,
  notAssigned: 'Aún sin asignar',

  wait: {
    today: 'recibida hoy',
    waiting: (duration) => `lleva ${duration} esperando`,
    sameDay: 'respondida el mismo día en que se recibió',
    answered: (duration) => `respondida después de ${duration}`,
  },

  pageDescription: (title, state, organization) => `Una solicitud de datos: ${title}. ${state}${organization ? ` por ${organization}` : ''}.`,
  state: 'Estado',
  since: 'desde el',
  whyDeclined: 'Por qué se rechazó',
  answerer: 'Responde',
  notAssignedToOrganization: 'Aún no se ha asignado a ninguna organización',
  received: 'Recibida',
  requestedBy: 'Solicitada por',
  anonymous: 'Una persona que pidió no ser nombrada',
  notRecorded: 'No registrado',
  allOfBelize: 'Todo Belice',
  asked: 'Qué se pide',
  why: 'Para qué se necesita',
  themes: (themes) => `Temas: ${themes}.`,
  answer: 'La respuesta',
  receivedStep: 'Solicitud recibida.',
  stateStep: (state, organization, plannedFor) => `${state}${organization ? ` por ${organization}` : ''}${plannedFor ? `, para el ${plannedFor}` : ''}.`,
  noAnswer: (organization) => `${organization} aún no ha escrito una respuesta.`,
  notTakenUp: 'Ninguna organización ha asumido esta solicitud todavía.',
  all: 'Todas las solicitudes de datos',
};
