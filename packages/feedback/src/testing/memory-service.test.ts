// @vitest-environment node
// What only the memory service has: the agency simulator on a controllable clock (office
// hours, answer times per category, closing), explicit officer actions, tracking codes, faults,
// location tokens from the simulated platform, and stored photos. The FeedbackService contract
// itself is in memory.conformance.test.ts.
import { createSimulatedPlatform } from '@govmini/platform';
import { describe, expect, it } from 'vitest';
import type { MyReport } from '../core/types';
import { CONFORMANCE_FIXTURE, expectFeedbackError } from './conformance';
import { blobOf, commune, newReport, photoBytes, RUBBISH } from './conformance-fixture';
import { simulatorLocationExchange } from './memory-locations';
import { createMemoryFeedbackService, type MemoryFeedbackServiceOptions } from './memory-service';

const categories = CONFORMANCE_FIXTURE.categories;
// Tuesday 1 December 2026, 08:00 in Vietnam.
const TUESDAY_8 = '2026-12-01T08:00:00+07:00';

function setup(options: Partial<MemoryFeedbackServiceOptions> = {}) {
  const service = createMemoryFeedbackService({
    categories,
    now: TUESDAY_8,
    users: [{ id: 'hoa', name: 'Nguyễn Thị Hoa' }, 'nam'],
    photoUrl: ({ id }) => `https://anh.test/${id}`,
    ...options,
  });
  const send = async (overrides: Parameters<typeof newReport>[1] = {}, user = 'hoa') => {
    const photo = await service.uploadPhoto(user, blobOf(photoBytes('png'), 'image/png'), {
      name: 'a.png',
      type: 'image/png',
    });
    return service.submit(user, newReport([photo.id], overrides));
  };
  return { service, controls: service.controls, send };
}

