// @vitest-environment node
import { createMemoryBackend, createPlatformStorage } from '@govmini/platform';
import { createManualClock } from '@govmini/platform/testing';
import { describe, expect, it } from 'vitest';
import type { FileAnswer } from '../definition/types';
import { dossierError } from '../service/errors';
import { type DossierService, isRetryable, type UploadOptions } from '../service/types';
import { sniffType } from './compress';
import { AttachmentError, isAttachmentError } from './errors';
import { ATTACHMENT_BYTES_PREFIX } from './kept-files';
import { createAttachmentQueue, toFileAnswer } from './queue';

const JPEG = [0xff, 0xd8, 0xff, 0xe0];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const file = (head: number[], size: number, type = '') => {
  const bytes = new Uint8Array(size);
  bytes.set(head);
  for (let i = head.length; i < size; i++) bytes[i] = i % 251;
  return new Blob([bytes], { type });
};
const heic = () =>
  file([0, 0, 0, 0x18, ...ascii('ftypheic'), 0, 0, 0, 0, ...ascii('mif1heic')], 2_000);
const PHOTO = { maxBytes: 5_000, accept: ['image/jpeg', 'image/png', 'image/webp'] };

/** A backend that stores uploads, reports progress and fails as planned. */
function fakeUploads() {
  const stored: { name: string; type: string; size: number; options: UploadOptions }[] = [];
  const plan: string[] = [];
  const service = {
    async uploadAttachment(
      _token: string,
      blob: Blob,
      options: UploadOptions,
    ): Promise<FileAnswer> {
      const step = plan.shift();
      if (step) throw dossierError(step as 'server');
      options.onProgress?.(0, blob.size);
      options.onProgress?.(blob.size / 2, blob.size);
      await Promise.resolve();
      if (options.signal?.aborted) throw new DOMException('Cancelled', 'AbortError');
      options.onProgress?.(blob.size, blob.size);
      stored.push({ name: options.name, type: options.type, size: blob.size, options });
      return {
        id: `att-${stored.length}`,
        name: options.name,
        type: options.type,
        size: blob.size,
      };
    },
  } as unknown as DossierService;
  return { service, stored, plan };
}

function phone(options: { maxStoredBytes?: number } = {}) {
  const backend = createMemoryBackend({ quotaBytes: 1_000_000 });
  const clock = createManualClock(0);
  const uploads = fakeUploads();
  let token: string | undefined = 'u1';
  let ids = 0;
  const compressed: number[] = [];
  const boot = () => {
    const storage = createPlatformStorage(backend, { appId: 't', clock });
    const queue = createAttachmentQueue({
      storage,
      service: uploads.service,
      getSessionToken: async () => token,
      timers: clock,
      newId: () => `f${++ids}`,
      ...(options.maxStoredBytes === undefined ? {} : { maxStoredBytes: options.maxStoredBytes }),
      // Stands in for the canvas: a JPEG of a tenth of the size (the real one: compress.browser.test).
      async compress(blob, { maxBytes }) {
        compressed.push(blob.size);
        if (sniffType(new Uint8Array(await blob.slice(0, 64).arrayBuffer())) === 'image/heic') {
          throw new AttachmentError('heic_unsupported');
        }
        const out = file(JPEG, Math.ceil(blob.size / 10), 'image/jpeg');
        if (out.size > maxBytes) throw new AttachmentError('too_large', { maxBytes });
        return out;
      },
    });
    return { storage, queue };
  };
  return {
    backend,
    clock,
    uploads,
    boot,
    compressed,
    setToken: (value: string | undefined) => {
      token = value;
    },
  };
}

const settle = async (clock: ReturnType<typeof createManualClock>) => clock.advance(0);

describe('sniffType', () => {
  it('tells the type from the bytes, whatever the name or claimed type says', () => {
    expect(sniffType(new Uint8Array(JPEG))).toBe('image/jpeg');
    expect(sniffType(new Uint8Array(PNG))).toBe('image/png');
    expect(sniffType(new Uint8Array(ascii('RIFF\0\0\0\0WEBPVP8 ')))).toBe('image/webp');
    expect(sniffType(new Uint8Array(ascii('%PDF-1.7\n')))).toBe('application/pdf');
    expect(sniffType(new Uint8Array(ascii('<html><script>')))).toBeUndefined();
    expect(sniffType(new Uint8Array([]))).toBeUndefined();
  });

  it('recognises HEIC (to explain the refusal) but not AVIF', () => {
    expect(sniffType(new Uint8Array(ascii('\0\0\0\x18ftypheic\0\0\0\0mif1heic')))).toBe(
      'image/heic',
    );
    expect(sniffType(new Uint8Array(ascii('\0\0\0\x18ftypmif1\0\0\0\0mif1heic')))).toBe(
      'image/heic',
    );
    expect(sniffType(new Uint8Array(ascii('\0\0\0\x18ftypavif\0\0\0\0mif1avif')))).toBeUndefined();
    expect(sniffType(new Uint8Array(ascii('\0\0\0\x14ftypmif1\0\0\0\0avif')))).toBeUndefined();
  });
});

