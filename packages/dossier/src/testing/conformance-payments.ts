// Conformance: paying a fee. A fixed fee is due from filing (unpaid, with a transfer content
// naming the dossier and the procedure's account); the citizen says "Tôi đã chuyển khoản"
// (pending_confirmation); the office confirms (paid; at status 6 processing resumes) or sends
// the report back with a reason (unpaid). The capability `payments`: a backend without them
// declares `payments: false`, and its reportTransfer must then answer `not_supported`.
import { expect } from 'vitest';
import { isTransferContent } from '../core/payment/payment';
import { paymentQrPayload } from '../core/payment/payment-qr';
import type { DossierService } from '../core/service/types';
import {
  type Case,
  type DossierConformanceSubject,
  expectDossierError,
  type MakeSubject,
} from './conformance';
import { CONFORMANCE_PROCEDURE, submission } from './conformance-fixture';

const FEE = CONFORMANCE_PROCEDURE.fee;
const ACCOUNT = FEE.kind === 'fixed' ? FEE.account : undefined;
const AMOUNT = FEE.kind === 'fixed' ? FEE.amount : 0;
const compact = (code: string) => code.replace(/[^0-9A-Za-z]/g, '').toUpperCase();

const MISSING =
  'does not take payments. Implement them (openapi/dossier.yaml: Dossier.payment, POST ' +
  '/dossiers/{code}/payment/transfer; the officer actions confirmPayment and declineTransfer) ' +
  'or declare `capabilities: { payments: false }` in describeDossierServiceConformance.';

/** The parts of the subject payments need, or a clear failure naming what is missing. */
function paying(subject: DossierConformanceSubject) {
  const { service, officer } = subject;
  const { reportTransfer } = service;
  const { confirmPayment, declineTransfer } = officer;
  if (!reportTransfer) throw new Error(`The service has no reportTransfer: it ${MISSING}`);
  if (!confirmPayment || !declineTransfer) {
    throw new Error(`The subject's officer has no confirmPayment/declineTransfer: it ${MISSING}`);
  }
  return {
    report: (token: string, code: string) => reportTransfer.call(service, token, code),
    confirm: (code: string) => confirmPayment.call(officer, code),
    decline: (code: string, reason: string) => declineTransfer.call(officer, code, reason),
  };
}

/** The payment status the citizen's list gives for `code` (MyDossiers flags a fee due by it). */
async function paymentStatusListed(service: DossierService, token: string, code: string) {
  const listed = (await service.listMine(token)).find((d) => d.code === code);
  expect(listed, `listMine has ${code}`).toBeDefined();
  return listed?.paymentStatus;
}

