// VietQR against properties rather than examples: every code we make reads back the same, through
// our parser and through an independent EMVCo decoder written here from the specification; and
// every one-character corruption of a code is refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removeDiacritics } from './text';
import { buildVietQr, parseVietQr, type VietQr, type VietQrInput } from './vietqr';
import { vietQrBanks } from './vietqr-banks';

// ---- An independent EMVCo MPM decoder (EMV® QR Code Specification for Payment Systems,
// Merchant-Presented Mode): IDs 26–51, 62, 64 and 80–99 are templates; CRC-16/CCITT-FALSE,
// table-driven here (ours computes bit by bit), over the payload up to and including "6304".
type Decoded = { [id: string]: string | Decoded };

const CRC_TABLE = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte << 8;
  for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1;
  return crc & 0xffff;
});

function tableCrc(text: string): number {
  let crc = 0xffff;
  for (const char of text) {
    crc = ((crc << 8) ^ (CRC_TABLE[((crc >> 8) ^ char.charCodeAt(0)) & 0xff] as number)) & 0xffff;
  }
  return crc;
}

const isTemplate = (id: number) => (id >= 26 && id <= 51) || id === 62 || id === 64 || id >= 80;

function decodeObjects(text: string, nested: boolean): Decoded {
  const out: Decoded = {};
  for (let at = 0; at < text.length; ) {
    const id = text.slice(at, at + 2);
    const length = Number.parseInt(text.slice(at + 2, at + 4), 10);
    const value = text.slice(at + 4, at + 4 + length);
    if (value.length !== length) throw new Error(`object ${id} runs past the end`);
    out[id] = nested && isTemplate(Number(id)) ? decodeObjects(value, false) : value;
    at += 4 + length;
  }
  return out;
}

function emvDecode(payload: string): Decoded {
  const crc = payload.slice(-4);
  if (Number.parseInt(crc, 16) !== tableCrc(payload.slice(0, -4))) throw new Error('bad CRC');
  return decodeObjects(payload, true);
}

// ---- Generators
const vietnamese = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ',
];
const purposeChar = fc.constantFrom(
  ...vietnamese,
  ...vietnamese.map((c) => c.toUpperCase()),
  ...'0123456789    ',
);
const referenceChar = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz.-/ ');

const inputs: fc.Arbitrary<VietQrInput> = fc
  .record({
    bank: fc.constantFrom(...vietQrBanks),
    toCard: fc.boolean(),
    account: fc.stringMatching(/^[0-9A-Za-z]{1,19}$/),
    card: fc.stringMatching(/^\d{13,19}$/),
    amount: fc.option(fc.integer({ min: 1, max: 9_999_999_999_999 }), { nil: undefined }),
    purpose: fc.option(fc.string({ unit: purposeChar, minLength: 1, maxLength: 25 }), {
      nil: undefined,
    }),
    reference: fc.option(fc.string({ unit: referenceChar, minLength: 1, maxLength: 25 }), {
      nil: undefined,
    }),
  })
  .map(({ bank, toCard, account, card, amount, purpose, reference }) => ({
    bankBin: bank.bin,
    accountNumber: toCard ? card : account,
    toCard,
    amount,
    purpose,
    reference,
  }));

/** What the purpose becomes in the code: no accents, single spaces, trimmed. */
const expectedPurpose = (purpose: string | undefined) =>
  removeDiacritics(purpose ?? '')
    .replace(/\s+/g, ' ')
    .trim() || undefined;

