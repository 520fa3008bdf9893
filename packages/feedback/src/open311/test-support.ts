// Shared by the Open311 tests (Node only, not exported): the loopback GeoReport server with
// the adapter pointed at it, the 2025 admin units from the shared data file, report builders.
import { readFileSync } from 'node:fs';
import { type AdminDataProvince, createAdminIndex } from '@govmini/vn/admin';
import { afterEach, expect } from 'vitest';
import {
  FeedbackError,
  type FeedbackErrorCode,
  type NewReport,
  type ReportLocation,
} from '../core/types';
import { createOpen311FeedbackService, type Open311FeedbackServiceOptions } from './service';
import { type GeoReportTestServerOptions, startGeoReportTestServer } from './testing-server';

/** Characters that change under URL and form encoding, to catch a leak in any of its forms. */
export const API_KEY = 'gm-k3y+/é=&secret';

let admin: ReturnType<typeof createAdminIndex> | undefined;
/** The 2025 communes (read from the shared data file, never copied). */
export function adminIndex() {
  admin ??= createAdminIndex(
    JSON.parse(
      readFileSync('/work/shared/data/vn-admin-units-2025.json', 'utf8'),
    ) as AdminDataProvince[],
  );
  return admin;
}

export const DEVICE: ReportLocation = {
  kind: 'device',
  latitude: 16.4721,
  longitude: 107.5794,
  place: 'Trước cổng chợ Đông Ba',
};

/** Phường Phú Xuân, Thành phố Huế. */
export const COMMUNE: ReportLocation = {
  kind: 'commune',
  provinceCode: '46',
  communeCode: '19753',
  place: 'Ngõ 12 đường Lê Lợi',
};

let keys = 0;
export function newReport(overrides: Partial<NewReport> = {}): NewReport {
  keys += 1;
  return {
    categoryId: 'o-ga',
    description: 'Ổ gà lớn giữa đường, xe máy dễ ngã',
    photoIds: [],
    location: DEVICE,
    showName: false,
    publish: true,
    notify: true,
    idempotencyKey: `key-${keys}`,
    ...overrides,
  };
}

export const SESSION = 'session-a';

/** A photo's bytes: a JPEG signature, then filler (the adapter types photos by their bytes). */
export function jpegBlob(size = 1000, type = 'image/jpeg'): Blob {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return new Blob([bytes], { type });
}

export async function open311Stack(
  server: GeoReportTestServerOptions = {},
  adapter: Partial<Open311FeedbackServiceOptions> = {},
) {
  const geo = await startGeoReportTestServer({ apiKey: API_KEY, ...server });
  const service = createOpen311FeedbackService({
    endpoint: geo.endpoint,
    apiKey: API_KEY,
    tokenPolling: { attempts: 3, intervalMs: 5 },
    timeoutMs: 5000,
    ...adapter,
  });
  return { server: geo, service, close: () => geo.close() };
}

/** The POST bodies the server received, parsed. */
export function posted(calls: readonly { method: string; body?: string }[]) {
  return calls
    .filter((call) => call.method === 'POST')
    .map((call) => new URLSearchParams(call.body ?? ''));
}

/** The FeedbackError a promise rejects with, after checking its code. */
export async function expectFeedbackError(
  promise: Promise<unknown>,
  code: FeedbackErrorCode,
): Promise<FeedbackError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected FeedbackError "${code}"`).toBeInstanceOf(FeedbackError);
  const error = caught as FeedbackError;
  expect(error.code, String((error.cause as Error | undefined)?.message)).toBe(code);
  return error;
}

/**
 * Call at the top of a test file: `stack()` starts a loopback server with an adapter on it,
 * closed after each test.
 */
export function loopbackStacks() {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });
  return async (...args: Parameters<typeof open311Stack>) => {
    const made = await open311Stack(...args);
    closers.push(made.close);
    return made;
  };
}
