// Conformance: what happens after filing — public lookup (status only), supplement requests,
// withdrawal, the satisfaction rating, refusal, a fee asked at status 6 (never of 0 đồng).
import { expect, it } from 'vitest';
import { expectDossierError, type MakeSubject } from './conformance';
import { submission, VALID_ANSWERS } from './conformance-fixture';

const PUBLIC_KEYS = ['code', 'procedureTitle', 'status', 'submittedAt', 'dueDate', 'completedAt'];

export function afterFilingCases(make: MakeSubject): void {
  it('looks a dossier up by code without a session: status only, no personal data', async () => {
    const { service, citizens, officer } = await make();
    const dossier = await service.submit(citizens[0], submission());
    const status = await service.lookup(dossier.code);
    expect(status).toMatchObject({
      code: dossier.code,
      status: 1,
      submittedAt: dossier.submittedAt,
    });
    for (const key of Object.keys(status)) expect(PUBLIC_KEYS).toContain(key);
    const json = JSON.stringify(status);
    for (const secret of [VALID_ANSWERS.fullName, VALID_ANSWERS.cccd, VALID_ANSWERS.dateOfBirth]) {
      expect(json).not.toContain(String(secret));
    }
    await officer.accept(dossier.code);
    const accepted = await service.lookup(dossier.code);
    expect(accepted.status).toBe(2);
    expect(accepted.dueDate).toMatch(/^\d{4}-\d\d-\d\d$/);
    await expectDossierError(service.lookup(dossier.code.replace(/-\d{4}$/, '-9998')), 'not_found');
    await expectDossierError(service.lookup('khong-phai-ma'), 'not_found');
  });

  it('sets the appointment date on acceptance: processing days counted in working days', async () => {
    const { service, citizens, officer } = await make();
    const dossier = await service.submit(citizens[0], submission());
    expect(dossier.dueDate).toBeUndefined();
    await officer.accept(dossier.code);
    const accepted = await service.get(citizens[0], dossier.code);
    expect(accepted.status).toBe(2);
    // Accepted Tuesday 1 December 2026 with 3 working days: Friday 4 December.
    expect(accepted.dueDate).toBe('2026-12-04');
    expect(accepted.history.map((e) => e.status)).toEqual([1, 2]);
  });

  it('answers a supplement request once; it goes back to processing', async () => {
    const { service, citizens, officer } = await make();
    const [a] = citizens;
    const dossier = await service.submit(a, submission());
    await expectDossierError(
      service.supplement(a, dossier.code, { note: 'Gửi thêm', idempotencyKey: 'supplement-early' }),
      'not_allowed',
    );
    await officer.requestSupplement(dossier.code, {
      reason: 'Ảnh thẻ Căn cước bị mờ',
      documents: ['Ảnh hai mặt thẻ Căn cước'],
      dueDate: '2026-12-10',
    });
    const asked = await service.get(a, dossier.code);
    expect(asked.status).toBe(5);
    expect(asked.supplementRequest).toMatchObject({
      reason: 'Ảnh thẻ Căn cước bị mờ',
      documents: ['Ảnh hai mặt thẻ Căn cước'],
      dueDate: '2026-12-10',
    });
    expect(asked.supplementRequest?.answeredAt).toBeUndefined();

    const empty = await expectDossierError(
      service.supplement(a, dossier.code, { idempotencyKey: 'supplement-empty' }),
      'invalid_answers',
    );
    expect(empty.issues.map((i) => i.path)).toContain('note');
    const wrong = await expectDossierError(
      service.supplement(a, dossier.code, {
        answers: { cccd: '12' },
        idempotencyKey: 'supplement-bad',
      }),
      'invalid_answers',
    );
    expect(wrong.issues.map((i) => i.path)).toContain('cccd');

    const reply = {
      note: 'Đã chụp lại ảnh rõ hơn',
      answers: { fullName: 'Nguyễn Thị Hoà' },
      idempotencyKey: 'supplement-ok-1',
    };
    const answered = await service.supplement(a, dossier.code, reply);
    expect(answered.status).toBe(4);
    expect(answered.answers.fullName).toBe('Nguyễn Thị Hoà');
    expect(answered.supplementRequest?.answeredAt).toBeTruthy();
    const again = await service.supplement(a, dossier.code, reply);
    expect(again.history).toHaveLength(answered.history.length);
    await expectDossierError(
      service.supplement(a, dossier.code, { ...reply, note: 'Nội dung khác' }),
      'conflict',
    );
  });

  it('withdraws while cancellable, with a reason; twice is the same withdrawal', async () => {
    const { service, citizens } = await make();
    const [a] = citizens;
    const dossier = await service.submit(a, submission());
    const noReason = await expectDossierError(
      service.cancel(a, dossier.code, '   '),
      'invalid_answers',
    );
    expect(noReason.issues.map((i) => i.path)).toContain('reason');
    const withdrawn = await service.cancel(a, dossier.code, 'Đã nộp nhầm thủ tục');
    expect(withdrawn.status).toBe(7);
    expect(withdrawn.cancellable).toBe(false);
    expect(withdrawn.history.at(-1)).toMatchObject({ status: 7, note: 'Đã nộp nhầm thủ tục' });
    const twice = await service.cancel(a, dossier.code, 'Đã nộp nhầm thủ tục');
    expect(twice.history).toHaveLength(withdrawn.history.length);
  });

  it('does not withdraw once there is a result', async () => {
    const { service, citizens, officer } = await make();
    const dossier = await service.submit(citizens[0], submission());
    await officer.complete(dossier.code);
    const done = await service.get(citizens[0], dossier.code);
    expect(done.status).toBe(9);
    expect(done.cancellable).toBe(false);
    expect(done.completedAt).toBeTruthy();
    expect(done.result?.delivery).toBe('in_person');
    await expectDossierError(service.cancel(citizens[0], dossier.code, 'Muộn rồi'), 'not_allowed');
  });

  it('takes one rating at status 9 or 10; a comment is required when unsatisfied', async () => {
    const { service, citizens, officer } = await make();
    const [a] = citizens;
    const dossier = await service.submit(a, submission());
    await expectDossierError(service.rate(a, dossier.code, { level: 'satisfied' }), 'not_allowed');
    await officer.complete(dossier.code);
    const noComment = await expectDossierError(
      service.rate(a, dossier.code, { level: 'unsatisfied' }),
      'invalid_answers',
    );
    expect(noComment.issues.map((i) => i.path)).toContain('comment');
    const rated = await service.rate(a, dossier.code, {
      level: 'unsatisfied',
      comment: 'Phải chờ lâu ở bộ phận một cửa',
    });
    expect(rated.rating).toMatchObject({
      level: 'unsatisfied',
      comment: 'Phải chờ lâu ở bộ phận một cửa',
    });
    expect(rated.rating?.ratedAt).toBeTruthy();
    await expectDossierError(
      service.rate(a, dossier.code, { level: 'very_satisfied' }),
      'not_allowed',
    );

    const other = await service.submit(a, submission());
    await officer.complete(other.code);
    await officer.returnResult(other.code);
    expect((await service.get(a, other.code)).status).toBe(10);
    expect((await service.rate(a, other.code, { level: 'very_satisfied' })).rating?.level).toBe(
      'very_satisfied',
    );
  });

  it('shows a refusal at intake as status 3 with the reason, publicly as status only', async () => {
    const { service, citizens, officer } = await make();
    const dossier = await service.submit(citizens[0], submission());
    await officer.reject(dossier.code, 'Không thuộc thẩm quyền của xã');
    const refused = await service.get(citizens[0], dossier.code);
    expect(refused.status).toBe(3);
    expect(refused.history.at(-1)).toMatchObject({
      status: 3,
      note: 'Không thuộc thẩm quyền của xã',
    });
    expect(refused.cancellable).toBe(false);
    const status = await service.lookup(dossier.code);
    expect(status.status).toBe(3);
    expect(JSON.stringify(status)).not.toContain('thẩm quyền');
  });

  it('asks for fees at status 6 with the amount', async () => {
    const { service, citizens, officer } = await make();
    const dossier = await service.submit(citizens[0], submission());
    await officer.accept(dossier.code);
    await officer.requestPayment(dossier.code, 50_000);
    const due = await service.get(citizens[0], dossier.code);
    expect(due.status).toBe(6);
    expect(due.feeAmount).toBe(50_000);
    expect(due.cancellable).toBe(true);
  });

  it('refuses a fee of 0 đồng, less, or a fraction: status 6 would ask the citizen to pay', async () => {
    const { service, citizens, officer } = await make();
    const dossier = await service.submit(citizens[0], submission());
    await officer.accept(dossier.code);
    const before = await service.get(citizens[0], dossier.code);
    for (const amount of [0, -15_000, 1500.5]) {
      await expect(
        officer.requestPayment(dossier.code, amount),
        `${amount} đồng`,
      ).rejects.toThrow();
    }
    // The dossier stays as it was: still at 2, its fee, payment and history untouched.
    const after = await service.get(citizens[0], dossier.code);
    expect(after.status).toBe(2);
    expect(after.feeAmount).toBe(before.feeAmount);
    expect(after.payment).toEqual(before.payment);
    expect(after.history).toEqual(before.history);
  });
}
