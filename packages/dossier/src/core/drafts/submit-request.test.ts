import { describe, expect, it } from 'vitest';
import { createSubmitRequest } from './submit-request';
import { householdV1 } from './test-fixtures';
import type { Draft } from './types';

const draft: Draft = {
  id: 'b1f4',
  procedureId: 'xac-nhan-cu-tru',
  procedureVersion: 1,
  answers: { fullName: 'Lý Thị Mai', stray: 'không thuộc thủ tục', purpose: 'hoc-tap' },
  pageId: 'declaration',
  resultDelivery: 'online',
  createdAt: 1,
  updatedAt: 2,
};

describe('createSubmitRequest', () => {
  it('prunes the answers and uses the key derived from the draft id', () => {
    const request = createSubmitRequest(draft, householdV1, { now: () => Date.UTC(2026, 0, 5, 2) });
    expect(request).toEqual({
      procedureId: 'xac-nhan-cu-tru',
      procedureVersion: 1,
      answers: { fullName: 'Lý Thị Mai', purpose: 'hoc-tap' },
      resultDelivery: 'online',
      idempotencyKey: 'draft:b1f4',
      declaredAt: '2026-01-05T09:00:00+07:00',
    });
  });

  it('takes the only result delivery a procedure offers, and refuses to guess among several', () => {
    const { resultDelivery: _none, ...undecided } = draft;
    const single = { ...householdV1, resultDelivery: ['post' as const] };
    expect(createSubmitRequest(undecided, single).resultDelivery).toBe('post');
    expect(() => createSubmitRequest(undecided, householdV1)).toThrow(
      /no resultDelivery.*in_person, online/,
    );
  });

  it('refuses a draft of another version: it must be migrated first', () => {
    expect(() => createSubmitRequest(draft, { ...householdV1, version: 2 })).toThrow(
      /migrate it first/,
    );
  });
});
