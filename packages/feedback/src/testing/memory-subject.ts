// Test support (not exported): the memory service as a conformance subject — two citizens
// whose sessions, Zalo ids and phone numbers differ, so the suite can check none of them
// ever reaches a public answer.
import type {
  ConformanceCitizen,
  FeedbackConformanceFixture,
  FeedbackConformanceSubject,
} from './conformance';
import { createMemoryFeedbackService, type MemoryCitizen } from './memory-service';

export const SUBJECT_CITIZENS: readonly [
  MemoryCitizen & { session: string },
  MemoryCitizen & { session: string },
] = [
  { session: 'session-hoa-7f3c', id: 'zalo-1001', name: 'Nguyễn Thị Hoa', phone: '+84912345678' },
  { session: 'session-nam-2b9d', id: 'zalo-2002', name: 'Trần Văn Nam', phone: '+84987654321' },
];

/**
 * What the memory service does not do: its photo URLs are whatever `photoUrl` makes (object
 * URLs in an app, made-up addresses here) — nothing serves them, so nothing guards them.
 */
export const MEMORY_CAPABILITIES = { privatePhotoUrls: false } as const;

export function memorySubject(fixture: FeedbackConformanceFixture) {
  const sessions = new Map(SUBJECT_CITIZENS.map(({ session, ...citizen }) => [session, citizen]));
  const memory = createMemoryFeedbackService({
    categories: fixture.categories,
    now: fixture.startAt,
    resolveSession: (token) => sessions.get(token),
    photoUrl: ({ id }) => `https://anh.example.gov.vn/${id}`,
  });
  const citizens = SUBJECT_CITIZENS.map(
    (c): ConformanceCitizen => ({
      session: c.session,
      name: c.name ?? '',
      secrets: [c.id, c.phone ?? '', (c.phone ?? '').replace('+84', '0')],
    }),
  ) as unknown as readonly [ConformanceCitizen, ConformanceCitizen];
  const subject: FeedbackConformanceSubject = {
    service: memory,
    citizens,
    invalidSession: 'session-het-han',
    agency: memory.controls,
    issueLocationToken: (point) => memory.controls.issueLocationToken(point),
  };
  return { memory, subject };
}
