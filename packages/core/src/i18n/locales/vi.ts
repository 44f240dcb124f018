import type { Strings } from '../instance.js';
import type { CoreStrings } from '../strings.js';

/** Core strings in vi: loaded the first time an element renders in it. */
const strings: CoreStrings = {
  loading: 'Đang tải…',
  empty: 'Không có dữ liệu để hiển thị',
  retry: 'Thử lại',
  problems: {
    notice: 'Không thể hiển thị một số dữ liệu ({{count}})',
    item: '{{reason}} ({{count}})',
    hint: 'Dữ liệu đọc được đã hiển thị trong danh sách.',
    caption: 'Vấn đề dữ liệu ({{count}})',
    column: { row: 'Dòng', field: 'Mục', reason: 'Lý do', value: 'Giá trị', severity: 'Mức độ' },
  },
  severity: { error: 'Không đọc được', warning: 'Lưu ý' },
  reason: {
    required: 'Thiếu mục bắt buộc (như tên)',
    'invalid-record': 'Bản ghi không hợp lệ',
    'invalid-type': 'Sai loại giá trị',
    'invalid-value': 'Giá trị không hợp lệ',
    'unknown-code': 'Phân loại không xác định (giữ nguyên văn bản)',
    'coordinates-swapped': 'Vĩ độ và kinh độ bị đảo (đã sửa)',
    'coordinates-missing': 'Không có vị trí (không hiện trên bản đồ)',
    'coordinates-out-of-japan': 'Vị trí ngoài Nhật Bản (không hiện trên bản đồ)',
    'coordinates-placeholder': 'Vị trí là giá trị tạm (không hiện trên bản đồ)',
    'schedule-unparsed': 'Không hiểu được lịch (hiển thị văn bản gốc)',
    'duplicate-id': 'ID bị trùng (đã thêm hậu tố)',
    'too-deep': 'Lồng quá sâu',
  },
  error: {
    'fetch-failed': 'Không thể tải dữ liệu. Hãy kiểm tra kết nối và thử lại.',
    'http-status': 'Không tìm thấy dữ liệu. Vui lòng thử lại sau.',
    timeout: 'Tải dữ liệu quá lâu. Vui lòng thử lại.',
    'parse-failed': 'Không đọc được định dạng dữ liệu.',
    empty: 'Dữ liệu trống.',
    'geolocation-denied': 'Chưa cho phép dùng vị trí hiện tại. Bạn có thể tìm theo địa chỉ hoặc khu vực.',
    'geolocation-unavailable': 'Không lấy được vị trí hiện tại. Hãy tìm theo địa chỉ hoặc khu vực.',
    'geocoder-failed': 'Không tìm thấy địa chỉ. Hãy thử cách viết khác.',
    'submit-failed': 'Gửi không thành công. Vui lòng thử lại.',
  },
};

export default { core: strings as unknown as Strings };
