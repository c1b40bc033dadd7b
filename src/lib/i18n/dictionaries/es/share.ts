/** Compartir una página: los enlaces bajo un registro (las tarjetas PNG siguen en inglés). */
import type { Dictionary } from '../en/index.ts';

export const share: Dictionary['share'] = {
  heading: (thisRecord) => `Compartir ${thisRecord}`,
  whatsapp: 'Compartir en WhatsApp',
  facebook: 'Compartir en Facebook',
  email: 'Enviar por correo electrónico',
  copy: 'O copie su dirección',
};
