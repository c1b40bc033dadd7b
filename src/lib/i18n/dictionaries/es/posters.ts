/** Los carteles que se imprimen y se colocan en los distritos. */
import type { Dictionary } from '../en/index.ts';

export const posters: Dictionary['posters'] = {
  title: (title) => `Cartel: ${title}`,
  description: (what, title) => `Un cartel para imprimir y colocar, que anuncia ${what.this} «${title}»: cuándo, dónde y cómo participar, con un código QR que lleva a su página.`,
  note: 'Un cartel para imprimir en papel A4 o carta y colocar en un concejo municipal, una clínica o una escuela. Imprima esta página con el comando Imprimir de su navegador: los menús del sitio se omiten y cabe en una sola página.',
  back: (what) => `Volver a la página de ${what.this}`,
  qr: (address) => `Código QR que abre ${address}`,
  scan: 'Escanee con la cámara de un teléfono para ver los detalles en línea',
  typeAddress: 'O escriba la dirección:',
  where: 'Dónde',
  howToTakePart: 'Cómo participar',
  sample: 'Contenido ilustrativo: un ejemplo que muestra cómo funciona el sitio, no un aviso oficial.',
  ways: { inPerson: 'En persona', online: 'En línea', email: 'Por correo electrónico', telephone: 'Por teléfono', whatsapp: 'Por WhatsApp', post: 'Por correo postal' },
  dayAndTime: (day, time) => `${day}, ${time}`,
  venueAndTime: (venue, when) => `${venue}, ${when}.`,
  emailFor: (email, purpose) => `${email}: ${purpose}`,
  meeting: {
    alsoOnline: 'También en línea',
    online: 'En línea',
    askLink: (email) => `Pida el enlace a ${email}.`,
    purpose: 'envíe sus opiniones o preguntas antes de la reunión',
    deciding: 'Qué se discutirá y decidirá',
    when: 'Cuándo',
  },
  consultation: {
    online: 'En línea',
    form: 'el formulario de la página de la consulta mientras esté abierta (el código QR abre la página).',
    purpose: (closes) => `envíe su aporte a más tardar el ${closes}`,
    asking: 'Qué preguntamos',
    opens: 'Se abre',
    closes: 'Cierre de aportes',
    anywhere: 'Desde donde usted esté: vea abajo cómo participar',
  },
};
