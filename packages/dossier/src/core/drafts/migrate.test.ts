import { createMemoryBackend, createPlatformStorage } from '@govmini/platform';
import { describe, expect, it } from 'vitest';
import { createDraftStore } from './draft-store';
import { migrateDraft } from './migrate';
import { householdV1, householdV2 } from './test-fixtures';
import type { Draft } from './types';

const draft = (over: Partial<Draft> = {}): Draft => ({
  id: 'd1',
  procedureId: 'xac-nhan-cu-tru',
  procedureVersion: 1,
  answers: {},
  pageId: 'ho-ten',
  createdAt: 1,
  updatedAt: 2,
  ...over,
});

describe('migrateDraft', () => {
  it('keeps answers whose field is unchanged and drops the rest with a reason', () => {
    const result = migrateDraft(
      draft({
        answers: {
          fullName: 'Nguyễn Thị Hoa',
          dateOfBirth: '1948-07-01',
          purpose: 'khac', // option removed in v2
          needs: ['ban-sao'], // field removed in v2
          photo: [{ id: 'att-1', name: 'a.jpg', type: 'image/jpeg', size: 10 }],
        },
      }),
      householdV2,
      100,
    );
    expect(result.kept).toEqual(['fullName', 'dateOfBirth', 'photo']);
    expect(result.dropped).toEqual([
      { fieldId: 'purpose', reason: 'changed' },
      { fieldId: 'needs', reason: 'removed' },
    ]);
    expect(result.draft).toMatchObject({ procedureVersion: 2, updatedAt: 100, pageId: 'ho-ten' });
    expect(Object.keys(result.draft.answers)).toEqual(['fullName', 'dateOfBirth', 'photo']);
  });

  it('keeps still-valid option values', () => {
    const result = migrateDraft(draft({ answers: { purpose: 'viec-lam' } }), householdV2, 3);
    expect(result.kept).toEqual(['purpose']);
    expect(result.dropped).toEqual([]);
  });

  it('checks the shape a field expects: a text where a date is now asked is re-entered', () => {
    const v3 = {
      ...householdV2,
      version: 3,
      pages: householdV2.pages.map((page) =>
        page.id === 'ho-ten'
          ? { ...page, fields: [{ id: 'fullName', type: 'date' as const, label: { vi: 'Ngày' } }] }
          : page,
      ),
    };
    const result = migrateDraft(
      draft({ answers: { fullName: 'Hoa', dateOfBirth: 19480701 } }),
      v3,
      3,
    );
    expect(result.dropped).toEqual([
      { fieldId: 'fullName', reason: 'changed' },
      { fieldId: 'dateOfBirth', reason: 'changed' },
    ]);
  });

  it('migrates group items field by field, naming dropped item fields group.field', () => {
    const result = migrateDraft(
      draft({
        answers: {
          members: [
            { name: 'An', age: 7 },
            { name: 'Bình', age: 70, nickname: 'Bà' },
          ],
        },
      }),
      householdV2,
      3,
    );
    expect(result.kept).toEqual(['members']);
    expect(result.dropped).toEqual([
      { fieldId: 'members.age', reason: 'changed' },
      { fieldId: 'members.nickname', reason: 'removed' },
    ]);
    expect(result.draft.answers.members).toEqual([{ name: 'An' }, { name: 'Bình' }]);
  });

  it('resumes on the page if it still exists', () => {
    expect(migrateDraft(draft({ pageId: 'thanh-vien' }), householdV2, 3).draft.pageId).toBe(
      'thanh-vien',
    );
    expect(migrateDraft(draft({ pageId: 'check' }), householdV2, 3).draft.pageId).toBe('check');
  });

  it('else on the first page whose answers must be re-entered, else on the check page', () => {
    const gone = draft({ pageId: 'ly-do', answers: { fullName: 'A', members: [{ age: 3 }] } });
    expect(migrateDraft(gone, householdV2, 3).draft.pageId).toBe('thanh-vien');
    const clean = draft({ pageId: 'ly-do', answers: { fullName: 'A' } });
    expect(migrateDraft(clean, householdV2, 3).draft.pageId).toBe('check');
  });

  it('refuses a definition of another procedure, naming both', () => {
    expect(() => migrateDraft(draft(), { ...householdV2, id: 'khac' }, 3)).toThrow(
      /xac-nhan-cu-tru.*khac/,
    );
  });
});

describe('DraftStore.migrate', () => {
  it('replaces the stored draft with the migrated one', async () => {
    const backend = createMemoryBackend();
    const storage = createPlatformStorage(backend, { appId: 't' });
    const store = createDraftStore({ storage, newId: () => 'd1' });
    const created = await store.create(householdV1);
    store.update('d1', { answers: { fullName: 'Hoa', needs: ['dich'] }, pageId: 'ly-do' });
    const current = (await store.get('d1')) as Draft;
    const { draft: moved, dropped } = store.migrate(current, householdV2);
    expect(dropped).toEqual([{ fieldId: 'needs', reason: 'removed' }]);
    expect(moved.createdAt).toBe(created.createdAt);
    await store.flush();
    const reread = createDraftStore({ storage: createPlatformStorage(backend, { appId: 't' }) });
    expect(await reread.get('d1')).toMatchObject({
      procedureVersion: 2,
      answers: { fullName: 'Hoa' },
      pageId: 'check', // `ly-do` is gone and `needs` is on no page of v2
    });
  });
});
