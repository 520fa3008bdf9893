// Test support (not exported): every FeedbackService operation, successes and the typical
// failures, as the phone would call them — for openapi.test.ts to record on the wire.
import type { FeedbackService } from '../core/types';
import {
  blobOf,
  commune,
  HO_GUOM,
  LIGHTS,
  newReport,
  photoBytes,
  ROADS,
} from './conformance-fixture';
import type { MemoryFeedbackControls } from './memory-service';

/** `a` and `b` are two citizens' session tokens. */
export async function runScenario(
  client: FeedbackService,
  controls: MemoryFeedbackControls,
  [a, b]: readonly [string, string],
) {
  const ignore = (promise: Promise<unknown>) => promise.catch(() => undefined);
  const png = (size = 256) => blobOf(photoBytes('png', size), 'image/png');
  const upload = { name: 'anh.png', type: 'image/png' };

  await client.listCategories();
  const location = await client.resolveLocation(a, controls.issueLocationToken(HO_GUOM));
  await ignore(client.resolveLocation(a, 'mem-location-made-up')); // 422
  await ignore(client.resolveLocation('nobody', 'x')); // 401

  const photo = await client.uploadPhoto(a, png(), upload);
  const second = await client.uploadPhoto(a, png(300), upload);
  await ignore(client.uploadPhoto(a, blobOf(photoBytes('text'), 'image/png'), upload)); // 415
  await ignore(client.uploadPhoto(a, png(11 * 1024 * 1024), upload)); // 413

  const request = newReport([photo.id, second.id], {
    description: 'Ổ gà lớn <b>giữa</b> đường',
    location: { ...location, place: 'Trước cổng chợ' },
    showName: true,
  });
  const report = await client.submit(a, request);
  await client.submit(a, request); // the same again: 200, the same report
  await ignore(client.submit(a, { ...request, description: 'Khác' })); // 409 conflict
  await ignore(client.submit(a, newReport([], { description: '' }))); // 422
  await ignore(client.submit('nobody', request)); // 401
  const other = await client.submit(
    b,
    newReport([(await client.uploadPhoto(b, png(), upload)).id], {
      categoryId: LIGHTS,
      description: 'Đèn đường tắt cả tuần',
      location: commune(),
    }),
  );
  await client.listMine(a);
  await client.getMine(a, report.id);
  await ignore(client.getMine(b, report.id)); // 404

  await client.findDuplicates({ categoryId: ROADS, location, description: 'o ga giua duong' });
  await ignore(
    client.findDuplicates({ categoryId: ROADS, location: {} as never, description: '' }),
  );
  await client.support(b, report.id);
  await ignore(client.support(a, report.id)); // 409 own report

  await ignore(client.rate(a, report.id, { level: 'satisfied' })); // 409 before the answer
  await controls.answer(report.id);
  await controls.answer(other.id);
  await ignore(client.rate(a, report.id, { level: 'unsatisfied' })); // 422 comment
  await client.rate(a, report.id, { level: 'unsatisfied', comment: 'Mới vá tạm' });
  await client.confirmResolved(a, report.id, { resolved: false, comment: 'Vẫn còn' });
  await controls.answer(report.id, { text: 'Đã thảm lại mặt đường.' });
  await client.confirmResolved(a, report.id, { resolved: true });

  const first = await client.listPublic({ limit: 1, text: 'duong' });
  if (first.nextCursor) await client.listPublic({ limit: 1, cursor: first.nextCursor });
  await client.listPublic({ categoryId: LIGHTS, from: '2026-12-01', to: '2026-12-31' });
  await ignore(client.listPublic({ from: '01/12/2026' })); // 400
  await client.getPublic(report.id);
  await ignore(client.getPublic('khong-co')); // 404
}
