// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ConsentRecord } from '../core/types';
import { createMemoryConsentStore, isConsentRecord } from './consent-store';

const rec = (
  purposeId: string,
  decision: ConsentRecord['decision'],
  decidedAt: string,
  version = 1,
) => ({
  purposeId,
  version,
  decision,
  decidedAt,
  textHash: 'b'.repeat(64),
});

describe('createMemoryConsentStore', () => {
  it('keeps every decision and answers the latest per purpose', async () => {
    const store = createMemoryConsentStore();
    const grant = rec('thong-bao', 'granted', '2026-11-29T09:00:00+07:00');
    const withdraw = rec('thong-bao', 'withdrawn', '2026-11-29T10:00:00+07:00');
    const other = rec('ho-so', 'granted', '2026-11-29T09:00:00+07:00');
    await store.append('u1', [grant, other]);
    await store.append('u1', [withdraw]);
    expect(await store.latest('u1')).toEqual([withdraw, other]);
    expect(await store.history('u1')).toEqual([grant, other, withdraw]);
    expect(await store.latest('u2')).toEqual([]);
  });

  it('orders by decidedAt (a late-delivered old record does not win) and ignores exact repeats', async () => {
    const store = createMemoryConsentStore();
    const late = rec('ho-so', 'withdrawn', '2026-11-29T11:00:00+07:00');
    const early = rec('ho-so', 'granted', '2026-11-29T03:00:00Z'); // 10:00 in Vietnam
    await store.append('u1', [late, early, late]);
    expect(await store.latest('u1')).toEqual([late]);
    expect(await store.history('u1')).toHaveLength(2);
  });

  it('stores copies, so a caller mutating its array changes nothing', async () => {
    const store = createMemoryConsentStore();
    const record = rec('ho-so', 'granted', '2026-11-29T09:00:00+07:00');
    await store.append('u1', [record]);
    record.decision = 'refused';
    expect((await store.latest('u1'))[0]?.decision).toBe('granted');
  });
});

describe('isConsentRecord', () => {
  it('accepts the published shape only', () => {
    expect(isConsentRecord(rec('a', 'granted', '2026-11-29T09:00:00+07:00'))).toBe(true);
    expect(
      isConsentRecord({ ...rec('a', 'granted', '2026-11-29T09:00:00+07:00'), textHash: 'xyz' }),
    ).toBe(false);
    expect(isConsentRecord({ ...rec('a', 'granted', 'yesterday') })).toBe(false);
    expect(isConsentRecord({ ...rec('a', 'maybe' as never, '2026-11-29T09:00:00+07:00') })).toBe(
      false,
    );
    expect(isConsentRecord({ ...rec('a', 'granted', '2026-11-29T09:00:00+07:00', 0) })).toBe(false);
    expect(isConsentRecord(null)).toBe(false);
  });
});
