// @vitest-environment node
// The Hono app's own duties, with app.request (no socket): it writes only the contract's
// properties — a careless implementation cannot leak a reporter's identity through a public
// answer — never lets an implementation's error text out, and reports errors to onError
// without anything personal.
import { describe, expect, it } from 'vitest';
import { feedbackError } from '../core/errors';
import type { FeedbackService, MyReport, PublicReport } from '../core/types';
import { createFeedbackHttpApp } from './http-app';

const publicReport: PublicReport = {
  id: 'rep-1',
  code: 'PA-261201-0001',
  categoryId: 'ha-tang-giao-thong',
  description: 'Ổ gà <b>lớn</b>',
  photos: [{ id: 'photo-1', url: 'https://anh.test/photo-1', type: 'image/jpeg' }],
  location: { kind: 'device', latitude: 21.03, longitude: 105.85 },
  status: 'answered',
  history: [{ status: 'sent', at: '2026-12-01T08:00:00+07:00' }],
  answer: {
    agency: { vi: 'UBND phường Hoàn Kiếm' },
    answeredAt: '2026-12-02T08:00:00+07:00',
    text: 'Đã vá.',
    attachments: [],
  },
  supporters: 3,
  createdAt: '2026-12-01T08:00:00+07:00',
};
const mine: MyReport = {
  ...publicReport,
  showName: false,
  publish: true,
  subscribed: true,
  role: 'reporter',
};
const identity = {
  reporterId: 'zalo-1001',
  reporterPhone: '+84912345678',
  session: 'session-hoa',
  ownerName: 'Nguyễn Thị Hoa',
};

/** A service whose every method fails unless overridden. */
function service(overrides: Partial<FeedbackService>): FeedbackService {
  const refuse = async () => {
    throw feedbackError('not_found');
  };
  return new Proxy({} as FeedbackService, {
    get: (_, key: string) => (overrides as Record<string, unknown>)[key] ?? refuse,
  });
}

