// Conformance: photo URLs as the app uses them — `<img src={photo.url}>`, a request without the
// session header. A published report's photo loads for anyone and does not expire; a private
// (or refused) report's loads for its reporter through a URL made for their session, which
// expires; the same URL without its grant, another citizen's session, another photo's grant
// and an expired URL load nothing.
import { expect } from 'vitest';
import type { ReportPhoto } from '../core/types';
import {
  type Case,
  CONFORMANCE_FIXTURE,
  type ConformanceCitizen,
  type FeedbackConformanceSubject,
  type LoadedPhoto,
  type MakeSubject,
} from './conformance';
import { agencyOf, blobOf, newReport, photoBytes } from './conformance-fixture';

const fetchPhoto = async (url: string, session?: string): Promise<LoadedPhoto> => {
  const response = await fetch(url, {
    headers: session ? { authorization: `Bearer ${session}` } : {},
  });
  const ok = response.status >= 200 && response.status < 300;
  return {
    status: response.status,
    bytes: ok ? new Uint8Array(await response.arrayBuffer()) : new Uint8Array(),
  };
};

const loader = (subject: FeedbackConformanceSubject) => subject.loadPhoto ?? fetchPhoto;

function expireHook(subject: FeedbackConformanceSubject) {
  if (!subject.expirePhotoUrls) {
    throw new Error('conformance: privatePhotoUrls needs the subject’s expirePhotoUrls hook');
  }
  return subject.expirePhotoUrls;
}

/** The URL without its query string: what anyone can build from a photo id. */
const bare = (url: string) => {
  const parsed = new URL(url);
  parsed.search = '';
  return parsed.href;
};

const isLoaded = (loaded: LoadedPhoto) => loaded.status >= 200 && loaded.status < 300;
const same = (x: Uint8Array, y: Uint8Array) =>
  x.length === y.length && x.every((byte, i) => byte === y[i]);

/** Uploads a PNG of `size` bytes (sizes differ, so bytes tell photos apart). */
async function upload(
  subject: FeedbackConformanceSubject,
  citizen: ConformanceCitizen,
  size: number,
): Promise<{ photo: ReportPhoto; bytes: Uint8Array }> {
  const bytes = photoBytes('png', size);
  const photo = await subject.service.uploadPhoto(citizen.session, blobOf(bytes, 'image/png'), {
    name: 'anh.png',
    type: 'image/png',
  });
  return { photo, bytes };
}

async function privateReport(subject: FeedbackConformanceSubject, size = 811) {
  const [a] = subject.citizens;
  const { photo, bytes } = await upload(subject, a, size);
  const sent = await subject.service.submit(a.session, newReport([photo.id], { publish: false }));
  return { report: sent, bytes };
}

