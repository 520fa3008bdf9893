// @vitest-environment node
// The memory service's own promises beyond the conformance suite: the agency simulator moves
// dossiers in office hours, officer actions, fault injection, sessions, codes per day.
import { describe, expect, it } from 'vitest';
import { isProcedureDefinitionError } from '../core/definition/errors';
import { DossierError } from '../core/service/types';
import { CONFORMANCE_PROCEDURE, submission } from './conformance-fixture';
import { createMemoryDossierService, type MemoryDossierServiceOptions } from './memory-service';

const TUESDAY_8AM = '2026-12-01T08:00:00+07:00';
const A = 'citizen-a';

const make = (options: Partial<MemoryDossierServiceOptions> = {}) =>
  createMemoryDossierService({ procedures: [CONFORMANCE_PROCEDURE], now: TUESDAY_8AM, ...options });

const statusAt = (service: ReturnType<typeof make>, code: string) =>
  service.get(A, code).then((d) => d.status);

describe('the agency simulator', () => {
  it('accepts, processes, completes and returns in office hours, on the days the law counts', async () => {
    const service = make();
    const { code } = await service.submit(A, submission());
    service.controls.advance({ hours: 1 });
    expect(await statusAt(service, code)).toBe(1);
    service.controls.advance({ hours: 1, minutes: 30 });
    const dossier = await service.get(A, code);
    // Two working hours after Tuesday 8:00 is 10:00; processing starts an hour later.
    expect(dossier.history.map((e) => [e.status, e.at])).toEqual([
      [1, '2026-12-01T08:00:00+07:00'],
      [2, '2026-12-01T10:00:00+07:00'],
    ]);
    expect(dossier.dueDate).toBe('2026-12-04');
    service.controls.advance({ days: 3 });
    const done = await service.get(A, code);
    // 3 working days less 3 hours from Tuesday 11:00: Friday 8:00, on the appointment date.
    expect(done.history.map((e) => [e.status, e.at])).toContainEqual([
      9,
      '2026-12-04T08:00:00+07:00',
    ]);
    expect(done.status).toBe(9);
    expect(done.completedAt).toBe('2026-12-04T08:00:00+07:00');
    expect(done.result).toMatchObject({
      delivery: 'in_person',
      pickup: { place: expect.stringContaining('UBND xã Mẫu Sơn') },
    });
    service.controls.advance({ days: 3 });
    const returned = await service.get(A, code);
    // The next working day after Friday 8:00 is Monday 7 December, 8:00.
    expect(returned.history.at(-1)).toMatchObject({ status: 10, at: '2026-12-07T08:00:00+07:00' });
  });

  it('does not count evenings and weekends: filed Friday 16:30, accepted Monday 9:00', async () => {
    const service = make({ now: '2026-12-04T16:30:00+07:00' });
    const { code } = await service.submit(A, submission());
    service.controls.advance({ days: 2, hours: 16 });
    expect(await statusAt(service, code)).toBe(1);
    service.controls.advance({ hours: 1 });
    const accepted = await service.get(A, code);
    expect(accepted.history[1]).toMatchObject({ status: 2, at: '2026-12-07T09:00:00+07:00' });
  });

  it('follows an external clock', async () => {
    let now = Date.parse(TUESDAY_8AM);
    const service = make({ now: () => now });
    const { code } = await service.submit(A, submission());
    now += 5 * 3_600_000;
    expect(await statusAt(service, code)).toBe(4);
    service.controls.advance({ days: 30 });
    expect(service.controls.now()).toBe(now + 30 * 86_400_000);
    expect(await statusAt(service, code)).toBe(10);
  });

  it('moves nothing by itself with auto: false', async () => {
    const service = make({ agency: { auto: false } });
    const { code } = await service.submit(A, submission());
    service.controls.advance({ days: 30 });
    expect(await statusAt(service, code)).toBe(1);
  });

  it('pauses for fees and resumes once paid; a supplement restarts the time limit', async () => {
    const service = make();
    const { code } = await service.submit(A, submission());
    await service.controls.accept(code);
    await service.controls.requestPayment(code, 50_000);
    service.controls.advance({ days: 10 });
    expect(await statusAt(service, code)).toBe(6);
    await service.controls.confirmPayment(code);
    expect(await statusAt(service, code)).toBe(4);
    service.controls.advance({ hours: 1 });
    expect(await statusAt(service, code)).toBe(9);

    const other = await service.submit(A, submission());
    await service.controls.requestSupplement(other.code, {
      reason: 'Thiếu ảnh',
      documents: ['Ảnh CCCD'],
    });
    // Filed Friday 11 December 9:00 (10 days and an hour in); answered a week later, Friday
    // 18 December: 3 working days from then is Wednesday 23 December.
    service.controls.advance({ days: 7 });
    const answered = await service.supplement(A, other.code, {
      note: 'Đã gửi',
      idempotencyKey: 'supp-0001',
    });
    expect(answered.dueDate).toBe('2026-12-23');
    // The fixed fee can be confirmed at any time; the status stays where it is.
    await service.controls.confirmPayment(other.code);
    expect(await service.get(A, other.code)).toMatchObject({
      status: 4,
      payment: { status: 'paid' },
    });
  });

  it('refuses officer actions out of order, and stops a dossier after acceptance (8)', async () => {
    const service = make();
    const { code } = await service.submit(A, submission());
    await expect(service.controls.returnResult(code)).rejects.toMatchObject({
      code: 'not_allowed',
    });
    await expect(service.controls.requestPayment(code, 1)).rejects.toMatchObject({
      code: 'not_allowed',
    });
    await expect(service.controls.accept('000.00.06.H56-261201-0999')).rejects.toMatchObject({
      code: 'not_found',
    });
    await service.controls.accept(code);
    await service.controls.reject(code, 'Hồ sơ không đủ điều kiện');
    expect(await statusAt(service, code)).toBe(8);
  });
});

