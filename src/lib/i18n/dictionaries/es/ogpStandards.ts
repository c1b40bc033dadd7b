/** La página de los estándares de cocreación de OGP: lo que el sitio muestra de cada requisito. */
import type { Dictionary } from '../en/index.ts';

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

export const ogpStandards: Dictionary['ogpStandards'] = {
  title: 'Estándares de cocreación de OGP: la evidencia',
  description: 'Los Estándares de Participación y Cocreación de OGP, requisito por requisito: si cada uno se cumple, según los registros de este sitio y su historial de Git, con la evidencia enlazada.',
  lede: {
    intro: 'La Alianza para el Gobierno Abierto pide a cada miembro cocrear su plan de acción con la sociedad civil y demostrarlo. Los evaluadores independientes (el IRM de OGP) empiezan por este sitio web. Esta página determina, a partir de los registros del sitio y del historial de su repositorio, qué requisitos se cumplen para el ',
    after: '.',
  },
  workedOut: { before: 'Calculado el ', after: ', la última vez que se generó el sitio.' },
  caption: 'Los requisitos de un vistazo',
  columns: { requirement: 'Requisito', state: 'Estado' },
  gap: (duration, from, to) => `${duration}, del ${from} al ${to}`,
  moreThanSixMonths: ', más de seis meses',
  forumMeets: {
    held: (n, start) => `${n} ${plural(n, 'reunión ordinaria o extraordinaria', 'reuniones ordinarias o extraordinarias')} del foro desde que comenzó el plan el ${start}.`,
    longest: 'El mayor tiempo sin reunirse:',
  },
  forumRules: {
    members: (n, rules) => ` tiene ${n} ${plural(n, 'miembro actual', 'miembros actuales')} ${rules ? 'y publica sus reglas de participación.' : 'pero no publica sus reglas de participación.'}`,
    none: 'Ningún foro figura entre las organizaciones.',
  },
  repository: {
    unavailable: 'Esta copia del sitio se generó sin su historial de Git, así que no puede mostrar cuándo cambió el contenido.',
    startsAfter: (date) => `El historial de este repositorio empieza el ${date}, después del inicio del plan: el sitio cuenta desde entonces. `,
    changedOn: (date) => `El contenido cambió el ${date}.`,
    changedBetween: (n, start, end) => `El contenido cambió en ${n} ${plural(n, 'día', 'días')} entre el ${start} y el ${end}.`,
    longest: 'El mayor tiempo sin cambios:',
    notYetDue: ' Hasta ahora hay menos de seis meses de historial.',
    changes: 'Todos los cambios del sitio, del más reciente al más antiguo',
    history: 'El historial del repositorio',
  },
  announced: {
    line: (announced, days, opens, ok) => `: anunciada el ${announced}, ${days} ${plural(days, 'día', 'días')} antes de abrirse el ${opens}${ok ? '' : ', menos de dos semanas'}.`,
    none: 'Todavía no se ha anunciado ninguna consulta de cocreación del plan actual.',
  },
  inputOpen: {
    line: (openToAll, online, offline) => `: ${openToAll ? 'abierta a todas las personas' : 'solo por invitación'}. En línea: ${online}. Fuera de línea: ${offline}.`,
    noChannel: 'ninguno',
    none: 'Todavía no se ha abierto ninguna consulta de cocreación del plan actual.',
  },
  response: {
    published: (date) => ` respuesta publicada el ${date}`,
    notPublished: ' todavía sin respuesta publicada',
    open: (unanswered, awaiting) => ` ${unanswered} ${plural(unanswered, 'aporte publicado', 'aportes publicados')} sin respuesta, ${awaiting} en espera de moderación.`,
    allAnswered: ' todos los aportes publicados tienen respuesta, ninguno en espera de moderación.',
    none: 'Todavía no ha cerrado ninguna consulta del plan actual.',
  },
  implementation: {
    held: (n, start, needed) => `${n} ${plural(n, 'reunión', 'reuniones')} del foro con la sociedad civil presente desde que comenzó el plan el ${start}; se necesitan ${needed} antes de que termine.`,
  },
};
