// A starting colour pair for each of the 34 provinces and cities, by province code. These are
// DEFAULTS TO EDIT, not official colours: plausible choices from each place's landscape or
// heritage, so a new app does not open in someone else's blue. A province replaces them with its
// own brand colours (the scaffolder asks; later, src/theme.ts). Where @govmini/ui ships a ready
// theme (Tây Ninh, Thái Nguyên, Huế, Đà Nẵng) the same colours are used.

export interface ProvinceColours {
  /** Brand colour: buttons, links, the header. */
  readonly primary: string;
  /** Badges, markers, highlights. */
  readonly accent: string;
}

// biome-ignore format: one province per line, in code order, is easier to check
export const provinceColours: Readonly<Record<string, ProvinceColours>> = {
  '01': { primary: '#a5161d', accent: '#b8860b' }, // Hà Nội: lacquer red, old gold
  '04': { primary: '#1b6e4a', accent: '#2a7ab0' }, // Cao Bằng: Bản Giốc green and water
  '08': { primary: '#8b1e1e', accent: '#c8a200' }, // Tuyên Quang: Tân Trào red, gold
  '11': { primary: '#6b3a16', accent: '#c62828' }, // Điện Biên: earth brown, red
  '12': { primary: '#2e6b30', accent: '#d98e04' }, // Lai Châu: mountain green, terraces
  '14': { primary: '#6a3d9a', accent: '#e39b00' }, // Sơn La: ban flower purple
  '15': { primary: '#2f5d8a', accent: '#6a9f2a' }, // Lào Cai: Fansipan sky, rice terraces
  '19': { primary: '#2e7d32', accent: '#6d4c41' }, // Thái Nguyên: tea green, tea-hill soil
  '20': { primary: '#5d4037', accent: '#d9822b' }, // Lạng Sơn: stone, persimmon
  '22': { primary: '#00695c', accent: '#f2a900' }, // Quảng Ninh: Hạ Long bay, sun
  '24': { primary: '#8d2a1f', accent: '#c99a2e' }, // Bắc Ninh: Đông Hồ paper red, gold
  '25': { primary: '#9a2a2a', accent: '#3f7d3a' }, // Phú Thọ: Hùng temple red, midland green
  '31': { primary: '#b71c1c', accent: '#2e7d32' }, // Hải Phòng: flame-tree red, leaves
  '33': { primary: '#8a4b08', accent: '#3f7d3a' }, // Hưng Yên: longan brown, orchards
  '37': { primary: '#3e6b3a', accent: '#b07d2b' }, // Ninh Bình: Tràng An green, limestone
  '38': { primary: '#1f5fa6', accent: '#d97a00' }, // Thanh Hóa: sea blue, sunset
  '40': { primary: '#9f2b22', accent: '#2e7d32' }, // Nghệ An: red earth, rice
  '42': { primary: '#0b5cad', accent: '#e39b00' }, // Hà Tĩnh: sea blue, sand
  '44': { primary: '#4a5a2a', accent: '#b5651d' }, // Quảng Trị: olive, clay
  '46': { primary: '#5b2a86', accent: '#c9a227' }, // Huế: tím Huế, imperial gold
  '48': { primary: '#0095da', accent: '#f26522' }, // Đà Nẵng: sea blue, Dragon Bridge fire
  '51': { primary: '#0d5c7a', accent: '#d98e04' }, // Quảng Ngãi: Trà Khúc river, sugar cane
  '52': { primary: '#7b3f00', accent: '#2e7d32' }, // Gia Lai: basalt soil, coffee leaves
  '56': { primary: '#00838f', accent: '#f2a900' }, // Khánh Hòa: Nha Trang sea, sand
  '66': { primary: '#6d4c41', accent: '#c62828' }, // Đắk Lắk: coffee, coffee cherry
  '68': { primary: '#4a2c6d', accent: '#e0a800' }, // Lâm Đồng: Đà Lạt purple, mimosa
  '75': { primary: '#1b5e20', accent: '#c77800' }, // Đồng Nai: forest green, river sand
  '79': { primary: '#0b4f8a', accent: '#e53935' }, // Hồ Chí Minh: Saigon river blue, red
  '80': { primary: '#00796b', accent: '#f2a900' }, // Tây Ninh: Dầu Tiếng lake, Cao Đài gold
  '82': { primary: '#ad1457', accent: '#2e7d32' }, // Đồng Tháp: lotus pink, lotus leaf
  '86': { primary: '#2e7d32', accent: '#8d6e63' }, // Vĩnh Long: coconut green, husk
  '91': { primary: '#1565c0', accent: '#d98e04' }, // An Giang: Hậu river blue, rice
  '92': { primary: '#0277bd', accent: '#f9a825' }, // Cần Thơ: river blue, floating market
  '96': { primary: '#00695c', accent: '#8d6e63' }, // Cà Mau: mangrove green, mudflat
};

/** The preset for a province code; every one of the 34 has one (tested). */
export function coloursOf(provinceCode: string): ProvinceColours {
  const colours = provinceColours[provinceCode];
  if (!colours)
    throw new Error(`create-govmini-app: no preset colours for province ${provinceCode}.`);
  return colours;
}