export function photoUrlCases(make: MakeSubject, test: Case): void {
  test(
    ['privateReports', 'privatePhotoUrls'],
    'loads a private report’s photo for its reporter without a session header, until a stated time',
    async () => {
      const subject = await make();
      const [a] = subject.citizens;
      const { report, bytes } = await privateReport(subject);
      const [photo] = (await subject.service.getMine(a.session, report.id)).photos;
      // It says when it expires: after the backend's clock (at the fixture's start), within
      // the hour.
      const expires = Date.parse(photo?.expiresAt ?? '');
      const start = Date.parse(CONFORMANCE_FIXTURE.startAt);
      expect(expires, `expiresAt ${photo?.expiresAt}`).toBeGreaterThan(start);
      expect(expires, `expiresAt ${photo?.expiresAt}`).toBeLessThanOrEqual(start + 3_600_000);
      const loaded = await loader(subject)(photo?.url ?? '');
      expect(loaded.status).toBe(200);
      expect(loaded.bytes).toEqual(bytes);
    },
  );

  test(
    ['privateReports', 'privatePhotoUrls'],
    'never loads it for anyone else: not its bare URL, not with another session, not with another photo’s grant',
    async () => {
      const subject = await make();
      const [a, b] = subject.citizens;
      const load = loader(subject);
      const { report, bytes } = await privateReport(subject);
      const [photo] = (await subject.service.getMine(a.session, report.id)).photos;
      const url = photo?.url ?? '';
      const plain = bare(url);
      expect(isLoaded(await load(plain)), 'anonymous, bare URL').toBe(false);
      expect(isLoaded(await load(plain, b.session)), 'another citizen’s session').toBe(false);
      expect(isLoaded(await load(plain, subject.invalidSession)), 'a dead session').toBe(false);
      expect((await load(url)).bytes, 'the reporter’s own URL').toEqual(bytes);
      // The reporter's own session still opens the bare URL.
      const own = await load(plain, a.session);
      expect(own.status).toBe(200);
      expect(own.bytes).toEqual(bytes);
      // Another citizen's grant for their own photo, pointed at this photo, opens nothing.
      const theirs = await upload(subject, b, 613);
      expect((await load(theirs.photo.url)).bytes).toEqual(theirs.bytes);
      const forged = theirs.photo.url
        .split(encodeURIComponent(theirs.photo.id))
        .join(encodeURIComponent(photo?.id ?? ''));
      if (forged !== theirs.photo.url) {
        const stolen = await load(forged);
        expect(isLoaded(stolen) && same(stolen.bytes, bytes), 'another photo’s grant').toBe(false);
      }
    },
  );

  test(
    ['privateReports', 'privatePhotoUrls'],
    'refuses an expired URL; the report then gives a fresh one that loads',
    async () => {
      const subject = await make();
      const [a] = subject.citizens;
      const load = loader(subject);
      const { report, bytes } = await privateReport(subject);
      const [before] = (await subject.service.getMine(a.session, report.id)).photos;
      expect((await load(before?.url ?? '')).status).toBe(200);
      await expireHook(subject)();
      expect(isLoaded(await load(before?.url ?? ''))).toBe(false);
      const [after] = (await subject.service.getMine(a.session, report.id)).photos;
      expect(after?.url).not.toBe(before?.url);
      expect(Date.parse(after?.expiresAt ?? '')).toBeGreaterThan(
        Date.parse(before?.expiresAt ?? ''),
      );
      const loaded = await load(after?.url ?? '');
      expect(loaded.status).toBe(200);
      expect(loaded.bytes).toEqual(bytes);
    },
  );

  test(
    ['privatePhotoUrls'],
    'gives a published report’s photo a plain URL anyone loads, which does not expire',
    async () => {
      const subject = await make();
      const [a] = subject.citizens;
      const load = loader(subject);
      const { photo: uploaded, bytes } = await upload(subject, a, 733);
      const report = await subject.service.submit(a.session, newReport([uploaded.id]));
      const [mine] = report.photos;
      const [shown] = (await subject.service.getPublic(report.id)).photos;
      expect(shown?.expiresAt).toBeUndefined();
      expect(mine?.expiresAt).toBeUndefined();
      await expireHook(subject)();
      const loaded = await load(shown?.url ?? '');
      expect(loaded.status).toBe(200);
      expect(loaded.bytes).toEqual(bytes);
    },
  );

  test(
    ['agency', 'privatePhotoUrls'],
    'makes a refused report’s photo private: its reporter still loads it, the public no longer',
    async () => {
      const subject = await make();
      const [a] = subject.citizens;
      const load = loader(subject);
      const { photo: uploaded, bytes } = await upload(subject, a, 977);
      const report = await subject.service.submit(a.session, newReport([uploaded.id]));
      const published = report.photos[0]?.url ?? '';
      expect((await load(published)).status).toBe(200);
      await agencyOf(subject).reject(report.id, 'Không thuộc thẩm quyền của phường.');
      expect(isLoaded(await load(bare(published)))).toBe(false);
      const [photo] = (await subject.service.getMine(a.session, report.id)).photos;
      expect(photo?.expiresAt).toBeDefined();
      const loaded = await load(photo?.url ?? '');
      expect(loaded.status).toBe(200);
      expect(loaded.bytes).toEqual(bytes);
    },
  );
}