describe('createAttachmentQueue: limits', () => {
  it('refuses a type the field does not take, checked on the bytes', async () => {
    const { queue } = phone().boot();
    const pdfNamedJpg = new Blob([new Uint8Array(ascii('%PDF-1.4 …'))], { type: 'image/jpeg' });
    const error = await queue
      .add('photo', pdfNamedJpg, { name: 'anh.jpg', limits: PHOTO })
      .catch((e: unknown) => e);
    expect(isAttachmentError(error, 'file_type')).toBe(true);
    expect((error as Error).message).toMatch(/Vui lòng/);
    expect(queue.list()).toEqual([]);
    await expect(
      queue.add('photo', new Blob(['hello']), { name: 'a.txt', limits: PHOTO }),
    ).rejects.toMatchObject({ code: 'file_type' });
  });

  it('explains HEIC photos it cannot convert', async () => {
    const { queue } = phone().boot();
    await expect(
      queue.add('photo', heic(), { name: 'IMG_1.HEIC', limits: PHOTO }),
    ).rejects.toMatchObject({ code: 'heic_unsupported', message: expect.stringMatching(/HEIC/) });
  });

  it('compresses images over the limit and checks the size after compression', async () => {
    const p = phone();
    const { queue } = p.boot();
    const upload = await queue.add('photo', file(PNG, 40_000), { name: 'cccd.png', limits: PHOTO });
    expect(p.compressed).toEqual([40_000]);
    expect(upload).toMatchObject({ name: 'cccd.jpg', type: 'image/jpeg', size: 4_000 });
    await expect(
      queue.add('photo', file(JPEG, 60_000), { name: 'to.jpg', limits: PHOTO }),
    ).rejects.toMatchObject({ code: 'too_large', maxBytes: 5_000 });
    // A PDF is not an image: it is never re-encoded, only measured.
    const pdf = file(ascii('%PDF-1.4'), 6_000);
    await expect(
      queue.add('giay', pdf, {
        name: 'a.pdf',
        limits: { maxBytes: 5_000, accept: ['application/pdf'] },
      }),
    ).rejects.toMatchObject({ code: 'too_large' });
    expect(p.compressed).toEqual([40_000, 60_000]);
  });

  it('keeps small files of an accepted type as they are', async () => {
    const p = phone();
    const { queue } = p.boot();
    const upload = await queue.add('photo', file(PNG, 3_000), { name: 'a.png', limits: PHOTO });
    expect(upload).toMatchObject({ name: 'a.png', type: 'image/png', size: 3_000 });
    expect(p.compressed).toEqual([]);
  });
});

describe('createAttachmentQueue: uploading', () => {
  it('uploads with progress, then drops the kept bytes', async () => {
    const p = phone();
    const { queue, storage } = p.boot();
    const progress: number[] = [];
    queue.subscribe(() => {
      const [upload] = queue.list('photo');
      if (upload?.state === 'uploading') progress.push(upload.progress);
    });
    const added = await queue.add('photo', file(JPEG, 3_000), {
      name: 'a.jpg',
      limits: PHOTO,
      procedureId: 'xac-nhan-cu-tru',
    });
    expect(added).toMatchObject({ state: 'queued', persisted: true, localId: 'local:f1' });
    await settle(p.clock);
    const [done] = queue.list('photo');
    expect(done).toMatchObject({
      state: 'done',
      progress: 1,
      result: { id: 'att-1', size: 3_000 },
    });
    expect(progress).toEqual([0, 0.5, 1]);
    expect(p.uploads.stored[0]?.options).toMatchObject({
      fieldId: 'photo',
      procedureId: 'xac-nhan-cu-tru',
    });
    expect(await storage.keys()).not.toContain(`${ATTACHMENT_BYTES_PREFIX}local:f1`);
    expect(queue.list('other')).toEqual([]);
  });

  it('retries retryable failures with backoff, then fails; retry() tries again', async () => {
    const p = phone();
    const { queue } = p.boot();
    p.uploads.plan.push('server', 'offline', 'timeout');
    await queue.add('photo', file(JPEG, 1_000), { name: 'a.jpg', limits: PHOTO });
    await settle(p.clock);
    expect(queue.list()[0]).toMatchObject({ state: 'queued', error: 'server' });
    await p.clock.advance(1_999);
    expect(queue.list()[0]?.error).toBe('server');
    await p.clock.advance(1); // 2 s
    expect(queue.list()[0]?.error).toBe('offline');
    await p.clock.advance(4_000); // then 4 s: the third failure is final
    expect(queue.list()[0]).toMatchObject({ state: 'failed', error: 'timeout' });
    await p.clock.advance(60_000);
    expect(queue.list()[0]?.state).toBe('failed');
    await queue.retry('local:f1');
    await settle(p.clock);
    expect(queue.list()[0]).toMatchObject({ state: 'done', result: { id: 'att-1' } });
    expect(queue.list()[0]?.error).toBeUndefined();
  });

  it('a final backend refusal is not retried', async () => {
    const p = phone();
    const { queue } = p.boot();
    p.uploads.plan.push('unsupported_type');
    await queue.add('photo', file(JPEG, 1_000), { name: 'a.jpg', limits: PHOTO });
    await p.clock.advance(60_000);
    expect(queue.list()[0]).toMatchObject({ state: 'failed', error: 'unsupported_type' });
  });

  it('remove() stops and forgets a file, its bytes too', async () => {
    const p = phone();
    p.setToken(undefined);
    const { queue, storage } = p.boot();
    await queue.add('photo', file(JPEG, 1_000), { name: 'a.jpg', limits: PHOTO });
    expect(await storage.keys()).toHaveLength(2);
    await queue.remove('local:f1');
    expect(queue.list()).toEqual([]);
    expect(await storage.keys()).toEqual([]);
  });
});

