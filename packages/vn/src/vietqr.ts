// @govmini/vn/vietqr — VietQR, the NAPAS bank-transfer QR code every Vietnamese banking app
// scans: make the payload for a fee (buildVietQr), read one back (parseVietQr), and the list
// of receiving banks by BIN. A separate entry so that apps without payments don't ship it.

export type { TlvField } from './core/emv-tlv';
export { crc16, encodeTlv, readTlv } from './core/emv-tlv';
export type {
  VietQr,
  VietQrBuildErrorCode,
  VietQrError,
  VietQrErrorCode,
  VietQrInput,
  VietQrOptions,
} from './core/vietqr';
export { buildVietQr, NAPAS_GUID, parseVietQr } from './core/vietqr';
export type { VietQrBank } from './core/vietqr-banks';
export { findVietQrBank, vietQrBanks } from './core/vietqr-banks';
