// Test support (not exported): every DossierService operation, successes and the typical
// failures, as the phone would call them — for openapi.test.ts to record on the wire.
import type { createHttpDossierService } from '../core/service/http-service';
import {
  blobOf,
  CONFORMANCE_PROCEDURE,
  fileBytes,
  submission,
  VALID_ANSWERS,
} from './conformance-fixture';
import type { createMemoryDossierService } from './memory-service';

type Client = ReturnType<typeof createHttpDossierService>;
type Controls = ReturnType<typeof createMemoryDossierService>['controls'];

/** Every operation, successes and the typical failures, as the phone would call them. */
export async function runScenario(client: Client, controls: Controls) {
  const a = 'citizen-a';
  const ignore = (promise: Promise<unknown>) => promise.catch(() => undefined);
  const id = CONFORMANCE_PROCEDURE.id;
  await client.listProcedures();
  await client.getProcedure(id);
  await ignore(client.getProcedure('khong-co'));
  const slots = await client.getAppointmentSlots(id, 'appointment', {
    from: '2026-12-01',
    days: 3,
  });
  await ignore(client.getAppointmentSlots(id, 'appointment', { from: '01/12/2026', days: 3 }));
  const slot = slots.find((s) => s.remaining > 0);
  const photo = await client.uploadAttachment(a, blobOf(fileBytes('png'), 'image/png'), {
    fieldId: 'idPhotos',
    procedureId: id,
    name: 'Ảnh CCCD.png',
    type: 'image/png',
  });
  await ignore(
    client.uploadAttachment(a, blobOf(fileBytes('text'), 'image/png'), {
      fieldId: 'idPhotos',
      name: 'x.png',
      type: 'image/png',
    }),
  );
  await ignore(
    client.uploadAttachment(a, blobOf(fileBytes('jpeg', 1_000_001), 'image/jpeg'), {
      fieldId: 'idPhotos',
      procedureId: id,
      name: 'lon.jpg',
      type: 'image/jpeg',
    }),
  );
  const request = submission({
    answers: {
      ...VALID_ANSWERS,
      idPhotos: [photo],
      ...(slot ? { appointment: { slotId: slot.id, start: slot.start, end: slot.end } } : {}),
    },
    onBehalf: { relationship: 'cha-me', filer: { name: 'Nguyễn Văn An', phone: '+84912345678' } },
  });
  const dossier = await client.submit(a, request);
  await client.submit(a, request);
  await ignore(client.submit(a, { ...request, answers: VALID_ANSWERS })); // conflict
  await ignore(client.submit(a, submission({ answers: {} }))); // invalid
  await ignore(client.submit('nobody', submission()));
  await client.listMine(a);
  await client.get(a, dossier.code);
  await ignore(client.get('citizen-b', dossier.code));
  await client.lookup(dossier.code);
  await client.reportTransfer(a, dossier.code);
  await ignore(client.reportTransfer('citizen-b', dossier.code)); // not_found
  await controls.confirmPayment(dossier.code);
  await controls.requestSupplement(dossier.code, {
    reason: 'Ảnh mờ',
    documents: ['Ảnh CCCD'],
    dueDate: '2026-12-08',
  });
  await client.supplement(a, dossier.code, {
    note: 'Đã chụp lại',
    idempotencyKey: 'supplement-0001',
  });
  await controls.complete(dossier.code);
  await ignore(client.cancel(a, dossier.code, 'Muộn')); // not_allowed
  await client.rate(a, dossier.code, { level: 'satisfied' });
  const other = await client.submit(a, submission());
  await client.cancel(a, other.code, 'Nộp nhầm');
  await ignore(client.reportTransfer(a, other.code)); // not_allowed: withdrawn
  await client.saveDraft(a, {
    id: 'draft-1',
    procedureId: id,
    procedureVersion: CONFORMANCE_PROCEDURE.version,
    answers: { fullName: 'Nguyễn Thị Hoa' },
    pageId: 'nguoi-yeu-cau',
    updatedAt: 1_700_000_000_000,
  });
  await client.listDrafts(a);
  await client.deleteDraft(a, 'draft-1');
}