const auth = { authorization: 'Bearer tok-1' };
const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('createFeedbackHttpApp', () => {
  it('writes only the contract’s properties, whatever the service adds', async () => {
    const leakyPublic = {
      ...publicReport,
      ...identity,
      location: { ...publicReport.location, ...identity },
      history: [{ ...publicReport.history[0], by: identity.reporterId }],
    };
    const app = createFeedbackHttpApp(
      service({
        getPublic: async () => leakyPublic as never,
        listPublic: async () => ({ items: [leakyPublic as never], total: 1, secret: 1 }) as never,
        findDuplicates: async () => [leakyPublic as never],
        getMine: async () => ({ ...mine, ...identity }) as never,
      }),
    );
    const answers = [
      await app.request('/public/reports/rep-1'),
      await app.request('/public/search', post({})),
      await app.request(
        '/duplicates',
        post({ categoryId: 'x', description: 'Ổ gà', location: publicReport.location }),
      ),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      const text = await answer.text();
      for (const value of Object.values(identity)) expect(text).not.toContain(value);
      expect(text).toContain('Ổ gà <b>lớn</b>');
    }
    const own = (await (await app.request('/reports/rep-1', { headers: auth })).json()) as object;
    expect(own).toEqual(mine);
  });

  it('answers 500 `server` for an off-contract answer or a thrown Error, without its text', async () => {
    const seen: unknown[] = [];
    const app = createFeedbackHttpApp(
      service({
        listMine: async () => [{ id: 42 }] as never,
        getMine: async () => {
          throw new Error('SELECT * FROM reports WHERE reporter = Nguyễn Thị Hoa');
        },
      }),
      { onError: (info) => seen.push(info) },
    );
    expect((await app.request('/reports', { headers: auth })).status).toBe(500);
    const thrown = await app.request('/reports/rep-1', { headers: auth });
    expect(thrown.status).toBe(500);
    const body = await thrown.text();
    expect(body).not.toContain('SELECT');
    expect(JSON.parse(body)).toEqual({
      error: {
        code: 'server',
        message:
          'Hệ thống của cơ quan đang bận hoặc gặp sự cố. Nội dung đã nhập vẫn được giữ; vui lòng thử lại sau ít phút.',
      },
    });
    expect(seen).toEqual([
      { path: '/reports', status: 500, code: 'server' },
      { path: '/reports/:reportId', status: 500, code: 'server' },
    ]);
  });

  it('refuses malformed requests with 400 before calling the service', async () => {
    const calls: string[] = [];
    const record = (name: string) => async (): Promise<never> => {
      calls.push(name);
      throw feedbackError('server');
    };
    const app = createFeedbackHttpApp(
      service({
        submit: record('submit'),
        rate: record('rate'),
        confirmResolved: record('confirmResolved'),
        listPublic: record('listPublic'),
        findDuplicates: record('findDuplicates'),
        resolveLocation: record('resolveLocation'),
      }),
    );
    const bad: [string, RequestInit][] = [
      ['/reports', post({ showName: true, publish: true, notify: true }, auth)], // no key
      [
        '/reports',
        post(
          { showName: 'yes', publish: true, notify: true },
          { ...auth, 'idempotency-key': 'key-00000001' },
        ),
      ],
      [
        '/reports',
        {
          method: 'POST',
          headers: { ...auth, 'idempotency-key': 'key-00000001' },
          body: 'not json',
        },
      ],
      ['/reports/rep-1/rating', post({ level: 3 }, auth)],
      ['/reports/rep-1/resolved', post({ resolved: 'no' }, auth)],
      ['/public/search', post({ limit: '10' })],
      ['/public/search', post([])],
      ['/duplicates', post({ categoryId: 'x', description: 'y', location: { kind: 'mars' } })],
      ['/locations', post({ token: '' }, auth)],
    ];
    for (const [path, init] of bad) {
      const answer = await app.request(path, init);
      expect(answer.status, `${path} ${String(init.body)}`).toBe(400);
    }
    expect(calls).toEqual([]);
  });

  it('reads the session only from a Bearer header and sets no-store on every answer', async () => {
    const sessions: string[] = [];
    const app = createFeedbackHttpApp(
      service({
        listMine: async (session) => {
          sessions.push(session);
          return [];
        },
      }),
    );
    for (const headers of [{}, { authorization: 'tok-1' }, { authorization: 'Basic dG9r' }]) {
      const answer = await app.request('/reports', { headers });
      expect(answer.status).toBe(401);
    }
    const ok = await app.request('/reports', { headers: { authorization: 'bearer  tok-9' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(sessions).toEqual(['tok-9']);
  });

  it('passes invalid_report issues through, cleaned, with 422', async () => {
    const app = createFeedbackHttpApp(
      service({
        submit: async () => {
          throw feedbackError('invalid_report', {
            issues: [
              {
                path: 'description',
                code: 'too_long',
                params: { max: 4000, length: 4001, over: 1 },
              },
              { path: 'photoIds', code: 'bogus' } as never,
            ],
          });
        },
      }),
    );
    const answer = await app.request(
      '/reports',
      post(
        {
          categoryId: 'x',
          description: 'y',
          photoIds: [],
          location: {},
          showName: false,
          publish: true,
          notify: false,
        },
        { ...auth, 'idempotency-key': 'key-00000001' },
      ),
    );
    expect(answer.status).toBe(422);
    expect(((await answer.json()) as { error: { issues: unknown[] } }).error.issues).toEqual([
      { path: 'description', code: 'too_long', params: { max: 4000, length: 4001, over: 1 } },
    ]);
  });
});

describe('createFeedbackHttpApp mounted under a prefix', () => {
  it('still gives photos the upload limit and JSON the JSON limit', async () => {
    const { Hono } = await import('hono');
    const sizes: number[] = [];
    const inner = createFeedbackHttpApp(
      service({
        uploadPhoto: async (_, file) => {
          sizes.push(file.size);
          return { id: 'photo-1', url: 'https://anh.test/photo-1', type: 'image/jpeg' };
        },
      }),
      { maxJsonBytes: 1024, maxUploadBytes: 200_000 },
    );
    const app = new Hono().route('/api/phan-anh', inner);
    const photo = await app.request('/api/phan-anh/photos', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'image/jpeg' },
      body: new Uint8Array(100_000),
    });
    expect(photo.status).toBe(201);
    expect(sizes).toEqual([100_000]);
    const big = await app.request('/api/phan-anh/public/search', post({ text: 'x'.repeat(5000) }));
    expect(big.status).toBe(413);
  });
});
