// @vitest-environment node
// The Open311 adapter against the loopback GeoReport v2 server: photos (media_url takes a URL
// only) and requests → reports (statuses, answers, refusals, dates).
import { describe, expect, it } from 'vitest';
import {
  expectFeedbackError,
  jpegBlob,
  loopbackStacks,
  newReport,
  posted,
  SESSION,
} from './test-support';

const stack = loopbackStacks();

describe('photos: media_url takes a URL only', () => {
  it('refuses uploads without a mediaUploader, and then needs no photo to file', async () => {
    const { service } = await stack();
    const error = await expectFeedbackError(
      service.uploadPhoto(SESSION, jpegBlob(), { name: 'a.jpg', type: 'image/jpeg' }),
      'not_supported',
    );
    expect(String((error.cause as Error).message)).toContain('mediaUploader');
    await expect(service.submit(SESSION, newReport({ photoIds: [] }))).resolves.toBeDefined();
  });

  it('uploads through the mediaUploader; the first photo is media_url, the rest listed in the description', async () => {
    let n = 0;
    const { service, server } = await stack(
      {},
      {
        mediaUploader: async () => {
          n += 1;
          return { url: `https://media.hue.gov.vn/p/${n}.jpg`, width: 800, height: 600 };
        },
      },
    );
    const photos = [];
    for (let i = 0; i < 3; i++) {
      photos.push(
        await service.uploadPhoto(SESSION, jpegBlob(), { name: 'x.jpg', type: 'image/jpeg' }),
      );
    }
    expect(photos[0]).toEqual({
      id: 'https://media.hue.gov.vn/p/1.jpg',
      url: 'https://media.hue.gov.vn/p/1.jpg',
      type: 'image/jpeg',
      width: 800,
      height: 600,
    });
    const mine = await service.submit(SESSION, newReport({ photoIds: photos.map((p) => p.id) }));
    const form = posted(server.calls)[0];
    expect(form?.get('media_url')).toBe('https://media.hue.gov.vn/p/1.jpg');
    expect(form?.get('description')).toBe(
      'Ổ gà lớn giữa đường, xe máy dễ ngã\n\nẢnh khác:\nhttps://media.hue.gov.vn/p/2.jpg\nhttps://media.hue.gov.vn/p/3.jpg',
    );
    expect(mine.photos).toEqual(photos);
    expect(mine.description).toBe('Ổ gà lớn giữa đường, xe máy dễ ngã');
    const pub = await service.getPublic(mine.id);
    expect(pub.description).toBe('Ổ gà lớn giữa đường, xe máy dễ ngã');
    expect(pub.photos.map((p) => p.url)).toEqual(photos.map((p) => p.url));
  });

  it('leaves the extra photos out when asked, and never pushes the description past 4,000', async () => {
    let n = 0;
    const upload = async () => `https://media.hue.gov.vn/${++n}.jpg`;
    const two = async (service: typeof omit.service) => [
      (await service.uploadPhoto(SESSION, jpegBlob(), { name: 'a.jpg', type: 'image/jpeg' })).id,
      (await service.uploadPhoto(SESSION, jpegBlob(), { name: 'b.jpg', type: 'image/jpeg' })).id,
    ];
    const omit = await stack({}, { mediaUploader: upload, extraPhotos: 'omit' });
    await omit.service.submit(SESSION, newReport({ photoIds: await two(omit.service) }));
    expect(posted(omit.server.calls)[0]?.get('description')).toBe(
      'Ổ gà lớn giữa đường, xe máy dễ ngã',
    );
    const full = await stack({}, { mediaUploader: upload });
    const long = 'ổ gà '.repeat(800).trim(); // 3,999 characters
    await full.service.submit(
      SESSION,
      newReport({ description: long, photoIds: await two(full.service) }),
    );
    expect(posted(full.server.calls)[0]?.get('description')).toBe(long);
  });

  it('an uploader that fails is offline (the photo can be sent again); its own errors pass', async () => {
    const failing = await stack(
      {},
      {
        mediaUploader: async () => {
          throw new TypeError('Failed to fetch');
        },
      },
    );
    const error = await expectFeedbackError(
      failing.service.uploadPhoto(SESSION, jpegBlob(), { name: 'a.jpg', type: 'image/jpeg' }),
      'offline',
    );
    expect(((error.cause as Error).cause as Error).message).toBe('Failed to fetch');
  });

  it('checks type and size before uploading, and needs at least one photo when uploads work', async () => {
    let uploads = 0;
    const { service } = await stack(
      {},
      {
        maxPhotoBytes: 2000,
        mediaUploader: async () => {
          uploads += 1;
          return 'https://m.vn/a.jpg';
        },
      },
    );
    await expectFeedbackError(
      // A GIF, or a script named like a photo: typed by the bytes, not by the claim.
      service.uploadPhoto(SESSION, new Blob(['GIF89a']), { name: 'a.gif', type: 'image/gif' }),
      'unsupported_type',
    );
    await expectFeedbackError(
      service.uploadPhoto(SESSION, new Blob(['<script>']), { name: 'a.jpg', type: 'image/jpeg' }),
      'unsupported_type',
    );
    await expectFeedbackError(
      service.uploadPhoto(SESSION, jpegBlob(2001), { name: 'a.jpg', type: 'image/jpeg' }),
      'too_large',
    );
    expect(uploads).toBe(0);
    const error = await expectFeedbackError(service.submit(SESSION, newReport()), 'invalid_report');
    expect(error.issues).toContainEqual(expect.objectContaining({ code: 'too_few_photos' }));
    const wrong = await expectFeedbackError(
      service.submit(SESSION, newReport({ photoIds: ['photo-1'] })),
      'invalid_report',
    );
    expect(wrong.issues).toEqual([
      { path: 'photoIds', code: 'unknown_photo', params: { index: 0 } },
    ]);
  });
});