describe('memory service controls', () => {
  it('numbers dossiers per unit and day, from 0001', async () => {
    const service = make();
    const first = await service.submit(A, submission());
    const second = await service.submit(A, submission());
    service.controls.advance({ days: 1 });
    const nextDay = await service.submit(A, submission());
    expect([first.code, second.code, nextDay.code]).toEqual([
      '000.00.06.H56-261201-0001',
      '000.00.06.H56-261201-0002',
      '000.00.06.H56-261202-0001',
    ]);
    expect(service.controls.dossiers().map((d) => [d.owner, d.dossier.code])).toEqual([
      [A, first.code],
      [A, second.code],
      [A, nextDay.code],
    ]);
  });

  it('fails the next calls on request, before or after the work is done', async () => {
    const service = make();
    service.controls.failNext(2, { code: 'offline', method: 'submit' });
    const request = submission();
    await expect(service.listMine(A)).resolves.toEqual([]);
    await expect(service.submit(A, request)).rejects.toMatchObject({ code: 'offline' });
    await expect(service.submit(A, request)).rejects.toMatchObject({ code: 'offline' });
    expect(service.controls.dossiers()).toHaveLength(0);
    service.controls.failNext(1, { code: 'timeout', after: true });
    await expect(service.submit(A, request)).rejects.toBeInstanceOf(DossierError);
    expect(service.controls.dossiers()).toHaveLength(1);
    const again = await service.submit(A, request);
    expect(service.controls.dossiers().map((d) => d.dossier.code)).toEqual([again.code]);
  });

  it('takes any plain token as the user by default, only `users` when given, or asks resolveSession', async () => {
    await expect(make().listMine('anyone')).resolves.toEqual([]);
    await expect(make().listMine('has space')).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(make({ users: ['a'] }).listMine('b')).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    const sessions = make({
      resolveSession: async (token) => (token === 'sess-1' ? 'user-1' : undefined),
    });
    const dossier = await sessions.submit('sess-1', submission());
    expect(sessions.controls.dossiers()[0]?.owner).toBe('user-1');
    await expect(sessions.get('user-1', dossier.code)).rejects.toMatchObject({
      code: 'unauthenticated',
    });
  });

  it('hands out copies: changing an answer object does not change the stored dossier', async () => {
    const service = make();
    const dossier = await service.submit(A, submission());
    (dossier.answers as Record<string, unknown>).fullName = 'Đã sửa';
    expect((await service.get(A, dossier.code)).answers.fullName).toBe('Nguyễn Thị Hoa');
  });

  it('shows a slot full once its places are booked, and leaves out slots that have started', async () => {
    const service = make({ slotCapacity: 1, now: '2026-12-01T09:10:00+07:00' });
    const slots = await service.getAppointmentSlots(CONFORMANCE_PROCEDURE.id, 'appointment', {
      from: '2026-12-01',
      days: 1,
    });
    expect(slots[0]?.start).toBe('2026-12-01T09:30:00+07:00');
    expect(slots.map((s) => s.start.slice(11, 16))).toEqual([
      '09:30',
      '10:00',
      '10:30',
      '13:30',
      '14:00',
      '14:30',
      '15:00',
      '15:30',
      '16:00',
    ]);
    const slot = slots[0];
    if (!slot) throw new Error('no slot');
    await service.submit(
      A,
      submission({
        answers: {
          ...submission().answers,
          appointment: { slotId: slot.id, start: slot.start, end: slot.end },
        },
      }),
    );
    const after = await service.getAppointmentSlots(CONFORMANCE_PROCEDURE.id, 'appointment', {
      from: '2026-12-01',
      days: 1,
    });
    expect(after[0]?.remaining).toBe(0);
  });

  it('refuses a broken procedure definition at once, naming the problem', () => {
    let caught: unknown;
    try {
      createMemoryDossierService({ procedures: [{ ...CONFORMANCE_PROCEDURE, pages: [] }] });
    } catch (error) {
      caught = error;
    }
    expect(isProcedureDefinitionError(caught)).toBe(true);
    expect(String(caught)).toContain('$.pages');
  });
});

