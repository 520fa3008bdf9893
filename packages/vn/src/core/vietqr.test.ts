import { describe, expect, it } from 'vitest';
import { vietQrMessages } from '../messages/vietqr';
import { crc16, readTlv } from './emv-tlv';
import { buildVietQr, parseVietQr, type VietQrInput } from './vietqr';
import { findVietQrBank, vietQrBanks } from './vietqr-banks';

/** `body` + "6304" + its CRC: a well-formed payload around whatever body a test needs. */
const withCrc = (body: string) => `${body}6304${crc16(`${body}6304`)}`;
const built = (input: VietQrInput) => {
  const result = buildVietQr(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

// Published payloads with their CRCs: vietnam-qr-pay 1.5.1's README (research §3.9: AE9F, 53E6,
// and its MoMo and ZaloPay examples) and VietQR.io's API documentation (3ACF).
const ACB_STATIC =
  '00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F';
const ACB_DYNAMIC =
  '00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6';
const VIETINBANK_VIETQR_IO =
  '00020101021238560010A0000007270126000697041501121133666688880208QRIBFTTA53037045405790005802VN62220818Ung Ho Quy Vac Xin63043ACF';
const MOMO =
  '00020101021138620010A000000727013200069710250118PSP1234567890000000208QRIBFTTA53037045802VN62190515MOMOW2W123456786304821F';
const MOMO_OLD =
  '00020101021138620010A00000072701320006970454011899MM24011M348750800208QRIBFTTA53037045802VN62190515MOMOW2W3487508080030466304EBC8';
const ZALOPAY =
  '00020101021138620010A00000072701320006970454011899ZP24009M072482670208QRIBFTTA53037045802VN6304073C';

describe('crc16 (CRC-16/CCITT-FALSE)', () => {
  it('gives the catalogued check value and the published CRCs', () => {
    expect(crc16('123456789')).toBe('29B1');
    expect(crc16(ACB_STATIC.slice(0, -4))).toBe('AE9F');
    expect(crc16(ACB_DYNAMIC.slice(0, -4))).toBe('53E6');
    expect(crc16('')).toBe('FFFF');
  });
});

describe('buildVietQr', () => {
  it('reproduces the published codes byte for byte', () => {
    expect(built({ bankBin: '970416', accountNumber: '257678859' })).toBe(ACB_STATIC);
    expect(
      built({
        bankBin: '970416',
        accountNumber: '257678859',
        amount: 10000,
        purpose: 'Chuyen tien',
      }),
    ).toBe(ACB_DYNAMIC);
    expect(
      built({
        bankBin: '970415',
        accountNumber: '113366668888',
        amount: 79000,
        purpose: 'Ung Ho Quy Vac Xin',
      }),
    ).toBe(VIETINBANK_VIETQR_IO);
    expect(
      built({
        bankBin: '971025',
        accountNumber: 'PSP123456789000000',
        reference: 'MOMOW2W12345678',
      }),
    ).toBe(MOMO);
    expect(built({ bankBin: '970454', accountNumber: '99ZP24009M07248267' })).toBe(ZALOPAY);
  });

  it('removes Vietnamese accents from the message and tidies what people type', () => {
    const code = built({
      bankBin: ' 970 436 ',
      accountNumber: '0011.0012-34567',
      amount: 50_000,
      purpose: '  Lệ phí   cấp đổi  CCCD ',
      reference: '000.00.06.H56-231027-0361',
    });
    const result = parseVietQr(code);
    expect(result).toMatchObject({
      ok: true,
      value: {
        bankBin: '970436',
        accountNumber: '0011001234567',
        amount: 50_000,
        purpose: 'Le phi cap doi CCCD',
        reference: '000.00.06.H56-231027-0361',
        initiation: 'dynamic',
      },
    });
    expect(
      built({ bankBin: '970436', accountNumber: '1', purpose: 'Đóng góp ĐOÀN PHÍ' }),
    ).toContain('0817Dong gop DOAN PHI');
  });

  it('pays to a card with QRIBFTTC', () => {
    const code = built({ bankBin: '970436', accountNumber: '9704 3600 1234 5678', toCard: true });
    expect(code).toContain('0208QRIBFTTC');
    expect(parseVietQr(code)).toMatchObject({
      ok: true,
      value: { toCard: true, accountNumber: '9704360012345678' },
    });
  });

  it.each([
    [{ bankBin: '97043', accountNumber: '1' }, 'bank_bin'],
    [{ bankBin: 'abcdef', accountNumber: '1' }, 'bank_bin'],
    [{ bankBin: '123456', accountNumber: '1' }, 'unknown_bank'],
    [{ bankBin: '970436', accountNumber: '' }, 'account_number'],
    [{ bankBin: '970436', accountNumber: '12345678901234567890' }, 'account_number'],
    [{ bankBin: '970436', accountNumber: 'tài khoản' }, 'account_number'],
    [{ bankBin: '970436', accountNumber: '12345', toCard: true }, 'card_number'],
    [{ bankBin: '970436', accountNumber: '1', amount: 0 }, 'amount'],
    [{ bankBin: '970436', accountNumber: '1', amount: -5 }, 'amount'],
    [{ bankBin: '970436', accountNumber: '1', amount: 1.5 }, 'amount'],
    [{ bankBin: '970436', accountNumber: '1', amount: 10_000_000_000_000 }, 'amount'],
    [{ bankBin: '970436', accountNumber: '1', amount: Number.NaN }, 'amount'],
    [{ bankBin: '970436', accountNumber: '1', purpose: 'x'.repeat(26) }, 'purpose'],
    [{ bankBin: '970436', accountNumber: '1', purpose: 'Phí #1' }, 'purpose'],
    [{ bankBin: '970436', accountNumber: '1', reference: 'HS_2025' }, 'reference'],
    [{ bankBin: '970436', accountNumber: '1', reference: 'r'.repeat(26) }, 'reference'],
  ] as const)('refuses %o with %s', (input, code) => {
    const result = buildVietQr(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toBe(
        vietQrMessages.vi[`vietqr.${code}`].replace('{bin}', '123456'),
      );
    }
  });

  it('never throws on what plain JavaScript might pass', () => {
    for (const input of [null, undefined, 42, 'x', {}] as unknown[]) {
      expect(buildVietQr(input as VietQrInput)).toMatchObject({ ok: false });
    }
  });

  it('takes the bank list from the app, to add a bank or restrict to some', () => {
    const newBank = { bin: '970999', shortName: 'Ngân hàng Mới', name: 'Ngân hàng TMCP Mới' };
    expect(buildVietQr({ bankBin: '970999', accountNumber: '1' }).ok).toBe(false);
    const banks = [...vietQrBanks, newBank];
    const code = buildVietQr({ bankBin: '970999', accountNumber: '1' }, { banks });
    expect(code.ok).toBe(true);
    if (code.ok)
      expect(parseVietQr(code.value, { banks })).toMatchObject({ value: { bank: newBank } });
    expect(
      buildVietQr({ bankBin: '970436', accountNumber: '1' }, { banks: [newBank] }),
    ).toMatchObject({ ok: false, error: { code: 'unknown_bank' } });
  });

  it('speaks English', () => {
    expect(buildVietQr({ bankBin: '1', accountNumber: '1' }, { locale: 'en' })).toMatchObject({
      error: { message: vietQrMessages.en['vietqr.bank_bin'] },
    });
  });
});

describe('parseVietQr', () => {
  it('reads the published codes', () => {
    expect(parseVietQr(ACB_STATIC)).toEqual({
      ok: true,
      value: {
        bankBin: '970416',
        bank: findVietQrBank('970416'),
        accountNumber: '257678859',
        toCard: false,
        initiation: 'static',
        additionalData: {},
        otherFields: {},
      },
    });
    expect(parseVietQr(ACB_DYNAMIC)).toMatchObject({
      ok: true,
      value: { amount: 10000, purpose: 'Chuyen tien', initiation: 'dynamic' },
    });
    expect(parseVietQr(VIETINBANK_VIETQR_IO)).toMatchObject({
      value: { bank: { shortName: 'VietinBank' }, amount: 79000, purpose: 'Ung Ho Quy Vac Xin' },
    });
    expect(parseVietQr(MOMO)).toMatchObject({
      value: { bank: { shortName: 'MoMo' }, reference: 'MOMOW2W12345678' },
    });
    // Field 80 (unreserved, EMVCo) carries MoMo's own data: kept, not refused.
    expect(parseVietQr(MOMO_OLD)).toMatchObject({
      value: { bank: { shortName: 'BVBank' }, otherFields: { '80': '046' } },
    });
    expect(parseVietQr(ZALOPAY)).toMatchObject({ value: { accountNumber: '99ZP24009M07248267' } });
  });

  it('keeps fields VietQR does not define, and every sub-field of 62', () => {
    const code = withCrc(
      '000201010212' +
        '38540010A00000072701240006970436011000112233440208QRIBFTTA' +
        '52045999530370454062000005802VN5907CONG AN6006HA NOI' +
        '62310107HD000120506202507' +
        '0806Le phi' +
        '8003abc',
    );
    expect(parseVietQr(code)).toMatchObject({
      ok: true,
      value: {
        amount: 200_000,
        billNumber: 'HD00012',
        reference: '202507',
        purpose: 'Le phi',
        otherFields: { '52': '5999', '59': 'CONG AN', '60': 'HA NOI', '80': 'abc' },
      },
    });
  });

  it('reads a code without the initiation field, and trims what a scanner adds around it', () => {
    const code = withCrc(
      '000201' + '38540010A00000072701240006970436011000112233440208QRIBFTTA' + '53037045802VN',
    );
    expect(parseVietQr(`\n${code} `)).toMatchObject({ ok: true, value: { initiation: undefined } });
  });

  const account = '38540010A00000072701240006970436011000112233440208QRIBFTTA';
  it.each([
    ['a number', 42, 'empty', undefined],
    ['blank text', '   ', 'empty', undefined],
    [
      'Vietnamese letters',
      `${ACB_STATIC.slice(0, -10)}đ${ACB_STATIC.slice(-9)}`,
      'characters',
      undefined,
    ],
    ['no CRC at the end', ACB_STATIC.slice(0, -8), 'format', undefined],
    [
      'a lower-case CRC',
      ACB_STATIC.toLowerCase().replace(/^.*6304/, ACB_STATIC.slice(0, -4)),
      'format',
      undefined,
    ],
    ['a wrong CRC', `${ACB_STATIC.slice(0, -4)}AE9E`, 'checksum', undefined],
    ['a length past the end', withCrc(`000201010211${account}5303704589`), 'format', undefined],
    ['a length of 00', withCrc(`000201010211${account}530370458000000`), 'format', undefined],
    ['a letter as length', withCrc(`000201010211${account}5303704580AVN`), 'format', undefined],
    [
      'no payload format first',
      withCrc(`010211000201${account}53037045802VN`),
      'format',
      undefined,
    ],
    ['payload format 02', withCrc(`000202010211${account}53037045802VN`), 'invalid_field', '00'],
    ['initiation 13', withCrc(`000201010213${account}53037045802VN`), 'invalid_field', '01'],
    ['a field twice', withCrc(`000201010211${account}53037045303704`), 'duplicate_field', '53'],
    ['no currency', withCrc(`000201010211${account}5802VN`), 'missing_field', '53'],
    ['US dollars', withCrc(`000201010211${account}53038405802VN`), 'currency', '53'],
    ['no country', withCrc(`000201010211${account}5303704`), 'missing_field', '58'],
    ['country TH', withCrc(`000201010211${account}53037045802TH`), 'invalid_field', '58'],
    ['amount 0', withCrc(`000201010212${account}5303704540105802VN`), 'invalid_field', '54'],
    [
      'amount with decimals',
      withCrc(`000201010212${account}5303704540710000.55802VN`),
      'invalid_field',
      '54',
    ],
    [
      'amount with a leading 0',
      withCrc(`000201010212${account}53037045405010005802VN`),
      'invalid_field',
      '54',
    ],
    [
      'a VNPay code',
      withCrc('00020101021126280010A0000007750110010531145253037045802VN'),
      'not_vietqr',
      undefined,
    ],
    [
      'another GUID in 38',
      withCrc(
        '00020101021138540010A00000077501240006970436011000112233440208QRIBFTTA53037045802VN',
      ),
      'not_vietqr',
      undefined,
    ],
    [
      'an unknown field in 38',
      withCrc(
        '00020101021138620010A00000072701240006970436011000112233440208QRIBFTTA0304abcd53037045802VN',
      ),
      'unknown_field',
      '38.03',
    ],
    [
      'an unknown field in the beneficiary',
      withCrc(
        '00020101021138620010A00000072701320006970436011000112233440204abcd0208QRIBFTTA53037045802VN',
      ),
      'unknown_field',
      '38.01.02',
    ],
    [
      'no service code',
      withCrc('00020101021138420010A0000007270124000697043601100011223344' + '53037045802VN'),
      'missing_field',
      '38.02',
    ],
    [
      'service code for a QR cash withdrawal',
      withCrc(
        '00020101021138540010A00000072701240006970436011000112233440208QRCASHWD53037045802VN',
      ),
      'invalid_field',
      '38.02',
    ],
    [
      'a 5-digit BIN',
      withCrc(
        '00020101021138530010A00000072701230005970430110001122334402' + '08QRIBFTTA53037045802VN',
      ),
      'invalid_field',
      '38.01.00',
    ],
    [
      'no account number',
      withCrc('00020101021138400010A00000072701100006970436' + '0208QRIBFTTA53037045802VN'),
      'missing_field',
      '38.01.01',
    ],
    [
      'a broken additional data template',
      withCrc(`000201010211${account}53037045802VN62050899x`),
      'format',
      '62',
    ],
  ] as const)('refuses %s (%s)', (_, input, code, field) => {
    const result = parseVietQr(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.field).toBe(field);
      expect(result.error.message).not.toMatch(/\{|^vietqr\./);
    }
  });

  it('explains each failure in Vietnamese and English', () => {
    for (const locale of ['vi', 'en'] as const) {
      const result = parseVietQr(`${ACB_STATIC.slice(0, -4)}0000`, { locale });
      expect(result.ok || result.error.message).toBe(vietQrMessages[locale]['vietqr.checksum']);
    }
  });
});

describe('the bank list', () => {
  it('has each BIN once, 6 digits, with a short and a full name in NFC', () => {
    const bins = vietQrBanks.map((b) => b.bin);
    expect(new Set(bins).size).toBe(bins.length);
    for (const bank of vietQrBanks) {
      expect(bank.bin).toMatch(/^\d{6}$/);
      expect(bank.shortName.length).toBeGreaterThan(1);
      expect(bank.name).toBe(bank.name.normalize('NFC'));
      expect(bank.name).not.toMatch(/\bNH\b/);
    }
  });

  it('names the banks citizens use most', () => {
    expect(
      ['970436', '970415', '970418', '970405', '970422', '970407'].map(
        (bin) => findVietQrBank(bin)?.shortName,
      ),
    ).toEqual(['Vietcombank', 'VietinBank', 'BIDV', 'Agribank', 'MB', 'Techcombank']);
    expect(findVietQrBank('970436')?.name).toBe('Ngân hàng TMCP Ngoại thương Việt Nam');
    expect(findVietQrBank('000000')).toBeUndefined();
  });
});

describe('messages', () => {
  it('are non-empty NFC text in both languages, with the same keys and placeholders', () => {
    expect(Object.keys(vietQrMessages.en).sort()).toEqual(Object.keys(vietQrMessages.vi).sort());
    for (const [key, vi] of Object.entries(vietQrMessages.vi)) {
      const en = vietQrMessages.en[key as keyof typeof vietQrMessages.en];
      expect(vi).toBe(vi.normalize('NFC'));
      expect(vi.match(/\{\w+\}/g)).toEqual(en.match(/\{\w+\}/g));
    }
  });

  it('readTlv reports where a payload stops being well formed', () => {
    expect(readTlv('0002010102')).toEqual({ brokenAt: 6 });
  });
});
