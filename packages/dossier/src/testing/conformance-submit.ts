// Conformance: the catalogue, appointment slots, and filing — validation with issues,
// exactly once per idempotency key, conflicts, codes, and who may see what.
import { expect, it } from 'vitest';
import type { AppointmentAnswer } from '../core/definition/types';
import type { Dossier } from '../core/service/types';
import { expectDossierError, type MakeSubject } from './conformance';
import {
  CONFORMANCE_PROCEDURE as PROCEDURE,
  submission,
  VALID_ANSWERS,
} from './conformance-fixture';

const CODE = /^000\.00\.06\.H56-(\d{6})-(\d{4})$/;
const paths = (error: { issues: readonly { path: string }[] }) => error.issues.map((i) => i.path);

export function submitCases(make: MakeSubject): void {
  it('lists and gets published procedures without a session; unknown ids are not_found', async () => {
    const { service } = await make();
    const list = await service.listProcedures();
    expect(list.map((p) => p.id)).toContain(PROCEDURE.id);
    const one = await service.getProcedure(PROCEDURE.id);
    expect(one).toEqual(PROCEDURE);
    await expectDossierError(service.getProcedure('khong-co-thu-tuc-nay'), 'not_found');
  });

  it('offers appointment slots on working days, 30 minutes each, only for appointment fields', async () => {
    const { service } = await make();
    const slots = await service.getAppointmentSlots(PROCEDURE.id, 'appointment', {
      from: '2026-12-01',
      days: 5,
    });
    expect(slots.length).toBeGreaterThan(5);
    const ids = new Set<string>();
    for (const slot of slots) {
      expect(slot.start).toMatch(/^2026-12-\d\dT\d\d:\d\d:\d\d\+07:00$/);
      expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(30 * 60_000);
      expect(Number.isInteger(slot.remaining) && slot.remaining >= 0).toBe(true);
      // 1 December 2026 is a Tuesday: five working days end on Monday 7 December.
      expect(slot.start < '2026-12-08').toBe(true);
      const day = new Date(Date.parse(slot.start) + 7 * 3_600_000).getUTCDay();
      expect([1, 2, 3, 4, 5]).toContain(day);
      ids.add(slot.id);
    }
    expect(ids.size).toBe(slots.length);
    const starts = slots.map((s) => Date.parse(s.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    await expectDossierError(
      service.getAppointmentSlots(PROCEDURE.id, 'fullName', { from: '2026-12-01', days: 5 }),
      'not_found',
    );
    await expectDossierError(
      service.getAppointmentSlots('khong-co', 'appointment', { from: '2026-12-01', days: 5 }),
      'not_found',
    );
  });

  it('files a dossier: a Circular 01/2018 code, status 1, pruned answers, the fee', async () => {
    const { service, citizens } = await make();
    const dossier = await service.submit(
      citizens[0],
      // An answer to a hidden field (purposeOther while purpose is not `khac`) is dropped.
      submission({ answers: { ...VALID_ANSWERS, purposeOther: 'không dùng' } }),
    );
    expect(dossier.code).toMatch(CODE);
    expect(dossier.code.split('-')[1]).toBe('261201');
    expect(dossier).toMatchObject({
      procedureId: PROCEDURE.id,
      procedureTitle: PROCEDURE.title,
      procedureVersion: PROCEDURE.version,
      status: 1,
      resultDelivery: 'in_person',
      feeAmount: 15_000,
      cancellable: true,
    });
    expect(dossier.answers).toEqual(VALID_ANSWERS);
    expect(dossier.history[0]?.status).toBe(1);
    expect(Number.isNaN(Date.parse(dossier.submittedAt))).toBe(false);
    expect(dossier.submittedAt).toMatch(/([+-]\d\d:\d\d|Z)$/);

    const second = await service.submit(citizens[0], submission());
    const [, , first] = CODE.exec(dossier.code) ?? [];
    const [, , next] = CODE.exec(second.code) ?? [];
    expect(Number(next)).toBeGreaterThan(Number(first));
    expect(await service.listMine(citizens[0])).toHaveLength(2);
  });

  it('refuses invalid answers with every issue, naming each field', async () => {
    const { service, citizens } = await make();
    const error = await expectDossierError(
      service.submit(
        citizens[0],
        submission({
          answers: { dateOfBirth: '1985-02-30', cccd: '123', purpose: 'khac', nickname: 'Hoa' },
          resultDelivery: 'post',
        }),
      ),
      'invalid_answers',
    );
    expect(error.status).toBe(422);
    const found = paths(error);
    for (const path of ['fullName', 'dateOfBirth', 'cccd', 'purposeOther', 'resultDelivery']) {
      expect(found, path).toContain(path);
    }
    expect(error.issues).toContainEqual(
      expect.objectContaining({ path: 'fullName', code: 'required' }),
    );
    expect(error.issues).toContainEqual(
      expect.objectContaining({ path: 'nickname', code: 'unknown_field' }),
    );
    expect(await service.listMine(citizens[0])).toEqual([]);
  });

  it('files exactly once per idempotency key, even when retries race', async () => {
    const { service, citizens } = await make();
    const request = submission();
    const results = await Promise.all([
      service.submit(citizens[0], request),
      service.submit(citizens[0], request),
      service.submit(citizens[0], { ...request, answers: { ...request.answers } }),
    ]);
    expect(new Set(results.map((d) => d.code)).size).toBe(1);
    const again = await service.submit(citizens[0], request);
    expect(again.code).toBe(results[0]?.code);
    expect(await service.listMine(citizens[0])).toHaveLength(1);
  });

  it('answers conflict for the same key with different answers', async () => {
    const { service, citizens } = await make();
    const request = submission();
    const first = await service.submit(citizens[0], request);
    const error = await expectDossierError(
      service.submit(citizens[0], {
        ...request,
        answers: { ...request.answers, fullName: 'Lê Văn Nam' },
      }),
      'conflict',
    );
    expect(error.status).toBe(409);
    expect((await service.get(citizens[0], first.code)).answers.fullName).toBe('Nguyễn Thị Hoa');
  });

  it('keeps idempotency keys per citizen: the same key from another citizen is their own dossier', async () => {
    const { service, citizens } = await make();
    const request = submission();
    const mine = await service.submit(citizens[0], request);
    const theirs = await service.submit(citizens[1], {
      ...request,
      answers: { ...request.answers, fullName: 'Trần Văn Bình' },
    });
    expect(theirs.code).not.toBe(mine.code);
    expect(theirs.answers.fullName).toBe('Trần Văn Bình');
  });

  it('answers procedure_changed for an old definition version', async () => {
    const { service, citizens } = await make();
    await expectDossierError(
      service.submit(citizens[0], submission({ procedureVersion: PROCEDURE.version - 1 })),
      'procedure_changed',
    );
    await expectDossierError(
      service.submit(citizens[0], submission({ procedureId: 'khong-co-thu-tuc-nay' })),
      'not_found',
    );
  });

  it('shows a citizen only their own dossiers; others and guessed codes are not_found', async () => {
    const { service, citizens } = await make();
    const [a, b] = citizens;
    const dossier = await service.submit(a, submission());
    expect((await service.listMine(a)).map((d) => d.code)).toEqual([dossier.code]);
    expect(await service.listMine(b)).toEqual([]);
    await expectDossierError(service.get(b, dossier.code), 'not_found');
    await expectDossierError(service.cancel(b, dossier.code, 'Không cần nữa'), 'not_found');
    await expectDossierError(
      service.rate(b, dossier.code, { level: 'unsatisfied', comment: 'x' }),
      'not_found',
    );
    await expectDossierError(
      service.supplement(b, dossier.code, { note: 'x', idempotencyKey: 'guess-0001' }),
      'not_found',
    );
    const guessed = dossier.code.replace(/-\d{4}$/, '-9999');
    await expectDossierError(service.get(a, guessed), 'not_found');
    await expectDossierError(service.get(a, 'not-a-code'), 'not_found');
    expect((await service.get(a, dossier.code)).code).toBe(dossier.code);
  });

  it('refuses every citizen call without a live session with unauthenticated', async () => {
    const { service, invalidSession } = await make();
    const code = '000.00.06.H56-261201-0001';
    for (const token of [invalidSession, '']) {
      await expectDossierError(service.submit(token, submission()), 'unauthenticated');
      await expectDossierError(service.listMine(token), 'unauthenticated');
      await expectDossierError(service.get(token, code), 'unauthenticated');
      await expectDossierError(service.cancel(token, code, 'x'), 'unauthenticated');
      await expectDossierError(service.listDrafts(token), 'unauthenticated');
      await expectDossierError(service.deleteDraft(token, 'draft-1'), 'unauthenticated');
      await expectDossierError(
        service.uploadAttachment(token, new Blob(['x']), {
          fieldId: 'idPhotos',
          name: 'a.png',
          type: 'image/png',
        }),
        'unauthenticated',
      );
    }
  });

  it('books an appointment slot once; a made-up slot is invalid_slot', async () => {
    const { service, citizens } = await make();
    const range = { from: '2026-12-02', days: 2 };
    const before = await service.getAppointmentSlots(PROCEDURE.id, 'appointment', range);
    const slot = before.find((s) => s.remaining > 0);
    expect(slot).toBeDefined();
    if (!slot) return;
    const appointment: AppointmentAnswer = { slotId: slot.id, start: slot.start, end: slot.end };
    const dossier: Dossier = await service.submit(
      citizens[0],
      submission({ answers: { ...VALID_ANSWERS, appointment } }),
    );
    expect(dossier.answers.appointment).toEqual(appointment);
    const after = await service.getAppointmentSlots(PROCEDURE.id, 'appointment', range);
    expect(after.find((s) => s.id === slot.id)?.remaining).toBe(slot.remaining - 1);

    const made = { slotId: 'slot-made-up', start: slot.start, end: slot.end };
    const error = await expectDossierError(
      service.submit(citizens[0], submission({ answers: { ...VALID_ANSWERS, appointment: made } })),
      'invalid_answers',
    );
    expect(error.issues).toContainEqual(
      expect.objectContaining({ path: 'appointment', code: 'invalid_slot' }),
    );
  });
}
