/** La página del calendario y el texto de los archivos de calendario (.ics) en español. */
import type { Dictionary } from '../en/index.ts';

export const calendar: Dictionary['calendar'] = {
  feeds: {
    all: { title: 'Reuniones, fechas límite y consultas', description: 'Todos los eventos de los calendarios siguientes, en un solo calendario.' },
    meetings: { title: 'Reuniones del Mecanismo de Coordinación', description: 'Todas las reuniones del Mecanismo de Coordinación de Gobierno Abierto, pasadas y próximas: fecha y hora, lugar o «en línea», y si se cancelaron o aplazaron.' },
    deadlines: { title: 'Fechas límite de los hitos del plan de acción vigente', description: 'La fecha de fin de cada hito del plan de acción vigente, con su situación.' },
    consultations: { title: 'Consultas públicas', description: 'El periodo para enviar aportes de cada consulta abierta ahora o por abrir: de su primer día al último.' },
  },
  commitmentName: (code) => `Fechas límite de ${code}`,
  commitmentDescription: (code, title) => `Fechas límite de los hitos de ${code}: ${title}`,
  events: {
    online: 'En línea',
    alsoOnline: ' (también en línea)',
    district: (name) => `Distrito de ${name}`,
    summaryPrefix: { scheduled: '', held: '', cancelled: 'Cancelada: ', postponed: 'Aplazada: ' },
    status: { scheduled: '', held: '', cancelled: 'Esta reunión está cancelada.', postponed: 'Esta reunión está aplazada: la nueva fecha se anunciará en el sitio.' },
    meetingOf: (kind) => `${kind} del Mecanismo de Coordinación de Gobierno Abierto.`,
    startsAt: (time) => `Empieza a las ${time}, hora de Belice.`,
    agenda: (items) => `Agenda: ${items.map((item, i) => `${i + 1}. ${item}`).join(' ')}`,
    deadline: (code, title) => `Fecha límite ${code}: ${title}`,
    milestoneOf: (number, code, title) => `Hito ${number} de ${code}: ${title}.`,
    ledBy: (name) => `A cargo de ${name}.`,
    standing: (state, completed, level) => `Situación: ${state}${completed ? `, completado el ${completed}` : ''}. El compromiso: ${level}.`,
    rescheduled: (original) => `Reprogramado: vencía al principio el ${original}.`,
    consultation: (title) => `Consulta abierta a aportes: ${title}`,
    consultationOf: (kind, period) => `${kind}: cualquier persona puede enviar aportes, ${period}.`,
  },
  page: {
    title: 'Calendario',
    description: 'Siga las reuniones del Mecanismo de Coordinación y las fechas límite de los hitos del plan de acción en su propio calendario: Google Calendar, Outlook, Calendario de Apple o su teléfono.',
    lede: 'Siga las reuniones del Mecanismo de Coordinación y las fechas límite del plan de acción en la aplicación de calendario que usted usa. Suscríbase una sola vez: su calendario revisará este sitio por sí mismo, y así le llegarán las reuniones nuevas, las cancelaciones y los cambios de fecha.',
    calendars: 'Los calendarios',
    address: 'Dirección para suscribirse:',
    download: (title) => `Descargar «${title}» (.ics)`,
    howTo: 'Cómo suscribirse',
    copy: 'Copie la dirección de uno de los calendarios de arriba y luego:',
    steps: [
      '<strong>Google Calendar</strong> (en una computadora): junto a «Otros calendarios», elija <strong>+</strong> y luego <strong>Desde URL</strong>; pegue la dirección y elija <strong>Añadir calendario</strong>. Aparecerá también en su teléfono Android.',
      '<strong>Outlook</strong>: <strong>Agregar calendario</strong> y luego <strong>Suscribirse desde la web</strong>; pegue la dirección y elija <strong>Importar</strong>.',
      '<strong>Calendario de Apple</strong> en una Mac: <strong>Archivo</strong>, <strong>Nueva suscripción a calendario</strong>. En un iPhone: <strong>Configuración</strong>, <strong>Calendario</strong>, <strong>Cuentas</strong>, <strong>Agregar cuenta</strong>, <strong>Otra</strong>, <strong>Agregar calendario suscrito</strong>.',
    ],
    refresh: 'Las aplicaciones de calendario revisan las suscripciones desde cada pocas horas hasta una vez al día. Para agregar una sola reunión o las fechas límite de un solo compromiso sin suscribirse, use «Agregar al calendario» en su página: el archivo se abre en su aplicación de calendario. Las horas son de Belice (seis horas menos que UTC todo el año); su calendario las muestra en su propia zona horaria.',
    coming: 'Próximamente',
    from: { before: 'Desde el ', after: ', el día en que se generó este sitio:' },
    nothing: 'Todavía no hay nada programado.',
  },
};