describe('round trip', () => {
  it('reads back every field it was given, through parseVietQr and an independent decoder', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const built = buildVietQr(input);
        expect(built.ok).toBe(true);
        if (!built.ok) return;
        const payload = built.value;
        const purpose = expectedPurpose(input.purpose);
        const reference = input.reference?.trim() || undefined;

        const parsed = parseVietQr(payload);
        expect(parsed).toEqual({
          ok: true,
          value: {
            bankBin: input.bankBin,
            bank: vietQrBanks.find((b) => b.bin === input.bankBin),
            accountNumber: input.accountNumber,
            toCard: input.toCard,
            initiation: input.amount === undefined ? 'static' : 'dynamic',
            ...(input.amount !== undefined && { amount: input.amount }),
            ...(purpose && { purpose }),
            ...(reference && { reference }),
            additionalData: {},
            otherFields: {},
          },
        });

        const emv = emvDecode(payload);
        expect(emv['00']).toBe('01');
        expect(emv['53']).toBe('704');
        expect(emv['58']).toBe('VN');
        expect(emv['54']).toBe(input.amount === undefined ? undefined : String(input.amount));
        const merchant = emv['38'] as Decoded;
        expect(merchant['00']).toBe('A000000727');
        expect(merchant['02']).toBe(input.toCard ? 'QRIBFTTC' : 'QRIBFTTA');
        expect(decodeObjects(merchant['01'] as string, false)).toEqual({
          '00': input.bankBin,
          '01': input.accountNumber,
        });
        const additional = (emv['62'] ?? {}) as Decoded;
        expect(additional['05']).toBe(reference);
        expect(additional['08']).toBe(purpose);
        expect(emv['63']).toBe(payload.slice(-4)); // and last: the decoder read it at the end
        expect(payload.slice(-8, -4)).toBe('6304');
      }),
      { numRuns: 500 },
    );
  });
});

describe('one-character corruption', () => {
  const PRINTABLE = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
  const codes = [
    buildVietQr({ bankBin: '970436', accountNumber: '0011001234567' }),
    buildVietQr({
      bankBin: '970418',
      accountNumber: '12010000123456',
      amount: 150_000,
      purpose: 'Lệ phí cấp đổi căn cước',
      reference: '000.00.06.H56-231027-0361',
    }),
  ].map((result) => (result.ok ? result.value : ''));

  it.each(codes)(
    'is refused at every position, with every other printable character: %s',
    (code) => {
      expect(parseVietQr(code).ok).toBe(true);
      const body = code.length - 8; // up to "6304", which the CRC covers
      const accepted: string[] = [];
      const notByChecksum: string[] = [];
      let tried = 0;
      for (let i = 0; i < code.length; i++) {
        for (const char of PRINTABLE) {
          if (char === code[i]) continue;
          const corrupted = code.slice(0, i) + char + code.slice(i + 1);
          const result = parseVietQr(corrupted);
          tried++;
          if (result.ok) accepted.push(`${i}:${char}`);
          // In the body a change may keep the structure (a digit of the amount, a letter of the
          // message): the CRC is what catches it, and it is checked first.
          else if (i < body && result.error.code !== 'checksum') notByChecksum.push(`${i}:${char}`);
        }
      }
      expect(tried).toBe(code.length * (PRINTABLE.length - 1));
      expect(accepted).toEqual([]);
      expect(notByChecksum).toEqual([]);
    },
  );

  it.each(codes)(
    'never reads the same fields when the CRC is recomputed after the change: %s',
    (code) => {
      // A generator bug or a forger recomputes the CRC. Then the code may still be valid, but
      // it must not read as the original: every character of the body means something.
      const original = parseVietQr(code) as { ok: true; value: VietQr };
      const body = code.slice(0, -4);
      const same: string[] = [];
      for (let i = 0; i < body.length - 4; i++) {
        for (const char of PRINTABLE) {
          if (char === body[i]) continue;
          const changed = body.slice(0, i) + char + body.slice(i + 1);
          const hex = tableCrc(changed).toString(16).toUpperCase().padStart(4, '0');
          const result = parseVietQr(changed + hex);
          if (result.ok && JSON.stringify(result.value) === JSON.stringify(original.value)) {
            same.push(`${i}:${char}`);
          }
        }
      }
      expect(same).toEqual([]);
    },
  );
});
