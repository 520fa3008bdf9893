// @govmini/vn/admin — the 34 provinces and cities since 1 July 2025 (with the 63 they were
// formed from), and a fast, diacritic-insensitive search over commune data the app supplies.

export type {
  AdminCommune,
  AdminDataCommune,
  AdminDataProvince,
  AdminIndex,
  AdminProvince,
  AdminSearchOptions,
  AdminSearchResult,
  AdminUnitRef,
} from './core/admin-index';
export { AdminDataError, createAdminIndex } from './core/admin-index';
export type { LegacyProvince } from './core/legacy-provinces';
export { getLegacyProvince, legacyProvinces } from './core/legacy-provinces';
export type { Province } from './core/provinces';
export {
  findProvince,
  getProvince,
  legacyProvince,
  legacyProvincesOf,
  provinces,
} from './core/provinces';
