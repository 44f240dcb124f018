import type { Strings } from '../instance.js';
import type { CoreStrings } from '../strings.js';

/** Core strings in ne: loaded the first time an element renders in it. */
const strings: CoreStrings = {
  loading: 'लोड हुँदैछ…',
  empty: 'देखाउन कुनै डाटा छैन',
  retry: 'फेरि प्रयास गर्नुहोस्',
  problems: {
    notice: 'केही डाटा देखाउन सकिएन ({{count}})',
    item: '{{reason}} ({{count}})',
    hint: 'पढ्न सकिएका सबै डाटा सूचीमा देखाइएको छ।',
    caption: 'डाटाका समस्या ({{count}})',
    column: { row: 'पङ्क्ति', field: 'क्षेत्र', reason: 'कारण', value: 'मान', severity: 'गम्भीरता' },
  },
  severity: { error: 'लोड भएन', warning: 'चेतावनी' },
  reason: {
    required: 'आवश्यक क्षेत्र (जस्तै नाम) छैन',
    'invalid-record': 'अमान्य रेकर्ड',
    'invalid-type': 'मानको प्रकार गलत छ',
    'invalid-value': 'अमान्य मान',
    'unknown-code': 'अज्ञात वर्ग (पाठको रूपमा राखिएको)',
    'coordinates-swapped': 'अक्षांश र देशान्तर साटिएका थिए (सच्याइयो)',
    'coordinates-missing': 'स्थान छैन (नक्सामा छैन)',
    'coordinates-out-of-japan': 'स्थान जापान बाहिर छ (नक्सामा छैन)',
    'coordinates-placeholder': 'अस्थायी स्थान (नक्सामा छैन)',
    'schedule-unparsed': 'तालिका बुझिएन (मूल पाठ देखाइयो)',
    'duplicate-id': 'दोहोरिएको ID (अङ्क थपियो)',
    'too-deep': 'धेरै गहिरो तह',
  },
  error: {
    'fetch-failed': 'डाटा लोड गर्न सकिएन। इन्टरनेट जाँच गरेर फेरि प्रयास गर्नुहोस्।',
    'http-status': 'डाटा भेटिएन। केही समयपछि फेरि प्रयास गर्नुहोस्।',
    timeout: 'डाटा लोड गर्न धेरै समय लाग्यो। फेरि प्रयास गर्नुहोस्।',
    'parse-failed': 'डाटाको ढाँचा पढ्न सकिएन।',
    empty: 'डाटा खाली छ।',
    'geolocation-denied': 'हालको स्थान प्रयोग गर्न अनुमति छैन। ठेगाना वा क्षेत्रबाट खोज्न सक्नुहुन्छ।',
    'geolocation-unavailable': 'हालको स्थान पाउन सकिएन। ठेगाना वा क्षेत्रबाट खोज्नुहोस्।',
    'geocoder-failed': 'ठेगाना भेटिएन। अर्को तरिकाले लेखेर हेर्नुहोस्।',
    'submit-failed': 'पठाउन सकिएन। फेरि प्रयास गर्नुहोस्।',
  },
};

export default { core: strings as unknown as Strings };
