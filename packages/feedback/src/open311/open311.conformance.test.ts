// @vitest-environment node
// The package's conformance suite, run against the Open311 adapter talking to the loopback
// GeoReport v2 server. The capabilities declared missing are what GeoReport v2 cannot give,
// and the output lists each of them as a skipped case with the reason in its title.
import {
  describeFeedbackServiceConformance,
  type FeedbackConformanceFixture,
  type FeedbackConformanceSubject,
} from '../testing/conformance';
import { createOpen311FeedbackService } from './service';
import { adminIndex } from './test-support';
import { startGeoReportTestServer } from './testing-server';

const API_KEY = 'conformance-key';
const CITIZENS = [
  { session: 'session-hoa-7f3c', id: 'zalo-1001', name: 'Nguyễn Thị Hoa', phone: '+84912345678' },
  { session: 'session-nam-2b9d', id: 'zalo-2002', name: 'Trần Văn Nam', phone: '+84987654321' },
] as const;
/** How a province's CRM might mark a refusal in status_notes (see the `rejection` option). */
const REFUSED = 'Không tiếp nhận: ';
const DAY = 86_400_000;

/** What GeoReport v2 cannot give; the output lists each as a skipped case. */
const OPEN311_CAPABILITIES = {
  // GeoReport v2 has no call for these: the adapter answers not_supported.
  supporters: false,
  rating: false,
  reopen: false,
  locationTokens: false,
  // GET /requests is public: a report with publish: false cannot be kept private.
  privateReports: false,
  // The reporter's name is never part of a public request (spec: GET /requests).
  showName: false,
  // One `closed` state: answering a request closes it, and there is no later step.
  closing: false,
  // media_url is the GeoReport server's public address: there is no private photo to guard.
  privatePhotoUrls: false,
} as const;

describeFeedbackServiceConformance('Open311 GeoReport v2 adapter on 127.0.0.1', {
  capabilities: OPEN311_CAPABILITIES,
  make: makeOpen311Subject,
});

async function makeOpen311Subject(
  fixture: FeedbackConformanceFixture,
): Promise<FeedbackConformanceSubject> {
  let now = Date.parse(fixture.startAt);
  const clock = () => now;
  const server = await startGeoReportTestServer({
    apiKey: API_KEY,
    now: clock,
    // No SLA at filing: a request is "sent" until the agency receives it with a date.
    expectedDays: undefined,
    services: fixture.categories.map((category) => ({
      service_code: category.id,
      service_name: category.title.vi,
      description: category.description.vi,
      metadata: false,
      type: 'realtime',
      keywords: '',
      group: '',
    })),
    definitions: {},
  });
  let photos = 0;
  const sessions = new Map<string, (typeof CITIZENS)[number]>(CITIZENS.map((c) => [c.session, c]));
  const service = createOpen311FeedbackService({
    endpoint: server.endpoint,
    apiKey: API_KEY,
    now: clock,
    // The province's configuration of each service (GeoReport v2 has no icon or agency).
    categories: Object.fromEntries(fixture.categories.map(({ id, ...rest }) => [id, rest])),
    mediaUploader: async (_file, { type }) =>
      `https://anh.example.gov.vn/open311/${++photos}.${type.split('/')[1]}`,
    ownerOf: (token) => sessions.get(token)?.id,
    reporterName: (token) => sessions.get(token)?.name,
    sendPrivateReportsPublicly: true,
    communes: adminIndex(),
    rejection: (notes) => (notes.startsWith(REFUSED) ? notes.slice(REFUSED.length) : undefined),
    tokenPolling: { attempts: 2, intervalMs: 5 },
  });
  return {
    service,
    citizens: [
      {
        session: CITIZENS[0].session,
        name: CITIZENS[0].name,
        secrets: [CITIZENS[0].id, CITIZENS[0].phone, '0912345678'],
      },
      {
        session: CITIZENS[1].session,
        name: CITIZENS[1].name,
        secrets: [CITIZENS[1].id, CITIZENS[1].phone, '0987654321'],
      },
    ],
    invalidSession: 'session-het-han',
    // The back office acting on the GeoReport server, as a CRM would.
    agency: {
      async receive(id) {
        now += 60_000;
        server.update(id, { expectedAt: now + 7 * DAY });
      },
      async answer(id, answer) {
        now += 60_000;
        server.answer(id, answer?.text ?? 'Đã xử lý xong.');
      },
      async reject(id, reason) {
        now += 60_000;
        server.answer(id, `${REFUSED}${reason}`);
      },
      async close() {
        // An answered request is already `closed`: GeoReport v2 has no later step.
      },
    },
    dispose: () => server.close(),
  };
}
