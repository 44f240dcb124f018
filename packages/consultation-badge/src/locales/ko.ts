import type { Strings } from '@chiiki/core';

/** 한국어 (ko): not yet reviewed by a native speaker. */
export const ko: Strings = {
  badge: {
    label: '지역 복지 상담 창구',
    named: '지역 복지 상담 창구: {{name}}',
    intro: '생활 속 어떤 고민이든 상담할 수 있습니다. 필요한 지원으로 연결해 드립니다.',
    status: {
      open: '운영 중',
      next: '다음 {{date}}부터',
      nextDay: '다음 {{date}}',
      paused: '일시 중단',
      closed: '종료',
      none: '다음 일정 미정',
    },
    topic: {
      care: '돌봄·간병',
      childcare: '육아',
      disability: '장애',
      living: '생활',
      health: '건강',
      isolation: '고독·고립',
      disaster: '방재·재해',
      other: '기타',
    },
    anything: '생활 속 모든 고민',
    heading: {
      topics: '상담할 수 있는 내용',
      when: '상담 시간',
      who: '상담 담당',
      referTo: '연계 기관',
      contact: '연락처',
      updated: '최종 확인일',
      card: '연결 카드(つながりカード)',
    },
    phone: '전화',
    email: '이메일',
    website: '웹사이트',
    cardNote: '이 카드를 인쇄해 가지고 다니거나 휴대전화에 연락처를 저장할 수 있습니다.',
    print: '카드 인쇄',
    save: '연락처 저장',
    close: '닫기',
    notFound: 'ID가 \'{{id}}\'인 상담 창구를 찾을 수 없습니다.',
    loadFailed: '상담 창구 정보를 불러올 수 없습니다.',
  },
};
