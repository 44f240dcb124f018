import type { Strings } from '../instance.js';
import type { CoreStrings } from '../strings.js';

/** Core strings in ko: loaded the first time an element renders in it. */
const strings: CoreStrings = {
  loading: '불러오는 중…',
  empty: '표시할 데이터가 없습니다',
  retry: '다시 불러오기',
  problems: {
    notice: '일부 데이터를 표시하지 못했습니다({{count}}건)',
    item: '{{reason}}({{count}}건)',
    hint: '읽을 수 있는 데이터는 목록에 표시되어 있습니다.',
    caption: '데이터 문제({{count}}건)',
    column: { row: '행', field: '항목', reason: '이유', value: '값', severity: '중요도' },
  },
  severity: { error: '읽을 수 없음', warning: '주의' },
  reason: {
    required: '필수 항목(이름 등)이 없습니다',
    'invalid-record': '데이터 형식이 올바르지 않습니다',
    'invalid-type': '값의 종류가 올바르지 않습니다',
    'invalid-value': '값이 올바르지 않습니다',
    'unknown-code': '알 수 없는 분류(원문 그대로 표시)',
    'coordinates-swapped': '위도와 경도가 바뀌어 있었습니다(수정함)',
    'coordinates-missing': '위치 정보가 없습니다(지도에 표시 안 됨)',
    'coordinates-out-of-japan': '위치가 일본 밖입니다(지도에 표시 안 됨)',
    'coordinates-placeholder': '위치가 임시 값입니다(지도에 표시 안 됨)',
    'schedule-unparsed': '개최일을 읽지 못했습니다(게재된 문장 표시)',
    'duplicate-id': 'ID가 중복됩니다(번호를 붙여 구분)',
    'too-deep': '계층이 너무 깊습니다',
  },
  error: {
    'fetch-failed': '데이터를 불러오지 못했습니다. 통신 상태를 확인하고 다시 시도해 주세요.',
    'http-status': '데이터를 찾을 수 없습니다. 잠시 후 다시 시도해 주세요.',
    timeout: '데이터를 불러오는 데 시간이 너무 오래 걸렸습니다. 다시 시도해 주세요.',
    'parse-failed': '데이터 형식을 읽을 수 없습니다.',
    empty: '데이터가 비어 있습니다.',
    'geolocation-denied': '현재 위치 사용이 허용되지 않았습니다. 주소나 지구로도 찾을 수 있습니다.',
    'geolocation-unavailable': '현재 위치를 가져오지 못했습니다. 주소나 지구로 찾아 주세요.',
    'geocoder-failed': '주소를 찾지 못했습니다. 다른 표기로 시도해 주세요.',
    'submit-failed': '보내지 못했습니다. 다시 시도해 주세요.',
  },
};

export default { core: strings as unknown as Strings };
