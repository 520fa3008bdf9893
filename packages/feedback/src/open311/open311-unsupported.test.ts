// @vitest-environment node
// What GeoReport v2 cannot do, refused with `not_supported` and a reason; what a citizen must
// fix, refused before anything is sent; sessions the app does not know.
import { describe, expect, it } from 'vitest';
import { createOpen311FeedbackService } from './service';
import { API_KEY, expectFeedbackError, loopbackStacks, newReport, SESSION } from './test-support';

const stack = loopbackStacks();

describe('what Open311 cannot do', () => {
  it.each([
    [
      'support',
      (s: ReturnType<typeof createOpen311FeedbackService>) => s.support(SESSION, '1'),
      'supporters',
    ],
    [
      'rate',
      (s: ReturnType<typeof createOpen311FeedbackService>) =>
        s.rate(SESSION, '1', { level: 'satisfied' }),
      'rating',
    ],
    [
      'confirmResolved',
      (s: ReturnType<typeof createOpen311FeedbackService>) =>
        s.confirmResolved(SESSION, '1', { resolved: false }),
      'resolved',
    ],
    [
      'resolveLocation',
      (s: ReturnType<typeof createOpen311FeedbackService>) => s.resolveLocation(SESSION, 'tok'),
      'location token',
    ],
  ] as const)('%s → not_supported, saying why', async (_name, call, word) => {
    const service = createOpen311FeedbackService({
      endpoint: 'http://georeport.invalid/v2',
      apiKey: API_KEY,
      fetch: async () => {
        throw new Error('no call expected');
      },
    });
    const error = await expectFeedbackError(call(service), 'not_supported');
    expect((error.cause as Error).message).toContain('Open311 GeoReport v2 has no');
    expect((error.cause as Error).message).toContain(word);
  });

  it('a private report is refused unless the app opts in (GET /requests is public)', async () => {
    const { service, server } = await stack();
    const error = await expectFeedbackError(
      service.submit(SESSION, newReport({ publish: false })),
      'not_supported',
    );
    expect((error.cause as Error).message).toContain('private requests');
    expect(server.requests).toHaveLength(0);
    const optedIn = createOpen311FeedbackService({
      endpoint: server.endpoint,
      apiKey: API_KEY,
      sendPrivateReportsPublicly: true,
    });
    const mine = await optedIn.submit(SESSION, newReport({ publish: false }));
    expect(mine.publish).toBe(false);
    expect(server.requests).toHaveLength(1);
  });

  it('bad input is refused before anything is sent, every problem at once', async () => {
    const { service, server } = await stack();
    const error = await expectFeedbackError(
      service.submit(
        SESSION,
        newReport({
          categoryId: '',
          description: 'x'.repeat(4001),
          photoIds: ['1', '2', '3', '4', '5', '6'],
          location: { kind: 'device', latitude: 91, longitude: 0 },
        }),
      ),
      'invalid_report',
    );
    expect(error.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'categoryId:required',
      'description:too_long',
      'photoIds:too_many_photos',
      'location:invalid_location',
      ...Array.from({ length: 6 }, () => 'photoIds:unknown_photo'),
    ]);
    // A photo id must be a URL this adapter's uploader gave this citizen.
    const made = await expectFeedbackError(
      service.submit(SESSION, newReport({ photoIds: ['https://media.hue.gov.vn/not-mine.jpg'] })),
      'invalid_report',
    );
    expect(made.issues).toEqual([
      { path: 'photoIds', code: 'unknown_photo', params: { index: 0 } },
    ]);
    const control = await expectFeedbackError(
      service.submit(SESSION, newReport({ description: 'Ổ gà\u0007' })),
      'invalid_report',
    );
    expect(control.issues).toEqual([
      expect.objectContaining({ path: 'description', code: 'control_characters' }),
    ]);
    expect(server.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('a session the app does not know → unauthenticated', async () => {
    const { service, server } = await stack(
      {},
      { ownerOf: (token) => (token === SESSION ? 'citizen-a' : undefined) },
    );
    await expectFeedbackError(service.submit('forged', newReport()), 'unauthenticated');
    await expectFeedbackError(service.listMine(''), 'unauthenticated');
    const plain = createOpen311FeedbackService({ endpoint: server.endpoint, apiKey: API_KEY });
    await expectFeedbackError(plain.listMine(''), 'unauthenticated');
    expect(server.calls).toHaveLength(0);
  });
});
