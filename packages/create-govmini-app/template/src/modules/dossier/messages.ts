import type { Catalogue } from '../../i18n';

const vi = {
  'myDossiers.new': 'Nộp hồ sơ mới',
  'lookup.title': 'Tra cứu hồ sơ',
  'journey.choose': 'Chọn thủ tục',
};

export const dossierMessages: Catalogue<keyof typeof vi> = {
  vi,
  en: {
    'myDossiers.new': 'File a new dossier',
    'lookup.title': 'Look up a dossier',
    'journey.choose': 'Choose a procedure',
  },
};

export const dossierTiles = {
  file: {
    label: { vi: 'Nộp hồ sơ trực tuyến', en: 'File a dossier online' },
    description: { vi: '{{procedureTitle}}', en: '{{procedureTitleEn}}' },
  },
  mine: {
    label: { vi: 'Hồ sơ của tôi', en: 'My dossiers' },
    description: { vi: 'Tình trạng, bổ sung, đánh giá', en: 'Status, supplements, rating' },
  },
  lookup: {
    label: { vi: 'Tra cứu hồ sơ', en: 'Look up a dossier' },
    description: { vi: 'Theo mã hồ sơ, không cần đăng nhập', en: 'By its code, no sign-in' },
  },
} as const;
