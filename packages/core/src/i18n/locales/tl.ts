import type { Strings } from '../instance.js';
import type { CoreStrings } from '../strings.js';

/** Core strings in tl: loaded the first time an element renders in it. */
const strings: CoreStrings = {
  loading: 'Naglo-load…',
  empty: 'Walang datos na maipapakita',
  retry: 'Subukang muli',
  problems: {
    notice: 'May ilang datos na hindi maipakita ({{count}})',
    item: '{{reason}} ({{count}})',
    hint: 'Nasa listahan ang lahat ng nabasang datos.',
    caption: 'Mga problema sa datos ({{count}})',
    column: { row: 'Hilera', field: 'Field', reason: 'Dahilan', value: 'Halaga', severity: 'Bigat' },
  },
  severity: { error: 'Hindi na-load', warning: 'Babala' },
  reason: {
    required: 'Kulang ang kailangang field (gaya ng pangalan)',
    'invalid-record': 'Hindi wastong rekord',
    'invalid-type': 'Maling uri ng halaga',
    'invalid-value': 'Hindi wastong halaga',
    'unknown-code': 'Hindi kilalang kategorya (itinago bilang teksto)',
    'coordinates-swapped': 'Nagkapalit ang latitude at longitude (inayos)',
    'coordinates-missing': 'Walang lokasyon (wala sa mapa)',
    'coordinates-out-of-japan': 'Nasa labas ng Japan ang lokasyon (wala sa mapa)',
    'coordinates-placeholder': 'Pansamantalang lokasyon (wala sa mapa)',
    'schedule-unparsed': 'Hindi maintindihan ang iskedyul (ipinakita ang orihinal na teksto)',
    'duplicate-id': 'Umuulit na ID (dinagdagan ng suffix)',
    'too-deep': 'Masyadong malalim ang pagkakapugad',
  },
  error: {
    'fetch-failed': 'Hindi ma-load ang datos. Tingnan ang koneksyon at subukang muli.',
    'http-status': 'Hindi nahanap ang datos. Subukang muli mamaya.',
    timeout: 'Masyadong natagalan ang pag-load. Subukang muli.',
    'parse-failed': 'Hindi mabasa ang format ng datos.',
    empty: 'Walang laman ang datos.',
    'geolocation-denied': 'Hindi pinayagan ang paggamit ng lokasyon. Maaari kang maghanap ayon sa address o distrito.',
    'geolocation-unavailable': 'Hindi makuha ang iyong lokasyon. Maghanap ayon sa address o distrito.',
    'geocoder-failed': 'Hindi nahanap ang address. Subukang isulat sa ibang paraan.',
    'submit-failed': 'Hindi naipadala. Subukang muli.',
  },
};

export default { core: strings as unknown as Strings };
