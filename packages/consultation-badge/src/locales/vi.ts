import type { Strings } from '@chiiki/core';

/** Tiếng Việt (vi): not yet reviewed by a native speaker. */
export const vi: Strings = {
  badge: {
    label: 'Điểm tư vấn phúc lợi khu vực',
    named: 'Điểm tư vấn phúc lợi khu vực: {{name}}',
    intro: 'Bạn có thể trao đổi về bất kỳ khó khăn nào trong cuộc sống. Chúng tôi sẽ kết nối bạn với sự hỗ trợ phù hợp.',
    status: {
      open: 'Đang mở',
      next: 'Lần tới: {{date}}',
      nextDay: 'Lần tới: {{date}}',
      paused: 'Tạm nghỉ',
      closed: 'Đã kết thúc',
      none: 'Chưa có lịch lần tới',
    },
    topic: {
      care: 'Chăm sóc người cao tuổi',
      childcare: 'Nuôi dạy con',
      disability: 'Khuyết tật',
      living: 'Đời sống hằng ngày',
      health: 'Sức khỏe',
      isolation: 'Cô đơn, cô lập',
      disaster: 'Thiên tai và phòng chống',
      other: 'Khác',
    },
    anything: 'Mọi khó khăn trong cuộc sống',
    heading: {
      topics: 'Có thể tư vấn về',
      when: 'Thời gian',
      who: 'Người tiếp nhận',
      referTo: 'Nơi kết nối',
      contact: 'Liên hệ',
      updated: 'Ngày xác nhận gần nhất',
      card: 'Thẻ kết nối (つながりカード)',
    },
    phone: 'Điện thoại',
    email: 'Email',
    website: 'Trang web',
    cardNote: 'Bạn có thể in thẻ này để mang theo, hoặc lưu liên hệ vào điện thoại.',
    print: 'In thẻ',
    save: 'Lưu liên hệ',
    close: 'Đóng',
    notFound: 'Không tìm thấy điểm tư vấn có ID “{{id}}”.',
    loadFailed: 'Không thể tải thông tin điểm tư vấn.',
  },
};
