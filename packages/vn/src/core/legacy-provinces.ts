// The 63 provinces before 1 July 2025, with their GSO codes. CCCD numbers keep the
// 3-digit form of these codes for life (Appendix I, Circular 07/2016/TT-BCA), and old
// papers still name these units, so they stay first-class data.
//
// `becameCode` is the 2025 province each one merged into (research §3.6). Note that the
// new code is not always the one whose name survived: Long An (80) became part of Tây Ninh,
// which took code 80; Tiền Giang (82) became part of Đồng Tháp, which took code 82.

export interface LegacyProvince {
  /** Two-digit GSO code before 2025, e.g. `"02"`. */
  readonly code: string;
  /** Name without "Tỉnh"/"Thành phố", NFC. */
  readonly name: string;
  /** Centrally-run city (thành phố trực thuộc trung ương) or province. */
  readonly kind: 'city' | 'province';
  /** Code of the 2025 province it is now part of. */
  readonly becameCode: string;
}

// code, name, kind (c = city), became
const ROWS = `01 Hà Nội c 01;02 Hà Giang p 08;04 Cao Bằng p 04;06 Bắc Kạn p 19;08 Tuyên Quang p 08;10 Lào Cai p 15;11 Điện Biên p 11;12 Lai Châu p 12;14 Sơn La p 14;15 Yên Bái p 15;17 Hòa Bình p 25;19 Thái Nguyên p 19;20 Lạng Sơn p 20;22 Quảng Ninh p 22;24 Bắc Giang p 24;25 Phú Thọ p 25;26 Vĩnh Phúc p 25;27 Bắc Ninh p 24;30 Hải Dương p 31;31 Hải Phòng c 31;33 Hưng Yên p 33;34 Thái Bình p 33;35 Hà Nam p 37;36 Nam Định p 37;37 Ninh Bình p 37;38 Thanh Hóa p 38;40 Nghệ An p 40;42 Hà Tĩnh p 42;44 Quảng Bình p 44;45 Quảng Trị p 44;46 Thừa Thiên Huế p 46;48 Đà Nẵng c 48;49 Quảng Nam p 48;51 Quảng Ngãi p 51;52 Bình Định p 52;54 Phú Yên p 66;56 Khánh Hòa p 56;58 Ninh Thuận p 56;60 Bình Thuận p 68;62 Kon Tum p 51;64 Gia Lai p 52;66 Đắk Lắk p 66;67 Đắk Nông p 68;68 Lâm Đồng p 68;70 Bình Phước p 75;72 Tây Ninh p 80;74 Bình Dương p 79;75 Đồng Nai p 75;77 Bà Rịa - Vũng Tàu p 79;79 Hồ Chí Minh c 79;80 Long An p 80;82 Tiền Giang p 82;83 Bến Tre p 86;84 Trà Vinh p 86;86 Vĩnh Long p 86;87 Đồng Tháp p 82;89 An Giang p 91;91 Kiên Giang p 91;92 Cần Thơ c 92;93 Hậu Giang p 92;94 Sóc Trăng p 92;95 Bạc Liêu p 96;96 Cà Mau p 96`;

/** All 63 pre-2025 provinces, in code order. */
export const legacyProvinces: readonly LegacyProvince[] = ROWS.split(';').map((row) => {
  const parts = row.split(' ');
  const code = parts[0] as string;
  const becameCode = parts[parts.length - 1] as string;
  const kind = parts[parts.length - 2] === 'c' ? 'city' : 'province';
  return { code, name: parts.slice(1, -2).join(' '), kind, becameCode };
});

const byCode = new Map(legacyProvinces.map((p) => [p.code, p]));

/**
 * The pre-2025 province with this code. Accepts `"2"`, `"02"` or the CCCD form `"002"`.
 */
export function getLegacyProvince(code: string | number): LegacyProvince | undefined {
  const digits = String(code).trim();
  if (!/^\d{1,3}$/.test(digits)) return undefined;
  return byCode.get(String(Number(digits)).padStart(2, '0'));
}
