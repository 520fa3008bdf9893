import { describe, expect, it } from 'vitest';
import { PlatformError } from '../core/errors';
import { isOutboxError, OutboxError, outboxErrorMessages, storageFailure } from './errors';

describe('OutboxError', () => {
  it('is typed, names the entry and key, Vietnamese first, English on request', () => {
    const error = new OutboxError('corrupt', { id: 'a', key: 'x:a', detail: 'd' });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'OutboxError', code: 'corrupt', id: 'a', key: 'x:a' });
    expect(error.message).toBe(outboxErrorMessages.vi.corrupt);
    expect(error.messageIn('en')).toBe(outboxErrorMessages.en.corrupt);
    expect(isOutboxError(error, 'corrupt')).toBe(true);
    expect(isOutboxError(error, 'storage_full')).toBe(false);
    expect(isOutboxError({ code: 'corrupt' })).toBe(false);
  });

  it('turns storage failures into its own codes, keeping the cause', () => {
    const full = new PlatformError('storage_full');
    expect(storageFailure(full, { id: 'a' })).toMatchObject({ code: 'storage_full', cause: full });
    expect(storageFailure(new PlatformError('storage_evicted'), {}).code).toBe('storage_evicted');
    expect(storageFailure(new Error('disk'), { key: 'k' })).toMatchObject({
      code: 'unknown',
      key: 'k',
    });
    const own = new OutboxError('corrupt');
    expect(storageFailure(own, {})).toBe(own);
  });

  it('has a Vietnamese and an English message for every code, NFC, asking politely', () => {
    const codes = Object.keys(outboxErrorMessages.vi);
    expect(Object.keys(outboxErrorMessages.en).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const vi = outboxErrorMessages.vi[code as keyof typeof outboxErrorMessages.vi];
      expect(vi.normalize('NFC')).toBe(vi);
      expect(vi).toMatch(/vui lòng/i);
      expect(vi).not.toMatch(/\b(bạn|bác)\b/i);
    }
  });
});