describe('createAttachmentQueue: after a restart', () => {
  it('files queued offline survive a kill and upload when possible', async () => {
    const p = phone();
    p.setToken(undefined); // no session yet: nothing uploads
    const first = p.boot().queue;
    await first.add('photo', file(JPEG, 2_000), { name: 'a.jpg', limits: PHOTO });
    await settle(p.clock);
    expect(first.list()[0]?.state).toBe('queued');

    p.setToken('u1');
    const { queue } = p.boot();
    await queue.ready;
    await settle(p.clock);
    expect(queue.list()).toEqual([
      expect.objectContaining({ localId: 'local:f1', state: 'done', persisted: true }),
    ]);
    expect(p.uploads.stored).toEqual([expect.objectContaining({ name: 'a.jpg', size: 2_000 })]);
  });

  it('a file too big to keep is flagged, and after a kill asks to be picked again', async () => {
    const p = phone({ maxStoredBytes: 1_000 });
    p.setToken(undefined);
    const first = p.boot().queue;
    const added = await first.add('photo', file(JPEG, 2_000), { name: 'a.jpg', limits: PHOTO });
    expect(added.persisted).toBe(false);
    const { queue } = p.boot();
    await queue.ready;
    expect(queue.list()[0]).toMatchObject({ state: 'failed', error: 'attachment_lost' });
    const answers = { photo: [toFileAnswer(added)] };
    expect(() => queue.resolve(answers)).toThrow(AttachmentError);
    await expect(queue.retry('local:f1')).rejects.toMatchObject({ code: 'attachment_lost' });
  });
});

describe('createAttachmentQueue: resolve and prepare', () => {
  it('swaps local ids for server ids, in groups too, leaving the rest alone', async () => {
    const p = phone();
    const { queue } = p.boot();
    const a = await queue.add('photo', file(JPEG, 100), { name: 'a.jpg', limits: PHOTO });
    const b = await queue.add('idCard', file(PNG, 100), { name: 'b.png', limits: PHOTO });
    await settle(p.clock);
    const old = { id: 'att-old', name: 'c.jpg', type: 'image/jpeg', size: 5 };
    const answers = {
      fullName: 'Hà',
      needs: ['ban-sao'],
      photo: [toFileAnswer(a), old],
      members: [{ name: 'Lan', idCard: [toFileAnswer(b)] }],
    };
    expect(queue.resolve(answers)).toEqual({
      fullName: 'Hà',
      needs: ['ban-sao'],
      photo: [{ id: 'att-1', name: 'a.jpg', type: 'image/jpeg', size: 100 }, old],
      members: [
        { name: 'Lan', idCard: [{ id: 'att-2', name: 'b.png', type: 'image/png', size: 100 }] },
      ],
    });
  });

  it('refuses to resolve a file not uploaded yet with a retryable error', async () => {
    const p = phone();
    p.setToken(undefined);
    const { queue } = p.boot();
    const a = await queue.add('photo', file(JPEG, 100), { name: 'a.jpg', limits: PHOTO });
    let error: unknown;
    try {
      queue.resolve({ photo: [toFileAnswer(a)] });
    } catch (e) {
      error = e;
    }
    expect(isRetryable(error)).toBe(true);
    expect(() => queue.resolve({ photo: [{ ...toFileAnswer(a), id: 'local:unknown' }] })).toThrow(
      /chọn lại/,
    );
  });

  it('prepare uploads what the answers name, retrying failures, then resolves', async () => {
    const p = phone();
    const { queue } = p.boot();
    p.uploads.plan.push('offline', 'offline', 'offline');
    const a = await queue.add('photo', file(JPEG, 100), { name: 'a.jpg', limits: PHOTO });
    await p.clock.advance(10_000);
    expect(queue.list()[0]?.state).toBe('failed');
    const resolved = await queue.prepare({ photo: [toFileAnswer(a)] });
    expect(resolved).toEqual({
      photo: [{ id: 'att-1', name: 'a.jpg', type: 'image/jpeg', size: 100 }],
    });
  });
});