describe('fees', () => {
  const free = { ...CONFORMANCE_PROCEDURE, id: 'mien-phi', fee: { kind: 'none' } } as const;
  const assessed = {
    ...CONFORMANCE_PROCEDURE,
    id: 'co-quan-bao-phi',
    fee: { kind: 'assessed', note: { vi: 'Cơ quan báo sau.' } },
  } as const;
  const agencyAccount = {
    bankBin: '970415',
    accountNumber: '113000012345',
    accountName: 'UBND TINH MAU',
  };

  it('has no payment for a free procedure; confirming or reporting one is not allowed', async () => {
    const service = make({ procedures: [free] });
    const dossier = await service.submit(A, submission({ procedureId: free.id }));
    expect(dossier.payment).toBeUndefined();
    await expect(service.reportTransfer(A, dossier.code)).rejects.toMatchObject({
      code: 'not_allowed',
    });
    await expect(service.controls.confirmPayment(dossier.code)).rejects.toMatchObject({
      code: 'not_allowed',
    });
  });

  it('opens an assessed fee at status 6, to the backend’s account when the procedure names none', async () => {
    const service = make({ procedures: [assessed], paymentAccount: agencyAccount });
    const dossier = await service.submit(A, submission({ procedureId: assessed.id }));
    expect(dossier.payment).toBeUndefined();
    expect(dossier.feeAmount).toBeUndefined();
    await service.controls.accept(dossier.code);
    await service.controls.requestPayment(dossier.code, 120_000);
    expect((await service.get(A, dossier.code)).payment).toEqual({
      status: 'unpaid',
      amount: 120_000,
      transferContent: `HS ${dossier.code.replace(/[.-]/g, '')}`,
      account: agencyAccount,
    });
  });

  it('pays at the desk when neither the procedure nor the backend names an account', async () => {
    const { account: _, ...deskFee } = CONFORMANCE_PROCEDURE.fee as { account?: unknown };
    const desk = { ...CONFORMANCE_PROCEDURE, fee: deskFee } as typeof CONFORMANCE_PROCEDURE;
    const service = make({ procedures: [desk] });
    const dossier = await service.submit(A, submission());
    expect(dossier.payment).toMatchObject({ status: 'unpaid', amount: 15_000 });
    expect(dossier.payment?.account).toBeUndefined();
  });

  it('replaces the fee with the one asked at status 6, even after the first was paid', async () => {
    const service = make();
    const dossier = await service.submit(A, submission());
    await service.controls.confirmPayment(dossier.code);
    await service.controls.accept(dossier.code);
    await service.controls.requestPayment(dossier.code, 30_000);
    const due = await service.get(A, dossier.code);
    expect(due.payment).toMatchObject({ status: 'unpaid', amount: 30_000 });
    expect(due.payment?.confirmedAt).toBeUndefined();
    expect(due.feeAmount).toBe(30_000);
  });

  it('keeps the payment of a withdrawn dossier as it was, and refuses a report on it', async () => {
    const service = make();
    const dossier = await service.submit(A, submission());
    await service.reportTransfer(A, dossier.code);
    await service.cancel(A, dossier.code, 'Nộp nhầm');
    expect((await service.get(A, dossier.code)).payment?.status).toBe('pending_confirmation');
    await expect(service.reportTransfer(A, dossier.code)).rejects.toMatchObject({
      code: 'not_allowed',
    });
    await expect(service.controls.confirmPayment(dossier.code)).rejects.toMatchObject({
      code: 'not_allowed',
    });
  });
});
