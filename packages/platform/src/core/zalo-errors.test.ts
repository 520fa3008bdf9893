import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlatformError, type PlatformErrorCode } from './errors';
import { fromZaloError } from './zalo-errors';

const table: [number, PlatformErrorCode][] = [
  [-201, 'permission_denied'],
  [-1401, 'permission_denied'],
  [-1403, 'permission_denied'],
  [-1404, 'unsupported'],
  [-1408, 'timeout'],
  [-1409, 'throttled'],
  [-1410, 'throttled'],
  [-2000, 'unknown'],
  [-2002, 'permission_denied'],
  [-2003, 'user_cancelled'],
  [-2004, 'unknown'],
  [-600, 'unsupported'],
  [-601, 'timeout'],
  [-602, 'unsupported'],
  [-603, 'unknown'],
  [-604, 'unknown'],
  [-605, 'throttled'],
  [-606, 'user_cancelled'],
  [-1400, 'unknown'],
  [-1500, 'unknown'],
];

describe('fromZaloError', () => {
  it.each(table)('maps Zalo %i to %s, keeping the code, api and cause', (zaloCode, code) => {
    const raw = { code: zaloCode, message: 'From Zalo', api: 'getLocation' };
    const error = fromZaloError(raw, 'getLocation');
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ code, zaloCode, api: 'getLocation', detail: 'From Zalo' });
    expect(error.cause).toBe(raw);
  });

  it('-2000 is not_in_zalo when the page is known to be outside Zalo', () => {
    expect(fromZaloError({ code: -2000 }, 'login', { inZalo: false }).code).toBe('not_in_zalo');
    expect(fromZaloError({ code: -2000 }, 'login', { inZalo: true }).code).toBe('unknown');
  });

  it('accepts a numeric string code', () => {
    expect(fromZaloError({ code: '-1409' }, 'getSetting')).toMatchObject({
      code: 'throttled',
      zaloCode: -1409,
    });
  });

  it('plain Errors and anything else are unknown, with the cause kept', () => {
    const thrown = new Error('Failed to set item');
    expect(fromZaloError(thrown, 'nativeStorage.setItem')).toMatchObject({
      code: 'unknown',
      zaloCode: undefined,
      detail: 'Failed to set item',
      cause: thrown,
    });
    expect(fromZaloError('boom', 'x')).toMatchObject({ code: 'unknown', detail: 'string' });
    expect(fromZaloError(null, 'x').code).toBe('unknown');
  });

  it('returns a PlatformError unchanged', () => {
    const error = new PlatformError('offline', { api: 'getLocation' });
    expect(fromZaloError(error, 'other')).toBe(error);
  });

  it('never throws, and the citizen message never carries Zalo’s text', () => {
    fc.assert(
      fc.property(fc.anything(), fc.string(), (value, api) => {
        const error = fromZaloError(value, api);
        expect(error).toBeInstanceOf(PlatformError);
        expect(error.message).toBe(error.messageIn('vi'));
      }),
    );
  });
});
