import { parseVietQr } from '@govmini/vn/vietqr';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProcedureDefinition } from '../definition/types';
import type { DossierPayment } from '../service/types';
import {
  applyPaymentEvent,
  canReportTransfer,
  isTransferContent,
  openPayment,
  type PaymentEvent,
  paymentOutstanding,
  transferContentFor,
} from './payment';
import { paymentQrPayload } from './payment-qr';

const account = {
  bankBin: '970436',
  accountNumber: '0011001234567',
  accountName: 'UBND XA MAU SON',
};
const unpaid: DossierPayment = {
  status: 'unpaid',
  amount: 15_000,
  transferContent: 'HS 0000006H562612010001',
  account,
};
const AT = '2026-12-01T09:00:00+07:00';
const LATER = '2026-12-01T10:00:00+07:00';

describe('the payment rules', () => {
  it('reporting a transfer makes an unpaid fee wait for the office, once', () => {
    const reported = applyPaymentEvent(unpaid, { type: 'report', at: AT });
    expect(reported).toEqual({
      ok: true,
      changed: true,
      payment: { ...unpaid, status: 'pending_confirmation', reportedAt: AT },
    });
    if (!reported.ok) throw new Error('unreachable');
    const again = applyPaymentEvent(reported.payment, { type: 'report', at: LATER });
    expect(again).toEqual({ ok: true, changed: false, payment: reported.payment });
  });

  it('the office confirms a reported or an unreported transfer; confirming twice changes nothing', () => {
    const reported = { ...unpaid, status: 'pending_confirmation' as const, reportedAt: AT };
    const paid = applyPaymentEvent(reported, { type: 'confirm', at: LATER });
    expect(paid).toEqual({
      ok: true,
      changed: true,
      payment: { ...reported, status: 'paid', confirmedAt: LATER },
    });
    expect(applyPaymentEvent(unpaid, { type: 'confirm', at: LATER })).toMatchObject({
      changed: true,
      payment: { status: 'paid', confirmedAt: LATER },
    });
    if (!paid.ok) throw new Error('unreachable');
    expect(
      applyPaymentEvent(paid.payment, { type: 'confirm', at: '2027-01-01T00:00:00Z' }),
    ).toEqual({ ok: true, changed: false, payment: paid.payment });
    // A report after the confirmation (a retried tap) leaves it paid.
    expect(applyPaymentEvent(paid.payment, { type: 'report', at: LATER })).toMatchObject({
      changed: false,
      payment: { status: 'paid' },
    });
  });

  it('the office sends a reported transfer back with the reason; a new report clears it', () => {
    const reported = { ...unpaid, status: 'pending_confirmation' as const, reportedAt: AT };
    const declined = applyPaymentEvent(reported, { type: 'decline', reason: ' Chưa thấy tiền ' });
    expect(declined).toEqual({
      ok: true,
      changed: true,
      payment: { ...unpaid, note: 'Chưa thấy tiền' },
    });
    if (!declined.ok) throw new Error('unreachable');
    const again = applyPaymentEvent(declined.payment, { type: 'report', at: LATER });
    expect(again.ok && again.payment).toEqual({
      ...unpaid,
      status: 'pending_confirmation',
      reportedAt: LATER,
    });
  });

  it('refuses to decline what was not reported, what is paid, or without a reason', () => {
    const paid = { ...unpaid, status: 'paid' as const, confirmedAt: AT };
    const reported = { ...unpaid, status: 'pending_confirmation' as const, reportedAt: AT };
    for (const payment of [unpaid, paid]) {
      expect(applyPaymentEvent(payment, { type: 'decline', reason: 'x' })).toEqual({
        ok: false,
        code: 'not_allowed',
      });
    }
    expect(applyPaymentEvent(reported, { type: 'decline', reason: '  ' }).ok).toBe(false);
  });

  it('never loses the amount, the content or the account, and paid stays paid', () => {
    const event: fc.Arbitrary<PaymentEvent> = fc.oneof(
      fc.constant({ type: 'report', at: AT } as const),
      fc.constant({ type: 'confirm', at: LATER } as const),
      fc.constant({ type: 'decline', reason: 'Chưa nhận được tiền' } as const),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), (events) => {
        let payment = unpaid;
        let wasPaid = false;
        for (const e of events) {
          const next = applyPaymentEvent(payment, e);
          if (!next.ok) continue;
          payment = next.payment;
          if (wasPaid) expect(payment.status).toBe('paid');
          wasPaid ||= payment.status === 'paid';
          expect(payment).toMatchObject({
            amount: unpaid.amount,
            transferContent: unpaid.transferContent,
            account,
          });
          // Waiting means reported; unpaid means not (or no longer) reported.
          if (payment.status === 'pending_confirmation') expect(payment.reportedAt).toBe(AT);
          if (payment.status === 'unpaid') expect(payment.reportedAt).toBeUndefined();
          if (payment.status === 'paid') expect(payment.confirmedAt).toBe(LATER);
        }
      }),
    );
  });

  it('lets the citizen report only an unpaid fee of a dossier that is not closed', () => {
    expect(canReportTransfer({ status: 1, payment: unpaid })).toBe(true);
    expect(canReportTransfer({ status: 6, payment: unpaid })).toBe(true);
    expect(canReportTransfer({ status: 9, payment: unpaid })).toBe(true);
    for (const status of [3, 7, 8] as const) {
      expect(canReportTransfer({ status, payment: unpaid })).toBe(false);
      expect(paymentOutstanding({ status, payment: unpaid })).toBe(false);
    }
    expect(canReportTransfer({ status: 6 })).toBe(false);
    const reported = { ...unpaid, status: 'pending_confirmation' as const, reportedAt: AT };
    expect(canReportTransfer({ status: 6, payment: reported })).toBe(false);
    expect(paymentOutstanding({ status: 6, payment: reported })).toBe(true);
    expect(paymentOutstanding({ status: 4, payment: { ...unpaid, status: 'paid' } })).toBe(false);
  });
});

