// Banks (and wallets) that receive VietQR transfers, by BIN, the 6-digit code NAPAS gives each
// one. Sources: the `vietnam-qr-pay` package (1.5.1, MIT, dist/constants/banks.js) and VietQR's
// public bank list (api.vietqr.io/v2/banks, as mirrored in public repositories), which agree on
// every BIN they share; names follow the renames of 2024–2025 (LienVietPostBank → LPBank,
// OceanBank → MBV, DongA Bank → Vikki, PG Bank → Thịnh vượng và Phát triển). Banks merge and
// rename: an app passes its own list (`[...vietQrBanks, { bin, shortName, name }]`) rather than
// waiting for a release.

/** A receiving bank: `{ bin: '970436', shortName: 'Vietcombank', name: 'Ngân hàng TMCP …' }`. */
export interface VietQrBank {
  /** The 6-digit NAPAS BIN (mã định danh ngân hàng). */
  readonly bin: string;
  /** The name people use, e.g. on a transfer screen. */
  readonly shortName: string;
  /** The full registered name, in Vietnamese. */
  readonly name: string;
}

const NH = 'Ngân hàng';
// [BIN, short name, full name]; "NH" stands for "Ngân hàng" to keep the bundle small.
const DATA: readonly (readonly [string, string, string])[] = [
  ['970436', 'Vietcombank', 'NH TMCP Ngoại thương Việt Nam'],
  ['970415', 'VietinBank', 'NH TMCP Công thương Việt Nam'],
  ['970418', 'BIDV', 'NH TMCP Đầu tư và Phát triển Việt Nam'],
  ['970405', 'Agribank', 'NH Nông nghiệp và Phát triển Nông thôn Việt Nam'],
  ['999888', 'VBSP', 'NH Chính sách Xã hội'],
  ['970407', 'Techcombank', 'NH TMCP Kỹ thương Việt Nam'],
  ['970422', 'MB', 'NH TMCP Quân đội'],
  ['970416', 'ACB', 'NH TMCP Á Châu'],
  ['970432', 'VPBank', 'NH TMCP Việt Nam Thịnh Vượng'],
  ['970423', 'TPBank', 'NH TMCP Tiên Phong'],
  ['970403', 'Sacombank', 'NH TMCP Sài Gòn Thương Tín'],
  ['970437', 'HDBank', 'NH TMCP Phát triển Thành phố Hồ Chí Minh'],
  ['970441', 'VIB', 'NH TMCP Quốc tế Việt Nam'],
  ['970443', 'SHB', 'NH TMCP Sài Gòn - Hà Nội'],
  ['970426', 'MSB', 'NH TMCP Hàng Hải Việt Nam'],
  ['970448', 'OCB', 'NH TMCP Phương Đông'],
  ['970431', 'Eximbank', 'NH TMCP Xuất Nhập khẩu Việt Nam'],
  ['970449', 'LPBank', 'NH TMCP Lộc Phát Việt Nam'],
  ['970440', 'SeABank', 'NH TMCP Đông Nam Á'],
  ['970454', 'BVBank', 'NH TMCP Bản Việt'],
  ['970409', 'Bac A Bank', 'NH TMCP Bắc Á'],
  ['970412', 'PVcomBank', 'NH TMCP Đại Chúng Việt Nam'],
  ['970425', 'ABBANK', 'NH TMCP An Bình'],
  ['970427', 'VietABank', 'NH TMCP Việt Á'],
  ['970428', 'Nam A Bank', 'NH TMCP Nam Á'],
  ['970429', 'SCB', 'NH TMCP Sài Gòn'],
  ['970430', 'PGBank', 'NH TMCP Thịnh vượng và Phát triển'],
  ['970433', 'Vietbank', 'NH TMCP Việt Nam Thương Tín'],
  ['970438', 'BAOVIET Bank', 'NH TMCP Bảo Việt'],
  ['970400', 'SAIGONBANK', 'NH TMCP Sài Gòn Công Thương'],
  ['970452', 'KienlongBank', 'NH TMCP Kiên Long'],
  ['970419', 'NCB', 'NH TMCP Quốc Dân'],
  ['970446', 'Co-opBank', 'NH Hợp tác xã Việt Nam'],
  ['970414', 'MBV', 'NH TNHH MTV Việt Nam Hiện Đại'],
  ['970406', 'Vikki', 'NH TNHH MTV Số Vikki'],
  ['970444', 'CB', 'NH Thương mại TNHH MTV Xây dựng Việt Nam'],
  ['970408', 'GPBank', 'NH Thương mại TNHH MTV Dầu Khí Toàn Cầu'],
  ['546034', 'CAKE', 'NH số CAKE by VPBank - NH TMCP Việt Nam Thịnh Vượng'],
  ['546035', 'Ubank', 'NH số Ubank by VPBank - NH TMCP Việt Nam Thịnh Vượng'],
  ['963388', 'Timo', 'NH số Timo by Bản Việt Bank'],
  ['963369', 'Liobank', 'NH số Liobank - NH TMCP Phương Đông'],
  ['970424', 'Shinhan Bank', 'NH TNHH MTV Shinhan Việt Nam'],
  ['970457', 'Woori Bank', 'NH TNHH MTV Woori Việt Nam'],
  ['970421', 'VRB', 'NH Liên doanh Việt - Nga'],
  ['970434', 'Indovina Bank', 'NH TNHH Indovina'],
  ['970439', 'Public Bank', 'NH TNHH MTV Public Việt Nam'],
  ['970442', 'Hong Leong Bank', 'NH TNHH MTV Hong Leong Việt Nam'],
  ['970458', 'UOB', 'NH United Overseas Bank Việt Nam'],
  ['970410', 'Standard Chartered', 'NH TNHH MTV Standard Chartered Bank Việt Nam'],
  ['458761', 'HSBC', 'NH TNHH MTV HSBC (Việt Nam)'],
  ['422589', 'CIMB', 'NH TNHH MTV CIMB Việt Nam'],
  ['533948', 'Citibank', 'NH Citibank, N.A. - Chi nhánh Hà Nội'],
  ['796500', 'DBS Bank', 'DBS Bank Ltd - Chi nhánh Thành phố Hồ Chí Minh'],
  ['668888', 'KBank', 'NH Đại chúng TNHH Kasikornbank - Chi nhánh TP. Hồ Chí Minh'],
  ['970455', 'IBK Hà Nội', 'NH Công nghiệp Hàn Quốc - Chi nhánh Hà Nội'],
  ['970456', 'IBK HCM', 'NH Công nghiệp Hàn Quốc - Chi nhánh TP. Hồ Chí Minh'],
  ['970462', 'Kookmin Hà Nội', 'NH Kookmin - Chi nhánh Hà Nội'],
  ['970463', 'Kookmin HCM', 'NH Kookmin - Chi nhánh TP. Hồ Chí Minh'],
  ['970466', 'KEB Hana HCM', 'NH KEB Hana - Chi nhánh TP. Hồ Chí Minh'],
  ['970467', 'KEB Hana Hà Nội', 'NH KEB Hana - Chi nhánh Hà Nội'],
  ['801011', 'Nonghyup', 'NH Nonghyup - Chi nhánh Hà Nội'],
  ['971005', 'Viettel Money', 'Tổng Công ty Dịch vụ số Viettel'],
  ['971011', 'VNPT Money', 'VNPT Money'],
  ['971025', 'MoMo', 'CTCP Dịch vụ Di động Trực tuyến'],
];

/** The default list; pass your own (e.g. `[...vietQrBanks, newBank]`) to extend or replace it. */
export const vietQrBanks: readonly VietQrBank[] = DATA.map(([bin, shortName, name]) => ({
  bin,
  shortName,
  name: name.replace(/\bNH\b/g, NH),
}));

/** The bank with this BIN in `banks` (default: `vietQrBanks`), or `undefined`. */
export function findVietQrBank(
  bin: string,
  banks: readonly VietQrBank[] = vietQrBanks,
): VietQrBank | undefined {
  return banks.find((bank) => bank.bin === bin);
}
