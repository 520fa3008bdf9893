// How the memory service keeps a report, and the two views it gives out: the public one
// (never the reporter's identity; the name only when they chose to show it) and the one a
// reporter or supporter sees.
import type {
  FeedbackCategory,
  MyReport,
  OfficialAnswer,
  PublicReport,
  ReportEvent,
  ReportLocation,
  ReportPhoto,
  ReportRating,
  ReportStatus,
} from '../core/types';

export type AgencyStep = 'receive' | 'start' | 'answer' | 'close';

export interface ReportRecord {
  readonly id: string;
  readonly code: string;
  /** The reporter's user id: never in any view. */
  readonly reporter: string;
  /** The reporter's name when the session named one; shown only with `showName`. */
  readonly reporterName: string | undefined;
  readonly idempotencyKey: string;
  readonly fingerprint: string;
  readonly category: FeedbackCategory;
  readonly description: string;
  readonly photos: readonly ReportPhoto[];
  readonly location: ReportLocation;
  readonly showName: boolean;
  readonly publish: boolean;
  readonly notify: boolean;
  readonly createdAt: string;
  status: ReportStatus;
  history: ReportEvent[];
  dueDate: string | undefined;
  answer: OfficialAnswer | undefined;
  rating: ReportRating | undefined;
  resolved: MyReport['resolved'];
  /** User ids of "Tôi cũng gặp", in order; each is also subscribed. */
  readonly supporters: string[];
  /** The simulator's next step, when it runs by itself. */
  next: { at: number; step: AgencyStep } | undefined;
  /** Answers written so far (picks the simulated answer text). */
  answers: number;
}

export function publicView(record: ReportRecord): PublicReport {
  return {
    id: record.id,
    code: record.code,
    categoryId: record.category.id,
    description: record.description,
    photos: record.photos.map((photo) => ({ ...photo })),
    location: { ...record.location },
    status: record.status,
    history: record.history.map((event) => ({ ...event })),
    ...(record.answer ? { answer: structuredClone(record.answer) } : {}),
    supporters: record.supporters.length,
    ...(record.showName && record.reporterName ? { reporterName: record.reporterName } : {}),
    createdAt: record.createdAt,
    ...(record.dueDate ? { dueDate: record.dueDate } : {}),
  };
}

/** The view of `user`, the reporter or a supporter (the caller checked which). */
export function mineView(record: ReportRecord, user: string): MyReport {
  const reporter = record.reporter === user;
  return {
    ...publicView(record),
    showName: reporter ? record.showName : false,
    publish: record.publish,
    ...(reporter && record.rating ? { rating: { ...record.rating } } : {}),
    ...(reporter && record.resolved ? { resolved: { ...record.resolved } } : {}),
    subscribed: reporter ? record.notify : true,
    role: reporter ? 'reporter' : 'supporter',
  };
}

export const isParticipant = (record: ReportRecord, user: string) =>
  record.reporter === user || record.supporters.includes(user);
