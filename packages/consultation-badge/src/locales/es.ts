import type { Strings } from '@chiiki/core';

/** Español (es): not yet reviewed by a native speaker. */
export const es: Strings = {
  badge: {
    label: 'Punto de consulta de bienestar comunitario',
    named: 'Punto de consulta de bienestar comunitario: {{name}}',
    intro: 'Puede consultar cualquier preocupación de la vida diaria. Le ponemos en contacto con la ayuda adecuada.',
    status: {
      open: 'Abierto ahora',
      next: 'Próximo: {{date}}',
      nextDay: 'Próximo: {{date}}',
      paused: 'En pausa',
      closed: 'Cerrado',
      none: 'Próxima fecha sin definir',
    },
    topic: {
      care: 'Cuidado de mayores',
      childcare: 'Crianza',
      disability: 'Discapacidad',
      living: 'Vida diaria',
      health: 'Salud',
      isolation: 'Soledad y aislamiento',
      disaster: 'Desastres y prevención',
      other: 'Otros',
    },
    anything: 'Cualquier preocupación de la vida diaria',
    heading: {
      topics: 'Puede consultar sobre',
      when: 'Cuándo',
      who: 'Quién atiende',
      referTo: 'Le derivamos a',
      contact: 'Contacto',
      updated: 'Última confirmación',
      card: 'Tarjeta de contacto (つながりカード)',
    },
    phone: 'Teléfono',
    email: 'Correo electrónico',
    website: 'Sitio web',
    cardNote: 'Imprima esta tarjeta para llevarla consigo o guarde el contacto en su teléfono.',
    print: 'Imprimir la tarjeta',
    save: 'Guardar contacto',
    close: 'Cerrar',
    notFound: 'No se encontró ningún punto de consulta con el ID “{{id}}”.',
    loadFailed: 'No se pudo cargar el punto de consulta.',
  },
};
