// Which of the 34 provinces and cities (since 1 July 2025) the app is for, from whatever was
// typed: "Tây Ninh", "tay ninh", "Tỉnh Tây Ninh", "TP HCM", "80". A province merged away in
// 2025 ("Long An") is answered with the province it became part of.
import { searchKey } from '@govmini/vn';
import {
  findProvince,
  getLegacyProvince,
  getProvince,
  legacyProvinces,
  type Province,
  provinces,
} from '@govmini/vn/admin';
import { ScaffoldError } from './errors';

export type { Province };

/** A province as the scaffolder's API shows it (a subset of @govmini/vn's Province). */
export interface ProvinceChoice {
  /** Two-digit code, e.g. "80". */
  readonly code: string;
  /** "Tây Ninh" */
  readonly name: string;
  /** "Tỉnh Tây Ninh" */
  readonly fullName: string;
  readonly kind: 'city' | 'province';
}

/** The 34 provinces and cities since 1 July 2025, in code order. */
export const provinceChoices: readonly ProvinceChoice[] = provinces.map(
  ({ code, name, fullName, kind }) => ({ code, name, fullName, kind }),
);

const words = (text: string): string =>
  searchKey(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(tinh|tp|thanh pho) /, '');

export function resolveProvince(input: string): ProvinceChoice | ScaffoldError {
  const typed = String(input ?? '')
    .normalize('NFC')
    .trim();
  if (!typed) return new ScaffoldError('province_missing', 'province');
  if (/^\d{1,3}$/.test(typed)) {
    const province = getProvince(typed);
    if (province) return province;
    const legacy = getLegacyProvince(typed);
    const became = legacy && getProvince(legacy.becameCode);
    if (legacy && became) return merged(`${legacy.name} (${legacy.code})`, became);
    return new ScaffoldError('unknown_province', 'province', { input: typed });
  }
  const found = findProvince(typed);
  if (found) return found;
  const key = words(typed);
  const legacy = key ? legacyProvinces.find((p) => words(p.name) === key) : undefined;
  const became = legacy && getProvince(legacy.becameCode);
  if (legacy && became) return merged(typed, became);
  return new ScaffoldError('unknown_province', 'province', { input: typed });
}

const merged = (input: string, became: ProvinceChoice) =>
  new ScaffoldError('merged_province', 'province', {
    input,
    province: became.fullName,
    code: became.code,
  });

/** "Tây Ninh Province", "Hồ Chí Minh City": the English form the example procedure uses. */
export const englishProvinceName = (province: ProvinceChoice): string =>
  `${province.name} ${province.kind === 'city' ? 'City' : 'Province'}`;
