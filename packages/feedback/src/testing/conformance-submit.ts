// Conformance: categories, sending a report — validation with every issue, text kept as typed,
// exactly once per idempotency key, conflicts, who may see what, sessions — photos typed by
// their bytes and limited in size, and location tokens.
import { expect } from 'vitest';
import {
  type Case,
  expectFeedbackError,
  type FeedbackCapabilities,
  type MakeSubject,
} from './conformance';
import {
  blobOf,
  CONFORMANCE_CATEGORIES,
  commune,
  fileReport,
  HO_GUOM,
  newReport,
  photoBytes,
  ROADS,
  uploadPhotos,
} from './conformance-fixture';

const pathsAndCodes = (error: { issues: readonly { path: string; code: string }[] }) =>
  error.issues.map((i) => `${i.path}.${i.code}`);

export function submitCases(make: MakeSubject, test: Case, can: FeedbackCapabilities): void {
  test([], 'lists the categories without a session', async () => {
    const { service } = await make();
    expect(await service.listCategories()).toEqual(CONFORMANCE_CATEGORIES);
  });

  test(
    [],
    'files a report: status sent, a code, the text normalised, the choices kept',
    async () => {
      const subject = await make();
      const [a] = subject.citizens;
      const photoIds = await uploadPhotos(subject, a, 2);
      // Decomposed (NFD) text with Windows line breaks and blank space around it.
      const typed = '  Ổ gà lớn\r\ngiữa đường.  '.normalize('NFD');
      const report = await subject.service.submit(
        a.session,
        newReport(photoIds, { description: typed, showName: true, publish: false, notify: false }),
      );
      expect(report).toMatchObject({
        categoryId: ROADS,
        description: 'Ổ gà lớn\ngiữa đường.',
        status: 'sent',
        showName: true,
        publish: false,
        subscribed: false,
        role: 'reporter',
        supporters: 0,
        location: commune(),
      });
      expect(report.description).toBe(report.description.normalize('NFC'));
      expect(report.code.length).toBeGreaterThan(0);
      expect(report.photos.map((p) => p.id)).toEqual(photoIds);
      expect(report.history[0]?.status).toBe('sent');
      expect(report.createdAt).toMatch(
        /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:\d\d|Z)$/,
      );
      expect(report.answer).toBeUndefined();
      expect(report.rating).toBeUndefined();
      const again = await subject.service.getMine(a.session, report.id);
      expect(again).toEqual(report);
    },
  );

  test(
    [],
    'keeps HTML and symbols in a description as text, neither stripped nor escaped',
    async () => {
      const subject = await make();
      const [a] = subject.citizens;
      const description = '<b>Đèn</b> hỏng & <script>alert("x")</script> — 100% “tối”\tcả đêm';
      const report = await fileReport(subject, a, { description });
      expect(report.description).toBe(description);
      expect((await subject.service.getMine(a.session, report.id)).description).toBe(description);
    },
  );

  test([], 'refuses an invalid report with every issue at once, naming each part', async () => {
    const subject = await make();
    const [a] = subject.citizens;
    const error = await expectFeedbackError(
      subject.service.submit(
        a.session,
        newReport([], {
          categoryId: 'khong-co-loai-nay',
          description: '   ',
          location: { kind: 'device', latitude: 123, longitude: 105.85 },
        }),
      ),
      'invalid_report',
    );
    expect(error.status).toBe(422);
    expect(pathsAndCodes(error).sort()).toEqual(
      [
        'categoryId.unknown_category',
        'description.required',
        'location.invalid_location',
        'photoIds.too_few_photos',
      ].sort(),
    );
    expect(await subject.service.listMine(a.session)).toEqual([]);
  });

  test(
    [],
    'refuses 6 photos, 4,001 characters, control characters and a commune without a place',
    async () => {
      const subject = await make();
      const [a] = subject.citizens;
      const six = await uploadPhotos(subject, a, 6);
      const many = await expectFeedbackError(
        subject.service.submit(a.session, newReport(six)),
        'invalid_report',
      );
      expect(many.issues).toEqual([
        expect.objectContaining({ path: 'photoIds', code: 'too_many_photos' }),
      ]);
      const one = six.slice(0, 1);
      const long = await expectFeedbackError(
        subject.service.submit(a.session, newReport(one, { description: 'ố'.repeat(4001) })),
        'invalid_report',
      );
      expect(long.issues).toEqual([
        expect.objectContaining({ path: 'description', code: 'too_long' }),
      ]);
      const control = await expectFeedbackError(
        subject.service.submit(
          a.session,
          newReport(one, { description: 'Đèn hỏng\u0000\u001b[2J' }),
        ),
        'invalid_report',
      );
      expect(pathsAndCodes(control)).toEqual(['description.control_characters']);
      const noPlace = await expectFeedbackError(
        subject.service.submit(a.session, newReport(one, { location: commune(undefined, ' ') })),
        'invalid_report',
      );
      expect(pathsAndCodes(noPlace)).toEqual(['location.required']);
      expect(await subject.service.listMine(a.session)).toEqual([]);
    },
  );

  test(
    [],
    'counts 4,000 characters as a reader sees them: decomposed text counts as composed',
    async () => {
      const subject = await make();
      const [a] = subject.citizens;
      const photos = await uploadPhotos(subject, a, 5);
      // 4,000 "ệ" typed decomposed are 12,000 code points, and exactly at the limit.
      const report = await subject.service.submit(
        a.session,
        newReport(photos, { description: 'ệ'.repeat(4000).normalize('NFD') }),
      );
      expect(report.description).toBe('ệ'.repeat(4000));
      expect(report.photos).toHaveLength(5);
    },
  );

  test(
    ['idempotency'],
    'files exactly once per idempotency key, even when retries race',
    async () => {
      const subject = await make();
      const [a] = subject.citizens;
      const request = newReport(await uploadPhotos(subject, a));
      const results = await Promise.all([
        subject.service.submit(a.session, request),
        subject.service.submit(a.session, request),
        subject.service.submit(a.session, { ...request, location: { ...request.location } }),
      ]);
      expect(new Set(results.map((r) => r.id)).size).toBe(1);
      expect((await subject.service.submit(a.session, request)).code).toBe(results[0]?.code);
      expect(await subject.service.listMine(a.session)).toHaveLength(1);
    },
  );

  test(['idempotency'], 'answers conflict for the same key with a different report', async () => {
    const subject = await make();
    const [a] = subject.citizens;
    const request = newReport(await uploadPhotos(subject, a));
    const first = await subject.service.submit(a.session, request);
    const error = await expectFeedbackError(
      subject.service.submit(a.session, { ...request, description: 'Nội dung khác hẳn' }),
      'conflict',
    );
    expect(error.status).toBe(409);
    expect((await subject.service.getMine(a.session, first.id)).description).toBe(
      request.description,
    );
  });

  test(
    ['idempotency'],
    'keeps keys per citizen: the same key from another citizen is their own report',
    async () => {
      const subject = await make();
      const [a, b] = subject.citizens;
      const request = newReport(await uploadPhotos(subject, a));
      const mine = await subject.service.submit(a.session, request);
      const theirs = await subject.service.submit(b.session, {
        ...request,
        photoIds: await uploadPhotos(subject, b),
        description: 'Rác đổ trộm ở góc phố',
      });
      expect(theirs.id).not.toBe(mine.id);
      expect(theirs.description).toBe('Rác đổ trộm ở góc phố');
    },
  );

  test(
    [],
    'shows a citizen only their own reports; others and guessed ids are not_found',
    async () => {
      const subject = await make();
      const [a, b] = subject.citizens;
      const report = await fileReport(subject, a, { publish: false });
      expect((await subject.service.listMine(a.session)).map((r) => r.id)).toEqual([report.id]);
      expect(await subject.service.listMine(b.session)).toEqual([]);
      await expectFeedbackError(subject.service.getMine(b.session, report.id), 'not_found');
      await expectFeedbackError(subject.service.getMine(a.session, `${report.id}x`), 'not_found');
      await expectFeedbackError(subject.service.getMine(a.session, 'khong-co'), 'not_found');
    },
  );

  test([], 'refuses every citizen call without a live session with unauthenticated', async () => {
    const subject = await make();
    const { service, invalidSession } = subject;
    const report = await fileReport(subject, subject.citizens[0]);
    for (const token of [invalidSession, '']) {
      await expectFeedbackError(service.submit(token, newReport(['photo-1'])), 'unauthenticated');
      await expectFeedbackError(service.listMine(token), 'unauthenticated');
      await expectFeedbackError(service.getMine(token, report.id), 'unauthenticated');
      // A method the backend declared missing may answer not_supported first.
      const refused = async (
        capability: keyof FeedbackCapabilities,
        call: () => Promise<unknown>,
      ) => {
        if (can[capability]) await expectFeedbackError(call(), 'unauthenticated');
      };
      await refused('supporters', () => service.support(token, report.id));
      await refused('rating', () => service.rate(token, report.id, { level: 'satisfied' }));
      await refused('reopen', () => service.confirmResolved(token, report.id, { resolved: true }));
      await refused('locationTokens', () => service.resolveLocation(token, 'tok-1'));
      await expectFeedbackError(
        service.uploadPhoto(token, blobOf(photoBytes('png'), 'image/png'), {
          name: 'a.png',
          type: 'image/png',
        }),
        'unauthenticated',
      );
    }
  });

  test(
    ['photoSniffing'],
    'types a photo by its bytes, refuses other files and files over the limit',
    async () => {
      const subject = await make();
      const [a] = subject.citizens;
      const upload = (bytes: Uint8Array, type: string) =>
        subject.service.uploadPhoto(a.session, blobOf(bytes, type), { name: 'anh.jpg', type });
      const png = await upload(photoBytes('png'), 'image/jpeg');
      expect(png.type).toBe('image/png');
      expect(png.id.length).toBeGreaterThan(0);
      expect(png.url.length).toBeGreaterThan(0);
      for (const kind of ['text', 'pdf'] as const) {
        await expectFeedbackError(upload(photoBytes(kind), 'image/png'), 'unsupported_type');
      }
      const limit = subject.photoLimitBytes ?? 10 * 1024 * 1024;
      const tooLarge = await expectFeedbackError(
        upload(photoBytes('jpeg', limit + 1), 'image/jpeg'),
        'too_large',
      );
      expect(tooLarge.status).toBe(413);
    },
  );

  test(['photoSniffing'], 'reports upload progress to the end', async () => {
    const subject = await make();
    const progress: [number, number][] = [];
    await subject.service.uploadPhoto(
      subject.citizens[0].session,
      blobOf(photoBytes('jpeg', 4096), 'image/jpeg'),
      { name: 'anh.jpg', type: 'image/jpeg', onProgress: (s, t) => progress.push([s, t]) },
    );
    expect(progress.at(-1)).toEqual([4096, 4096]);
  });

  test(
    ['photoSniffing'],
    'files only the reporter’s own photos: another’s or a made-up id is unknown_photo',
    async () => {
      const subject = await make();
      const [a, b] = subject.citizens;
      const [theirs] = await uploadPhotos(subject, b);
      for (const id of [theirs ?? '', 'photo-made-up']) {
        const error = await expectFeedbackError(
          subject.service.submit(a.session, newReport([id])),
          'invalid_report',
        );
        expect(pathsAndCodes(error)).toEqual(['photoIds.unknown_photo']);
      }
    },
  );

  test(['locationTokens'], 'exchanges a location token once for coordinates', async () => {
    const subject = await make();
    const [a] = subject.citizens;
    if (!subject.issueLocationToken) throw new Error('conformance: issueLocationToken is missing');
    const token = await subject.issueLocationToken(HO_GUOM);
    const location = await subject.service.resolveLocation(a.session, token);
    expect(location.kind).toBe('device');
    expect(location.latitude).toBeCloseTo(HO_GUOM.latitude, 4);
    expect(location.longitude).toBeCloseTo(HO_GUOM.longitude, 4);
    const reused = await expectFeedbackError(
      subject.service.resolveLocation(a.session, token),
      'invalid_report',
    );
    expect(pathsAndCodes(reused)).toEqual(['location.invalid_location']);
    // The resolved location files as it came.
    const report = await fileReport(subject, a, { location: { ...location, place: 'Cổng chợ' } });
    expect(report.location).toMatchObject({ kind: 'device', place: 'Cổng chợ' });
  });
}
