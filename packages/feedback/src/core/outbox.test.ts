// @vitest-environment node
// The feedback outbox's own behaviour around the platform outbox: photos uploaded before the
// report and remembered, the session waited for, photos kept until sent and then deleted,
// and a report whose photos were evicted failing in words a citizen can act on.
import { createSimulatedPlatform } from '@govmini/platform';
import { describe, expect, it } from 'vitest';
import { createMemoryFeedbackService } from '../testing/memory-service';
import { createFeedbackOutbox, type QueuedReport } from './outbox';
import { loadPhoto, PHOTO_KEY_PREFIX, removePhotos, savePhoto } from './photos/store';
import type { FeedbackCategory } from './types';

const categories: FeedbackCategory[] = [
  {
    id: 'rac',
    title: { vi: 'Rác thải' },
    description: { vi: 'Rác không được thu gom' },
    icon: 'rubbish',
    agency: { id: 'moi-truong', name: { vi: 'Sở Nông nghiệp và Môi trường' } },
    answerDays: 5,
  },
];
/** Until `check` holds (the outbox works in the background after queue() resolves). */
async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 5));
}
const jpeg = (n: number) =>
  new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, n, n, n])], { type: 'image/jpeg' });

async function setup(options: { online?: boolean; token?: string | undefined } = {}) {
  const platform = createSimulatedPlatform({
    user: { id: 'u1', name: 'Phạm Thu Hà' },
    online: options.online ?? true,
  });
  const storage = platform.storage.forUser('u1');
  const service = createMemoryFeedbackService({ categories });
  let token = 'token' in options ? options.token : 'u1';
  const outbox = createFeedbackOutbox({
    storage,
    service,
    getSessionToken: async () => token,
    system: platform.system,
  });
  const request = async (key: string, photos = 2): Promise<QueuedReport> => ({
    idempotencyKey: key,
    report: {
      categoryId: 'rac',
      description: 'Rác chất đống ở đầu ngõ 7 đã ba ngày.',
      location: {
        kind: 'commune',
        provinceCode: '01',
        communeCode: '00070',
        place: 'Đầu ngõ 7 Hàng Bạc',
      },
      showName: false,
      publish: true,
      notify: false,
    },
    photos: await Promise.all(
      Array.from({ length: photos }, (_, i) =>
        savePhoto(storage, jpeg(i + 1), { name: `anh-${i}.jpg` }),
      ),
    ),
  });
  const photoKeys = async () =>
    (await storage.keys()).filter((k) => k.startsWith(PHOTO_KEY_PREFIX));
  return {
    platform,
    storage,
    service,
    outbox,
    request,
    photoKeys,
    signIn: (t: string) => (token = t),
  };
}

describe('createFeedbackOutbox', () => {
  it('uploads the photos, files the report with their ids in order, then forgets the photos', async () => {
    const { outbox, service, request, photoKeys } = await setup();
    const queued = await request('fb-report-000001');
    await outbox.queue(queued);
    const report = await outbox.whenSent('fb-report-000001');
    expect(report.photos).toHaveLength(2);
    const uploaded = service.controls.photos();
    expect(report.photos.map((p) => uploaded.find((u) => u.photo.id === p.id)?.bytes[4])).toEqual([
      1, 2,
    ]);
    await new Promise((r) => setTimeout(r, 10));
    expect(await photoKeys()).toEqual([]);
  });

  it('keeps a report and its photos offline, and sends it when the network is back', async () => {
    const { outbox, service, request, platform, photoKeys } = await setup({ online: false });
    const entry = await outbox.queue(await request('fb-report-000002'));
    expect(entry.state).toBe('pending');
    expect(await photoKeys()).toHaveLength(2);
    expect(service.controls.reports()).toHaveLength(0);
    platform.controls.update({ online: true });
    await outbox.whenSent('fb-report-000002');
    expect(service.controls.reports()).toHaveLength(1);
  });

  it('waits for a session without spending attempts, then sends', async () => {
    const { outbox, service, request, signIn } = await setup({ token: undefined });
    await outbox.queue(await request('fb-report-000003'));
    await new Promise((r) => setTimeout(r, 20));
    const waiting = await outbox.get('fb-report-000003');
    expect([waiting?.state, waiting?.attempts]).toEqual(['pending', 0]);
    signIn('u1');
    await outbox.drain();
    expect((await outbox.get('fb-report-000003'))?.state).toBe('sent');
    expect(service.controls.reports()).toHaveLength(1);
  });

  it('does not upload a photo twice when only the report failed', async () => {
    const { outbox, service, request } = await setup();
    service.controls.failNext(1, { code: 'server', method: 'submit' });
    await outbox.queue(await request('fb-report-000004'));
    await until(async () => (await outbox.get('fb-report-000004'))?.lastError !== undefined);
    expect((await outbox.get('fb-report-000004'))?.lastError).toBe('server');
    await outbox.drain();
    await outbox.whenSent('fb-report-000004');
    expect(service.controls.photos()).toHaveLength(2);
  });

  it('fails a report whose photos were evicted, with a code the screens explain', async () => {
    const { outbox, service, storage, request } = await setup();
    const queued = await request('fb-report-000005');
    await removePhotos(storage, [queued.photos[1]?.id as string]); // Zalo dropped it
    await outbox.queue(queued);
    await until(async () => (await outbox.get('fb-report-000005'))?.state === 'failed');
    const entry = await outbox.get('fb-report-000005');
    expect([entry?.state, entry?.lastError]).toEqual(['failed', 'photo_missing']);
    expect(service.controls.reports()).toHaveLength(0);
  });

  it('release keeps the photos for a draft; remove deletes them', async () => {
    const { outbox, storage, request } = await setup({ online: false });
    const a = await request('fb-report-000006', 1);
    const b = await request('fb-report-000007', 1);
    await outbox.queue(a);
    await outbox.queue(b);
    await outbox.release(a.idempotencyKey);
    await outbox.remove(b.idempotencyKey);
    expect(await outbox.items()).toEqual([]);
    expect(await loadPhoto(storage, a.photos[0]?.id as string)).toBeDefined();
    expect(await loadPhoto(storage, b.photos[0]?.id as string)).toBeUndefined();
  });

  it('resolves queue() once stored, before a slow send finishes', async () => {
    const { outbox, service, request } = await setup();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = service.uploadPhoto;
    service.uploadPhoto = async (...args) => {
      await gate;
      return slow(...args);
    };
    const entry = await outbox.queue(await request('fb-report-000008', 1));
    expect(['pending', 'sending']).toContain(entry.state);
    release();
    await outbox.whenSent('fb-report-000008');
  });
});
