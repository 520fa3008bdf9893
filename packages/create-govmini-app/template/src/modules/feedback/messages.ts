import type { Catalogue } from '../../i18n';

const vi = {
  'mine.send': 'Gửi phản ánh',
};

export const feedbackMessages: Catalogue<keyof typeof vi> = {
  vi,
  en: {
    'mine.send': 'Send a report',
  },
};

export const feedbackTiles = {
  send: {
    label: { vi: 'Gửi phản ánh, kiến nghị', en: 'Report a problem' },
    description: {
      vi: 'Ảnh, vị trí, gửi được cả khi mất mạng',
      en: 'Photos, place, works offline',
    },
  },
  mine: {
    label: { vi: 'Phản ánh của tôi', en: 'My reports' },
    description: { vi: 'Tình trạng và câu trả lời', en: 'Status and answers' },
  },
  public: {
    label: { vi: 'Phản ánh đã được trả lời', en: 'Answered reports' },
    description: { vi: 'Câu trả lời công khai của cơ quan', en: 'Public answers' },
  },
} as const;