/** Vietnam wall-clock time of an ISO instant: `Tue 09:00`. */
const wall = (iso: string) => {
  const d = new Date(Date.parse(iso) + 7 * 3_600_000);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  return `${day} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
};
const steps = (report: MyReport) => report.history.map((e) => `${e.status} ${wall(e.at)}`);

describe('createMemoryFeedbackService: the agency simulator', () => {
  it('receives in office hours, answers halfway through the answer time, closes a week later', async () => {
    const { service, controls, send } = setup();
    const report = await send(); // roads: 5 working days to answer
    controls.advance({ hours: 1 });
    expect((await service.getMine('hoa', report.id)).status).toBe('received');
    controls.advance({ days: 4 });
    const answered = await service.getMine('hoa', report.id);
    // Received Tue 09:00; 20 office hours later (6.5 on Tuesday, 8 on Wednesday, 5.5 on
    // Thursday, counting 7:30–11:30 and 13:00–17:00) is Thursday 14:30.
    expect(steps(answered)).toEqual([
      'sent Tue 08:00',
      'received Tue 09:00',
      'in_progress Tue 10:00',
      'answered Thu 14:30',
    ]);
    expect(answered.dueDate).toBe('2026-12-08');
    expect(answered.answer?.agency.vi).toBe('UBND phường Hoàn Kiếm');
    expect(answered.answer?.text).toMatch(/ổ gà|mặt đường|sửa chữa/);
    controls.advance({ days: 7 });
    expect(steps(await service.getMine('hoa', report.id)).at(-1)).toBe('closed Thu 14:30');
  });

  it('does not count nights and weekends: sent Friday 16:45, received Monday 08:15', async () => {
    const { service, controls, send } = setup({ now: '2026-12-04T16:45:00+07:00' });
    const report = await send({ categoryId: RUBBISH });
    controls.advance({ days: 2 });
    expect((await service.getMine('hoa', report.id)).status).toBe('sent');
    controls.advance({ days: 1 });
    const received = await service.getMine('hoa', report.id);
    expect(steps(received).slice(0, 2)).toEqual(['sent Fri 16:45', 'received Mon 08:15']);
  });

  it('answers a reopened report again a working day later, with another answer', async () => {
    const { service, controls, send } = setup();
    const report = await send();
    await controls.answer(report.id);
    const first = (await service.getMine('hoa', report.id)).answer?.text;
    await service.confirmResolved('hoa', report.id, { resolved: false });
    controls.advance({ hours: 4 });
    expect((await service.getMine('hoa', report.id)).status).toBe('in_progress');
    controls.advance({ days: 1 });
    const again = await service.getMine('hoa', report.id);
    expect(again.status).toBe('answered');
    expect(again.answer?.text).not.toBe(first);
    const closed = await service.confirmResolved('hoa', report.id, { resolved: true });
    expect(closed.status).toBe('closed');
    expect(closed.history.at(-1)?.note).toMatch(/đã được giải quyết/);
  });

  it('moves nothing by itself with agency.auto false; officers still act, in order', async () => {
    const { service, controls, send } = setup({ agency: { auto: false } });
    const report = await send();
    controls.advance({ days: 30 });
    expect((await service.getMine('hoa', report.id)).status).toBe('sent');
    await expectFeedbackError(controls.close(report.id), 'not_allowed');
    await controls.start(report.id);
    expect(steps(await service.getMine('hoa', report.id))).toHaveLength(3);
    await controls.answer(report.id, { text: 'Đã xử lý xong.' });
    await expectFeedbackError(controls.reject(report.id, 'Muộn'), 'not_allowed');
    await expectFeedbackError(controls.receive('khong-co'), 'not_found');
    expect(() => controls.advance({ hours: -1 })).toThrow(RangeError);
  });
});

describe('createMemoryFeedbackService: codes, sessions and faults', () => {
  it('numbers reports per Vietnam day: PA-YYMMDD-NNNN', async () => {
    const { controls, send } = setup({ now: '2026-12-01T23:30:00+07:00' });
    const first = await send();
    const second = await send({}, 'nam');
    controls.advance({ hours: 1 });
    const nextDay = await send();
    expect([first.code, second.code, nextDay.code]).toEqual([
      'PA-261201-0001',
      'PA-261201-0002',
      'PA-261202-0001',
    ]);
  });

  it('knows names from `users`, accepts only those, and needs a well-formed idempotency key', async () => {
    const { service, send } = setup();
    const shown = await send({ showName: true });
    expect((await service.getPublic(shown.id)).reporterName).toBe('Nguyễn Thị Hoa');
    await expectFeedbackError(service.listMine('lan'), 'unauthenticated');
    const error = await expectFeedbackError(
      service.submit('hoa', { ...newReport(['p']), idempotencyKey: 'short' }),
      'unknown',
    );
    expect(error.status).toBe(400);
  });

  it('fails the next calls on demand, before or after doing the work', async () => {
    const { service, controls, send } = setup();
    controls.failNext(2, { code: 'offline', method: 'listMine' });
    await expectFeedbackError(service.listMine('hoa'), 'offline');
    await expectFeedbackError(service.listMine('hoa'), 'offline');
    expect(await service.listMine('hoa')).toEqual([]);
    controls.failNext(1, { code: 'server', after: true, method: 'submit' });
    await expectFeedbackError(send(), 'server');
    expect(controls.reports()).toHaveLength(1);
    controls.failNext(1, 'timeout');
    await expectFeedbackError(service.listCategories(), 'timeout');
  });

  it('hands out copies: changing an answer changes nothing stored', async () => {
    const { service, controls, send } = setup();
    const report = await send();
    (report as { description: string }).description = 'đã sửa';
    (report.history as unknown[]).push({ status: 'closed', at: 'x' });
    const stored = await service.getMine('hoa', report.id);
    expect(stored.description).not.toBe('đã sửa');
    expect(stored.history).toHaveLength(1);
    expect(controls.reports()[0]).toMatchObject({
      reporter: 'hoa',
      supporters: [],
      published: true,
    });
  });
});

describe('createMemoryFeedbackService: locations and photos', () => {
  it('exchanges the simulated platform’s location tokens, once, with the commune when known', async () => {
    const platform = createSimulatedPlatform({
      user: { id: 'hoa', name: 'Nguyễn Thị Hoa' },
      location: { latitude: 21.0287, longitude: 105.8524 },
      permissions: { location: 'granted' },
    });
    const { service } = setup({
      exchangeLocation: simulatorLocationExchange(platform),
      reverseGeocode: () => ({
        provinceCode: '01',
        communeCode: '00070',
        address: 'Phường Hoàn Kiếm, Hà Nội',
      }),
    });
    const { token } = await platform.location.getToken();
    expect(await service.resolveLocation('hoa', token)).toEqual({
      kind: 'device',
      latitude: 21.0287,
      longitude: 105.8524,
      provinceCode: '01',
      communeCode: '00070',
      address: 'Phường Hoàn Kiếm, Hà Nội',
    });
    const reused = await expectFeedbackError(
      service.resolveLocation('hoa', token),
      'invalid_report',
    );
    expect(reused.issues).toEqual([
      { path: 'location', code: 'invalid_location', params: { part: 'token' } },
    ]);
    platform.dispose();
  });

  it('lets its own location tokens expire after two minutes', async () => {
    const { service, controls } = setup();
    const token = controls.issueLocationToken({ latitude: 16.46, longitude: 107.59 });
    controls.advance({ minutes: 3 });
    await expectFeedbackError(service.resolveLocation('hoa', token), 'invalid_report');
  });

  it('stores photos with their bytes, sniffed type and pixel size; a 40 MB image is too_large', async () => {
    // The default photo URLs: an object URL, or a data: URL where there is none.
    const service = createMemoryFeedbackService({ categories, now: TUESDAY_8, users: ['hoa'] });
    const { controls } = service;
    const photo = await service.uploadPhoto('hoa', blobOf(photoBytes('png', 2048), 'image/webp'), {
      name: 'a.webp',
      type: 'image/webp',
    });
    expect(photo).toMatchObject({ type: 'image/png', width: 640, height: 480 });
    expect(photo.url).toMatch(/^(blob:|data:image\/png;base64,)/);
    const [stored] = controls.photos();
    expect(stored).toMatchObject({ owner: 'hoa', photo });
    expect(stored?.bytes).toEqual(photoBytes('png', 2048));
    const huge = new Blob([new Uint8Array(40 * 1024 * 1024)], { type: 'image/jpeg' });
    await expectFeedbackError(
      service.uploadPhoto('hoa', huge, { name: 'x.jpg', type: 'image/jpeg' }),
      'too_large',
    );
    expect(controls.photos()).toHaveLength(1);
  });

  it('files a commune location as chosen, its place normalised', async () => {
    const { send } = setup();
    const report = await send({
      location: commune('00070', '  Ngõ 12\r\nphố Huế '.normalize('NFD')),
    });
    expect(report.location).toEqual({
      kind: 'commune',
      provinceCode: '01',
      communeCode: '00070',
      place: 'Ngõ 12\nphố Huế',
    });
  });
});