export function paymentCases(make: MakeSubject, test: Case): void {
  test(
    ['payments'],
    'a fixed fee is due from filing: unpaid, the amount, the account, a transfer content naming the dossier',
    async () => {
      const { service, citizens } = await make();
      const dossier = await service.submit(citizens[0], submission());
      expect(dossier.payment, `the dossier has no payment: the service ${MISSING}`).toBeDefined();
      expect(dossier.payment).toEqual({
        status: 'unpaid',
        amount: AMOUNT,
        transferContent: expect.any(String),
        account: ACCOUNT,
      });
      const content = dossier.payment?.transferContent ?? '';
      expect(isTransferContent(content), `"${content}": 1–25 letters, digits, spaces`).toBe(true);
      expect(compact(content)).toContain(compact(dossier.code));
      expect((await service.get(citizens[0], dossier.code)).payment).toEqual(dossier.payment);
      expect(await paymentStatusListed(service, citizens[0], dossier.code)).toBe('unpaid');
      // What the phone turns it into: a VietQR code every banking app reads.
      const qr = ACCOUNT
        ? paymentQrPayload({
            account: ACCOUNT,
            amount: AMOUNT,
            transferContent: content,
            dossierCode: dossier.code,
          })
        : undefined;
      expect(qr?.ok).toBe(true);
      const other = await service.submit(citizens[0], submission());
      expect(other.payment?.transferContent).not.toBe(content);
    },
  );

  test(
    ['payments'],
    'the citizen reports a transfer: pending_confirmation; reporting again changes nothing',
    async () => {
      const subject = await make();
      const { service, citizens } = subject;
      const pay = paying(subject);
      const dossier = await service.submit(citizens[0], submission());
      const reported = await pay.report(citizens[0], dossier.code);
      expect(reported.payment).toMatchObject({ status: 'pending_confirmation', amount: AMOUNT });
      const at = reported.payment?.reportedAt ?? '';
      expect(Number.isNaN(Date.parse(at)), `reportedAt "${at}"`).toBe(false);
      expect(reported.status).toBe(1);
      const again = await pay.report(citizens[0], dossier.code);
      expect(again.payment).toEqual(reported.payment);
      expect((await service.get(citizens[0], dossier.code)).payment).toEqual(reported.payment);
    },
  );

  test(
    ['payments'],
    'the office confirms: paid; a report afterwards and a second confirmation change nothing',
    async () => {
      const subject = await make();
      const { service, citizens } = subject;
      const pay = paying(subject);
      const dossier = await service.submit(citizens[0], submission());
      await pay.report(citizens[0], dossier.code);
      await pay.confirm(dossier.code);
      const paid = await service.get(citizens[0], dossier.code);
      expect(paid.payment).toMatchObject({ status: 'paid', amount: AMOUNT });
      expect(Number.isNaN(Date.parse(paid.payment?.confirmedAt ?? ''))).toBe(false);
      expect((await pay.report(citizens[0], dossier.code)).payment).toEqual(paid.payment);
      await pay.confirm(dossier.code);
      expect((await service.get(citizens[0], dossier.code)).payment).toEqual(paid.payment);
      // Money that arrived before the citizen said so is confirmed just the same.
      const early = await service.submit(citizens[0], submission());
      await pay.confirm(early.code);
      expect((await service.get(citizens[0], early.code)).payment?.status).toBe('paid');
    },
  );

  test(
    ['payments'],
    'a reported transfer the office cannot find goes back to unpaid with the reason',
    async () => {
      const subject = await make();
      const { service, citizens } = subject;
      const pay = paying(subject);
      const dossier = await service.submit(citizens[0], submission());
      await expectDossierError(pay.decline(dossier.code, 'Chưa thấy tiền'), 'not_allowed');
      await pay.report(citizens[0], dossier.code);
      await pay.decline(dossier.code, 'Chưa nhận được khoản chuyển, vui lòng kiểm tra lại.');
      const back = await service.get(citizens[0], dossier.code);
      expect(back.payment).toMatchObject({
        status: 'unpaid',
        note: 'Chưa nhận được khoản chuyển, vui lòng kiểm tra lại.',
      });
      expect(back.payment?.reportedAt).toBeUndefined();
      const again = await pay.report(citizens[0], dossier.code);
      expect(again.payment?.status).toBe('pending_confirmation');
      expect(again.payment?.note).toBeUndefined();
    },
  );

  test(
    ['payments'],
    'at status 6 the officer asks for an amount: unpaid; once paid, processing resumes (4)',
    async () => {
      const subject = await make();
      const { service, citizens, officer } = subject;
      const pay = paying(subject);
      const dossier = await service.submit(citizens[0], submission());
      await officer.accept(dossier.code);
      await officer.requestPayment(dossier.code, 50_000);
      const due = await service.get(citizens[0], dossier.code);
      expect(due.status).toBe(6);
      expect(due.payment).toMatchObject({ status: 'unpaid', amount: 50_000, account: ACCOUNT });
      expect(await paymentStatusListed(service, citizens[0], dossier.code)).toBe('unpaid');
      expect(compact(due.payment?.transferContent ?? '')).toContain(compact(dossier.code));
      await pay.report(citizens[0], dossier.code);
      expect((await service.get(citizens[0], dossier.code)).status).toBe(6);
      expect(await paymentStatusListed(service, citizens[0], dossier.code)).toBe(
        'pending_confirmation',
      );
      await pay.confirm(dossier.code);
      expect(await paymentStatusListed(service, citizens[0], dossier.code)).toBe('paid');
      const resumed = await service.get(citizens[0], dossier.code);
      expect(resumed.status).toBe(4);
      expect(resumed.payment).toMatchObject({ status: 'paid', amount: 50_000 });
      expect(resumed.history.map((e) => e.status)).toEqual([1, 2, 6, 4]);
    },
  );

  test(
    ['payments'],
    'only the owner, signed in, reports a transfer; not on a withdrawn dossier',
    async () => {
      const subject = await make();
      const { service, citizens, invalidSession } = subject;
      const pay = paying(subject);
      const dossier = await service.submit(citizens[0], submission());
      await expectDossierError(pay.report(citizens[1], dossier.code), 'not_found');
      await expectDossierError(pay.report(invalidSession, dossier.code), 'unauthenticated');
      await expectDossierError(
        pay.report(citizens[0], dossier.code.replace(/-\d{4}$/, '-9997')),
        'not_found',
      );
      expect((await service.get(citizens[0], dossier.code)).payment?.status).toBe('unpaid');
      await service.cancel(citizens[0], dossier.code, 'Nộp nhầm thủ tục');
      await expectDossierError(pay.report(citizens[0], dossier.code), 'not_allowed');
    },
  );
}

/** A backend that declares `payments: false` says so when asked, never a crash or a fake success. */
export function paymentsUnsupportedCases(make: MakeSubject, test: Case): void {
  test([], 'answers reportTransfer with not_supported (no payments)', async () => {
    const { service, citizens } = await make();
    const dossier = await service.submit(citizens[0], submission());
    const report: DossierService['reportTransfer'] = service.reportTransfer;
    if (!report) return; // an implementation without the method cannot be asked at all
    const error = await expectDossierError(
      report.call(service, citizens[0], dossier.code),
      'not_supported',
    );
    expect(error.message).toMatch(/[Vv]ui lòng/);
  });
}
