// @govmini/vn — Vietnamese data formats, validators and administrative units. No React, no DOM.
// Heavier, optional parts live in subpaths so an app pays only for what it uses:
//   @govmini/vn/phone     phone numbers (libphonenumber-js metadata)
//   @govmini/vn/admin     the 34 provinces of 2025 and commune search
//   @govmini/vn/calendar  working days and office hours, the Vietnamese holiday calendar, the
//                         lunar calendar, ISO days and times at +07:00
//   @govmini/vn/lunar     the lunar calendar: solar ↔ lunar, dates in words, can-chi names
//   @govmini/vn/vietqr    VietQR bank-transfer codes (NAPAS EMVCo) and the bank BIN list

// Dates and money (working days and the holiday calendar: `@govmini/vn/calendar`)
export type { CalendarDate, DateInput } from './core/calendar-date';
export {
  addDays,
  compareDates,
  daysInMonth,
  fromDayNumber,
  isValidCalendarDate,
  toCalendarDate,
  toDayNumber,
  weekday,
} from './core/calendar-date';
// Identifiers
export type {
  Cccd,
  CccdErrorCode,
  CccdFormFields,
  CccdMismatch,
  CccdOptions,
  CccdSex,
} from './core/cccd';
export { crossCheckCccd, maskCccd, parseCccd } from './core/cccd';
export type { DateErrorCode, DateOptions, DateStyle } from './core/date';
export { formatDate, fromDate, parseDate, toDate, todayInVietnam } from './core/date';
export type {
  DossierCode,
  DossierCodeErrorCode,
  DossierCodeParts,
  DossierDate,
} from './core/dossier-code';
export { formatDossierCode, parseDossierCode } from './core/dossier-code';
// Pre-2025 provinces (CCCD numbers and old papers use their codes).
// The 34 provinces since 2025 and commune search: `@govmini/vn/admin`.
export type { LegacyProvince } from './core/legacy-provinces';
export { getLegacyProvince, legacyProvinces } from './core/legacy-provinces';
// Results, messages, text
export type { Locale, MessageDomain, MessageKey, MessageOverrides } from './core/messages';
export { formatMessage } from './core/messages';
export type { MoneyErrorCode, MoneyOptions } from './core/money';
export { formatVnd, parseVnd } from './core/money';
export type { Plate, PlateError, PlateErrorCode, PlateVehicle } from './core/plate';
export { formatPlate, parsePlate } from './core/plate';
export type { MessageOptions, ParseError, ParseResult } from './core/result';
export type { TaxCode, TaxCodeErrorCode } from './core/tax-code';
export { formatTaxCode, parseTaxCode } from './core/tax-code';
export {
  normalizeText,
  removeDiacritics,
  searchKey,
  stripSeparators,
  toAsciiDigits,
} from './core/text';
