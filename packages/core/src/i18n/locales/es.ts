import type { Strings } from '../instance.js';
import type { CoreStrings } from '../strings.js';

/** Core strings in es: loaded the first time an element renders in it. */
const strings: CoreStrings = {
  loading: 'Cargando…',
  empty: 'No hay datos para mostrar',
  retry: 'Reintentar',
  problems: {
    notice: 'Algunos datos no se pudieron mostrar ({{count}})',
    item: '{{reason}} ({{count}})',
    hint: 'Todo lo que se pudo leer aparece en la lista.',
    caption: 'Problemas en los datos ({{count}})',
    column: { row: 'Fila', field: 'Campo', reason: 'Motivo', value: 'Valor', severity: 'Gravedad' },
  },
  severity: { error: 'No cargado', warning: 'Aviso' },
  reason: {
    required: 'Falta un campo obligatorio (como el nombre)',
    'invalid-record': 'Registro no válido',
    'invalid-type': 'Tipo de valor incorrecto',
    'invalid-value': 'Valor no válido',
    'unknown-code': 'Categoría desconocida (se mantiene como texto)',
    'coordinates-swapped': 'Latitud y longitud invertidas (corregido)',
    'coordinates-missing': 'Sin ubicación (no aparece en el mapa)',
    'coordinates-out-of-japan': 'Ubicación fuera de Japón (no aparece en el mapa)',
    'coordinates-placeholder': 'Ubicación provisional (no aparece en el mapa)',
    'schedule-unparsed': 'Horario no reconocido (se muestra el texto original)',
    'duplicate-id': 'ID repetido (se añadió un sufijo)',
    'too-deep': 'Anidamiento demasiado profundo',
  },
  error: {
    'fetch-failed': 'No se pudieron cargar los datos. Compruebe la conexión e inténtelo de nuevo.',
    'http-status': 'No se encontraron los datos. Inténtelo más tarde.',
    timeout: 'La carga tardó demasiado. Inténtelo de nuevo.',
    'parse-failed': 'No se pudo leer el formato de los datos.',
    empty: 'Los datos están vacíos.',
    'geolocation-denied': 'No se permitió usar la ubicación. Puede buscar por dirección o barrio.',
    'geolocation-unavailable': 'No se pudo obtener su ubicación. Busque por dirección o barrio.',
    'geocoder-failed': 'No se encontró la dirección. Pruebe a escribirla de otra forma.',
    'submit-failed': 'No se pudo enviar. Inténtelo de nuevo.',
  },
};

export default { core: strings as unknown as Strings };
