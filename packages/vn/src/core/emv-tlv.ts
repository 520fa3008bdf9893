// EMV® QR Code data objects (EMVCo Merchant-Presented Mode, which VietQR follows): a string of
// ID (2 digits) + length (2 digits, 01–99) + value, templates nesting the same format inside a
// value, and a CRC-16/CCITT-FALSE over everything up to and including "6304".

/** One data object: `{ id: '54', value: '10000' }`. */
export interface TlvField {
  readonly id: string;
  readonly value: string;
}

/** `id` + two-digit length + `value`. The caller keeps `value` to 1–99 ASCII characters. */
export function encodeTlv(id: string, value: string): string {
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/**
 * Splits `text` into data objects, or returns the offset where it stops being well formed
 * (an ID or length that is not two digits, a length of 00, a value running past the end).
 */
export function readTlv(text: string): TlvField[] | { readonly brokenAt: number } {
  const fields: TlvField[] = [];
  let at = 0;
  while (at < text.length) {
    const head = text.slice(at, at + 4);
    if (!/^\d{4}$/.test(head)) return { brokenAt: at };
    const length = Number(head.slice(2));
    const end = at + 4 + length;
    if (length === 0 || end > text.length) return { brokenAt: at };
    fields.push({ id: head.slice(0, 2), value: text.slice(at + 4, end) });
    at = end;
  }
  return fields;
}

/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR) of an
 * ASCII string, as four upper-case hex digits. `crc16('123456789') === '29B1'`.
 */
export function crc16(text: string): string {
  let crc = 0xffff;
  for (let i = 0; i < text.length; i++) {
    crc ^= text.charCodeAt(i) << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}