describe('a new payment', () => {
  const procedure = (fee: ProcedureDefinition['fee']) => ({ fee }) as ProcedureDefinition;
  const code = '000.00.06.H56-261201-0001';
  const agencyAccount = { ...account, bankBin: '970418', accountName: 'UBND TINH' };

  it('is unpaid, for the amount, to the procedure’s account before the backend’s', () => {
    expect(
      openPayment(procedure({ kind: 'fixed', amount: 5, account }), code, 5, agencyAccount),
    ).toEqual({
      status: 'unpaid',
      amount: 5,
      transferContent: 'HS 0000006H562612010001',
      account,
    });
    expect(
      openPayment(procedure({ kind: 'fixed', amount: 5 }), code, 5, agencyAccount)?.account,
    ).toEqual(agencyAccount);
    expect(
      openPayment(procedure({ kind: 'fixed', amount: 5 }), code, 5, undefined),
    ).not.toHaveProperty('account');
  });

  it('is nothing for nothing to pay', () => {
    expect(openPayment(procedure({ kind: 'fixed', amount: 0 }), code, 0, account)).toBeUndefined();
    expect(openPayment(procedure({ kind: 'none' }), code, undefined, account)).toBeUndefined();
  });
});

describe('the transfer content', () => {
  it('is "HS" and the dossier code without separators, 23 characters', () => {
    expect(transferContentFor('000.00.06.H56-261201-0001')).toBe('HS 0000006H562612010001');
    expect(transferContentFor('000.00.06.H56-261201-0001')).toHaveLength(23);
  });

  it('always fits a banking app (≤ 25 letters, digits, spaces), whatever the code', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (code) => {
        const content = transferContentFor(code);
        expect(content.length).toBeLessThanOrEqual(25);
        expect(isTransferContent(content)).toBe(true);
      }),
    );
  });
});

describe('the VietQR code of a fee', () => {
  it('parses back (EMVCo, CRC checked) to the account, the amount, the content and the code', () => {
    const code = '000.00.06.H56-261201-0001';
    const payload = paymentQrPayload({
      account,
      amount: 1_250_000,
      transferContent: transferContentFor(code),
      dossierCode: code,
    });
    if (!payload.ok) throw new Error(payload.error.message);
    const parsed = parseVietQr(payload.value);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value).toMatchObject({
      bankBin: '970436',
      bank: { shortName: 'Vietcombank' },
      accountNumber: '0011001234567',
      toCard: false,
      initiation: 'dynamic',
      amount: 1_250_000,
      purpose: 'HS 0000006H562612010001',
      reference: code,
    });
  });

  it('round-trips any fee and dossier code', () => {
    const unit = fc.tuple(
      fc.integer({ min: 0, max: 999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.constantFrom('H56', 'K01', 'G22'),
      fc.integer({ min: 1, max: 9999 }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9_999_999_999_999 }),
        unit,
        (amount, [a, b, c, u, n]) => {
          const pad = (x: number, w: number) => String(x).padStart(w, '0');
          const code = `${pad(a, 3)}.${pad(b, 2)}.${pad(c, 2)}.${u}-261201-${pad(n, 4)}`;
          const payload = paymentQrPayload({
            account,
            amount,
            transferContent: transferContentFor(code),
            dossierCode: code,
          });
          expect(payload.ok).toBe(true);
          const parsed = payload.ok ? parseVietQr(payload.value) : undefined;
          expect(parsed?.ok && parsed.value).toMatchObject({
            amount,
            purpose: transferContentFor(code),
            reference: code,
          });
        },
      ),
    );
  });

  it('leaves the reference out when the code does not fit it, and says why it cannot make one', () => {
    const odd = paymentQrPayload({
      account,
      amount: 5,
      transferContent: 'HS 1',
      dossierCode: 'mã hồ sơ dài hơn hai mươi lăm ký tự',
    });
    const parsed = odd.ok ? parseVietQr(odd.value) : undefined;
    expect(parsed).toMatchObject({ ok: true, value: { purpose: 'HS 1' } });
    expect(parsed?.ok && parsed.value.reference).toBeUndefined();
    const unknownBank = paymentQrPayload({
      account: { ...account, bankBin: '123456' },
      amount: 5,
      transferContent: 'HS 1',
      dossierCode: 'x',
    });
    expect(unknownBank).toMatchObject({ ok: false, error: { code: 'unknown_bank' } });
  });
});
