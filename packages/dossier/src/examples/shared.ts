// Pieces the example procedures share: the fictional province "Tỉnh Mẫu" (unit codes in the
// Circular 01/2018 form, with the letter-and-number part H99, which no real province uses) and
// option lists from national catalogues.
import type { LocalizedText, Option } from '../core/definition/types';

export const TINH_MAU = {
  name: { vi: 'Tỉnh Mẫu', en: 'Mẫu Province' },
  units: {
    /** Ủy ban nhân dân xã Hòa An (commune level: civil status). */
    communeHoaAn: '000.21.30.H99',
    /** Sở Tư pháp (judicial records). */
    justiceDepartment: '000.00.12.H99',
    /** Trung tâm Đăng kiểm xe cơ giới (vehicle inspection). */
    inspectionCentre: '000.00.25.H99',
  },
} as const;

export const SEX_OPTIONS: readonly Option[] = [
  { value: 'male', label: { vi: 'Nam', en: 'Male' } },
  { value: 'female', label: { vi: 'Nữ', en: 'Female' } },
];

const text = (vi: string, en: string): LocalizedText => ({ vi, en });

/** The 54 ethnic groups of Viet Nam with their GSO codes (Danh mục các dân tộc Việt Nam). */
// biome-ignore format: one catalogue row per line is easier to check against the source
const ETHNIC_GROUPS = [
  'Kinh', 'Tày', 'Thái', 'Hoa', 'Khơ-me', 'Mường', 'Nùng', 'Mông', 'Dao', 'Gia-rai',
  'Ngái', 'Ê-đê', 'Ba-na', 'Xơ-đăng', 'Sán Chay', 'Cơ-ho', 'Chăm', 'Sán Dìu', 'Hrê', 'Mnông',
  'Ra-glai', 'Xtiêng', 'Bru-Vân Kiều', 'Thổ', 'Giáy', 'Cơ-tu', 'Giẻ-Triêng', 'Mạ', 'Khơ-mú', 'Co',
  'Tà-ôi', 'Chơ-ro', 'Kháng', 'Xinh-mun', 'Hà Nhì', 'Chu-ru', 'Lào', 'La Chí', 'La Ha', 'Phù Lá',
  'La Hủ', 'Lự', 'Lô Lô', 'Chứt', 'Mảng', 'Pà Thẻn', 'Cờ Lao', 'Cống', 'Bố Y', 'Si La',
  'Pu Péo', 'Brâu', 'Ơ-đu', 'Rơ-măm',
] as const;

export const ETHNICITY_OPTIONS: readonly Option[] = ETHNIC_GROUPS.map((name, i) => ({
  value: String(i + 1).padStart(2, '0'),
  label: { vi: name },
}));

/** Photos or scans of a paper document: what citizens have on their phones. */
export const SCAN_ACCEPT = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];

export const FULL_NAME_PATTERN = {
  // Letters (any script, for ethnic-minority names), spaces, apostrophes and hyphens.
  regex: "\\p{L}[\\p{L}\\p{M} '\\-]*",
  message: text(
    'Họ và tên chỉ gồm chữ cái, dấu cách và dấu gạch nối. Vui lòng viết đầy đủ, có dấu, ví dụ Nguyễn Thị Mai Anh.',
    'A full name has letters, spaces and hyphens only. Write it in full, with diacritics, like Nguyễn Thị Mai Anh.',
  ),
};

export { text };