describe('requests → reports: statuses, answers, dates', () => {
  it('maps open → received, open with notes → in_progress, closed with notes → answered', async () => {
    const { service, server } = await stack({}, { agencyName: 'UBND Phường Phú Xuân' });
    const { id } = await service.submit(SESSION, newReport());
    server.update(id, { statusNotes: 'Đã chuyển đội duy tu' });
    const working = await service.getMine(SESSION, id);
    expect(working.status).toBe('in_progress');
    expect(working.history.map((e) => e.status)).toEqual(['sent', 'received', 'in_progress']);
    expect(working.history[2]?.note).toBe('Đã chuyển đội duy tu');
    expect(working.answer).toBeUndefined();

    server.answer(id, 'Đã vá ổ gà ngày 02/12.', 'Công ty Quản lý đường bộ');
    const answered = await service.getMine(SESSION, id);
    expect(answered.status).toBe('answered');
    expect(answered.answer).toMatchObject({
      agency: { vi: 'Công ty Quản lý đường bộ' },
      text: 'Đã vá ổ gà ngày 02/12.',
      attachments: [],
    });
    expect(answered.answer?.answeredAt).toMatch(/\+07:00$/);
  });

  it('uses the category agency without agency_responsible, and closed without notes is closed', async () => {
    const { service, server } = await stack({}, { agencyName: 'UBND Phường Phú Xuân' });
    const a = await service.submit(SESSION, newReport());
    const b = await service.submit(SESSION, newReport());
    server.answer(a.id, 'Đã xử lý.');
    server.update(b.id, { status: 'closed' });
    expect((await service.getMine(SESSION, a.id)).answer?.agency).toEqual({
      vi: 'UBND Phường Phú Xuân',
    });
    const closed = await service.getMine(SESSION, b.id);
    expect(closed.status).toBe('closed');
    expect(closed.answer).toBeUndefined();
  });

  it('open without expected_datetime is sent; the agency setting a date makes it received', async () => {
    const { service, server } = await stack({ expectedDays: undefined });
    const filed = await service.submit(SESSION, newReport());
    expect(filed.status).toBe('sent');
    expect(filed.history.map((e) => e.status)).toEqual(['sent']);
    expect(filed.dueDate).toBeUndefined();
    server.update(filed.id, { expectedAt: Date.parse('2026-12-08T10:00:00Z') });
    const received = await service.getMine(SESSION, filed.id);
    expect(received.status).toBe('received');
    expect(received.dueDate).toBe('2026-12-08');
    expect(received.history.map((e) => e.status)).toEqual(['sent', 'received']);
  });

  it('recognises refusals by the province’s rule: rejected with the reason, never public', async () => {
    const rejection = (notes: string) =>
      notes.startsWith('Không tiếp nhận: ') ? notes.slice('Không tiếp nhận: '.length) : undefined;
    const { service, server } = await stack({}, { rejection });
    const refused = await service.submit(SESSION, newReport());
    const answered = await service.submit(SESSION, newReport());
    server.answer(refused.id, 'Không tiếp nhận: Không thuộc thẩm quyền của phường.');
    server.answer(answered.id, 'Đã vá xong.');
    const mine = await service.getMine(SESSION, refused.id);
    expect(mine.status).toBe('rejected');
    expect(mine.answer).toBeUndefined();
    expect(mine.history.at(-1)).toMatchObject({
      status: 'rejected',
      note: 'Không thuộc thẩm quyền của phường.',
    });
    await expectFeedbackError(service.getPublic(refused.id), 'not_found');
    expect((await service.listPublic({})).items.map((r) => r.id)).toEqual([answered.id]);
    // Without the rule the same notes are an answer: Open311 itself cannot tell them apart.
    const plain = await stack();
    const other = await plain.service.submit(SESSION, newReport());
    plain.server.answer(other.id, 'Không tiếp nhận: Không thuộc thẩm quyền của phường.');
    expect((await plain.service.getMine(SESSION, other.id)).status).toBe('answered');
  });

  it('turns any server offset into +07:00 and leaves dueDate out without expected_datetime', async () => {
    const { service, server } = await stack({ expectedDays: undefined });
    const id = server.seed({
      serviceCode: 'o-ga',
      requestedAt: Date.parse('2026-11-30T17:30:00Z'),
      description: 'Cũ',
      lat: 16.47,
      long: 107.58,
    });
    const report = await service.getPublic(id);
    expect(report.createdAt).toBe('2026-12-01T00:30:00+07:00');
    expect(report.dueDate).toBeUndefined();
  });
});
