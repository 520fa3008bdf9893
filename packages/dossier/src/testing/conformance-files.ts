// Conformance: uploads (typed by their bytes, size-limited, owned) and drafts (per citizen,
// newer wins).
import { expect, it } from 'vitest';
import type { FileAnswer } from '../core/definition/types';
import type { RemoteDraft } from '../core/service/types';
import { expectDossierError, type MakeSubject } from './conformance';
import {
  blobOf,
  fileBytes,
  CONFORMANCE_PROCEDURE as PROCEDURE,
  submission,
  VALID_ANSWERS,
} from './conformance-fixture';

const upload = { fieldId: 'idPhotos', procedureId: PROCEDURE.id } as const;

const draft = (overrides: Partial<RemoteDraft> = {}): RemoteDraft => ({
  id: 'draft-7f3c2a',
  procedureId: PROCEDURE.id,
  procedureVersion: PROCEDURE.version,
  answers: { fullName: 'Nguyễn Thị Hoa' },
  pageId: 'nguoi-yeu-cau',
  updatedAt: Date.parse('2026-12-01T08:00:00+07:00'),
  ...overrides,
});

export function filesAndDraftsCases(make: MakeSubject): void {
  it('stores an upload and reports progress to the end', async () => {
    const { service, citizens } = await make();
    const progress: [number, number][] = [];
    const file = await service.uploadAttachment(
      citizens[0],
      blobOf(fileBytes('png', 2048), 'image/png'),
      {
        ...upload,
        name: 'cccd-mat-truoc.png',
        type: 'image/png',
        onProgress: (sent, total) => progress.push([sent, total]),
      },
    );
    expect(file).toMatchObject({ name: 'cccd-mat-truoc.png', type: 'image/png', size: 2048 });
    expect(file.id.length).toBeGreaterThan(0);
    expect(file.id.startsWith('local:')).toBe(false);
    expect(progress.at(-1)).toEqual([2048, 2048]);
  });

  it('types a file by its bytes, not its name or claimed type', async () => {
    const { service, citizens } = await make();
    const pdf = await service.uploadAttachment(
      citizens[0],
      blobOf(fileBytes('pdf'), 'image/jpeg'),
      {
        ...upload,
        name: 'giay-to.jpg',
        type: 'image/jpeg',
      },
    );
    expect(pdf.type).toBe('application/pdf');
    await expectDossierError(
      service.uploadAttachment(citizens[0], blobOf(fileBytes('text'), 'image/png'), {
        ...upload,
        name: 'anh.png',
        type: 'image/png',
      }),
      'unsupported_type',
    );
    // WebP is a photo type; this field accepts JPEG, PNG and PDF only.
    await expectDossierError(
      service.uploadAttachment(citizens[0], blobOf(fileBytes('webp'), 'image/webp'), {
        ...upload,
        name: 'anh.webp',
        type: 'image/webp',
      }),
      'unsupported_type',
    );
  });

  it('refuses a file over the field’s size limit with too_large', async () => {
    const { service, citizens } = await make();
    const error = await expectDossierError(
      service.uploadAttachment(citizens[0], blobOf(fileBytes('jpeg', 1_000_001), 'image/jpeg'), {
        ...upload,
        name: 'anh-lon.jpg',
        type: 'image/jpeg',
      }),
      'too_large',
    );
    expect(error.status).toBe(413);
    const fits = await service.uploadAttachment(
      citizens[0],
      blobOf(fileBytes('jpeg', 1_000_000), 'image/jpeg'),
      { ...upload, name: 'anh-vua.jpg', type: 'image/jpeg' },
    );
    expect(fits.size).toBe(1_000_000);
  });

  it('files uploads with their stored name, type and size; only the citizen’s own', async () => {
    const { service, citizens } = await make();
    const [a, b] = citizens;
    const mine = await service.uploadAttachment(
      a,
      blobOf(fileBytes('pdf', 900), 'application/pdf'),
      {
        ...upload,
        name: 'cccd.pdf',
        type: 'application/pdf',
      },
    );
    const claimed: FileAnswer = { ...mine, type: 'image/png', size: 1 };
    const dossier = await service.submit(
      a,
      submission({ answers: { ...VALID_ANSWERS, idPhotos: [claimed] } }),
    );
    expect(dossier.answers.idPhotos).toEqual([mine]);

    const theirs = await service.uploadAttachment(b, blobOf(fileBytes('png'), 'image/png'), {
      ...upload,
      name: 'cua-nguoi-khac.png',
      type: 'image/png',
    });
    for (const file of [
      theirs,
      { id: 'att-made-up', name: 'x.png', type: 'image/png', size: 10 },
    ]) {
      const error = await expectDossierError(
        service.submit(a, submission({ answers: { ...VALID_ANSWERS, idPhotos: [file] } })),
        'invalid_answers',
      );
      expect(error.issues.map((i) => i.path)).toContain('idPhotos');
    }
  });

  it('keeps drafts per citizen; the newer updatedAt wins', async () => {
    const { service, citizens } = await make();
    const [a, b] = citizens;
    const first = draft();
    expect(await service.saveDraft(a, first)).toEqual(first);
    const newer = draft({
      answers: { fullName: 'Nguyễn Thị Hoà' },
      pageId: 'muc-dich',
      updatedAt: first.updatedAt + 60_000,
    });
    expect(await service.saveDraft(a, newer)).toEqual(newer);
    // A copy from another phone that was edited earlier arrives late: the newer one is kept.
    const stale = draft({ answers: { fullName: 'Cũ' }, updatedAt: first.updatedAt + 1 });
    expect(await service.saveDraft(a, stale)).toEqual(newer);
    expect(await service.listDrafts(a)).toEqual([newer]);
    expect(await service.listDrafts(b)).toEqual([]);

    await service.deleteDraft(b, first.id);
    expect(await service.listDrafts(a)).toHaveLength(1);
    await service.deleteDraft(a, first.id);
    await service.deleteDraft(a, first.id);
    expect(await service.listDrafts(a)).toEqual([]);
  });

  it('lists drafts newest first', async () => {
    const { service, citizens } = await make();
    const older = draft({ id: 'draft-older', updatedAt: 1_000 });
    const newer = draft({ id: 'draft-newer', updatedAt: 2_000 });
    await service.saveDraft(citizens[0], older);
    await service.saveDraft(citizens[0], newer);
    expect((await service.listDrafts(citizens[0])).map((d) => d.id)).toEqual([
      'draft-newer',
      'draft-older',
    ]);
  });
}
