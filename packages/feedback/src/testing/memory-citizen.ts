// What a citizen does in the memory service: file a report (checked with the phone's own
// validateNewReport), join one with "Tôi cũng gặp", read their own, rate, answer "Đã được giải
// quyết chưa?", and browse the public answers. Someone else's report answers `not_found`, like
// one that does not exist, so ids cannot be probed; a published one can still be read in public.
import { toIsoDate, toIsoDateTime, vietnamDay } from '@govmini/vn/calendar';
import { feedbackError, invalidReport } from '../core/errors';
import { queryPublicReports } from '../core/public-query';
import { rankDuplicates } from '../core/similarity';
import { canConfirmResolved, canRate, isOpenStatus } from '../core/status';
import type {
  DuplicateQuery,
  FeedbackCategory,
  MyReport,
  NewReport,
  Page,
  PublicQuery,
  PublicReport,
  ReportPhoto,
  ReportRating,
} from '../core/types';
import {
  normalizeDescription,
  normalizeLocation,
  validateNewReport,
  validateRating,
  validateResolvedAnswer,
} from '../core/validate';
import type { Agency } from './memory-agency';
import type { PhotoStore } from './memory-photo-store';
import { isParticipant, mineView, publicView, type ReportRecord } from './memory-records';

/** JSON with object keys sorted: equal requests give equal text whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface CitizenContext {
  readonly agency: Agency;
  readonly photos: PhotoStore;
  readonly categories: readonly FeedbackCategory[];
  readonly now: () => number;
  readonly communeExists?: (provinceCode: string, communeCode: string) => boolean;
  readonly codePrefix: string;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,200}$/;

export function createCitizenActions(context: CitizenContext) {
  const { agency, photos, now } = context;
  const idempotency = new Map<string, string>();
  const sequences = new Map<string, number>();

  const nextCode = (at: number) => {
    const day = toIsoDate(vietnamDay(at)).slice(2).replaceAll('-', '');
    const n = (sequences.get(day) ?? 0) + 1;
    sequences.set(day, n);
    return `${context.codePrefix}-${day}-${String(n).padStart(4, '0')}`;
  };

  /** The user's own or supported report; anything else is as unknown as a missing one. */
  const participant = (user: string, id: string): ReportRecord => {
    const record = typeof id === 'string' ? agency.records.get(id) : undefined;
    if (!record || !isParticipant(record, user)) throw feedbackError('not_found');
    return record;
  };
  const reporterOnly = (user: string, id: string): ReportRecord => {
    const record = participant(user, id);
    if (record.reporter !== user) throw feedbackError('not_allowed');
    return record;
  };
  /** What the public may see at all: published, and not refused. */
  const visible = () =>
    [...agency.records.values()].filter((r) => r.publish && r.status !== 'rejected');

  return {
    submit(user: { id: string; name?: string | undefined }, report: NewReport): MyReport {
      const { idempotencyKey, showName, publish, notify } = report;
      if (
        typeof idempotencyKey !== 'string' ||
        !IDEMPOTENCY_KEY.test(idempotencyKey) ||
        typeof showName !== 'boolean' ||
        typeof publish !== 'boolean' ||
        typeof notify !== 'boolean'
      ) {
        throw feedbackError('unknown', { status: 400 });
      }
      // Everything from here to the insert is synchronous: two racing retries cannot both file.
      const description =
        typeof report.description === 'string'
          ? normalizeDescription(report.description)
          : report.description;
      const fingerprint = canonicalJson({
        categoryId: report.categoryId,
        description,
        photoIds: report.photoIds,
        location: report.location,
        showName,
        publish,
        notify,
      });
      const seenKey = `${user.id}\n${idempotencyKey}`;
      const seen = idempotency.get(seenKey);
      const first = seen === undefined ? undefined : agency.records.get(seen);
      if (first) {
        if (first.fingerprint !== fingerprint) throw feedbackError('conflict');
        return mineView(first, user.id);
      }

      const issues = validateNewReport(report, {
        categories: context.categories,
        ...(context.communeExists ? { communeExists: context.communeExists } : {}),
      });
      const stored: ReportPhoto[] = [];
      if (!issues.some((issue) => issue.path === 'photoIds')) {
        [...new Set(report.photoIds)].forEach((id, index) => {
          const photo = photos.get(user.id, id);
          if (photo) stored.push(photo);
          else issues.push({ path: 'photoIds', code: 'unknown_photo', params: { index } });
        });
      }
      if (issues.length > 0) throw invalidReport(issues);

      const at = now();
      const category = context.categories.find((c) => c.id === report.categoryId);
      if (!category) throw invalidReport([{ path: 'categoryId', code: 'unknown_category' }]);
      const createdAt = toIsoDateTime(at);
      const record: ReportRecord = {
        id: `rep-${globalThis.crypto.randomUUID()}`,
        code: nextCode(at),
        reporter: user.id,
        reporterName: user.name,
        idempotencyKey,
        fingerprint,
        category,
        description: normalizeDescription(report.description),
        photos: stored,
        location: normalizeLocation(report.location),
        showName,
        publish,
        notify,
        createdAt,
        status: 'sent',
        history: [{ status: 'sent', at: createdAt }],
        dueDate: undefined,
        answer: undefined,
        rating: undefined,
        resolved: undefined,
        supporters: [],
        next: undefined,
        answers: 0,
      };
      agency.filed(record);
      idempotency.set(seenKey, record.id);
      return mineView(record, user.id);
    },

    support(user: string, id: string): MyReport {
      const record = typeof id === 'string' ? agency.records.get(id) : undefined;
      // Private and refused reports are as unknown to others as they are in public.
      const hidden = !record?.publish || record.status === 'rejected';
      if (!record || (hidden && !isParticipant(record, user))) throw feedbackError('not_found');
      if (record.reporter === user) throw feedbackError('not_allowed');
      if (record.supporters.includes(user)) return mineView(record, user);
      if (!isOpenStatus(record.status)) throw feedbackError('not_allowed');
      record.supporters.push(user);
      return mineView(record, user);
    },

    listMine(user: string): MyReport[] {
      return [...agency.records.values()]
        .filter((record) => isParticipant(record, user))
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
        .map((record) => mineView(record, user));
    },

    getMine: (user: string, id: string): MyReport => mineView(participant(user, id), user),

    rate(user: string, id: string, rating: Omit<ReportRating, 'ratedAt'>): MyReport {
      const record = reporterOnly(user, id);
      if (!canRate(mineView(record, user))) throw feedbackError('not_allowed');
      const issues = validateRating(rating);
      if (issues.length > 0) throw invalidReport(issues);
      const comment =
        typeof rating.comment === 'string' ? normalizeDescription(rating.comment) : '';
      record.rating = {
        level: rating.level,
        ...(comment ? { comment } : {}),
        ratedAt: toIsoDateTime(now()),
      };
      return mineView(record, user);
    },

    confirmResolved(
      user: string,
      id: string,
      answer: { resolved: boolean; comment?: string },
    ): MyReport {
      const record = reporterOnly(user, id);
      if (!canConfirmResolved(mineView(record, user))) throw feedbackError('not_allowed');
      const issues = validateResolvedAnswer(answer);
      if (issues.length > 0) throw invalidReport(issues);
      const at = now();
      const comment =
        typeof answer.comment === 'string' ? normalizeDescription(answer.comment) : '';
      record.resolved = {
        resolved: answer.resolved,
        at: toIsoDateTime(at),
        ...(comment ? { comment } : {}),
      };
      if (answer.resolved) agency.resolved(record, at);
      else agency.reopen(record, at);
      return mineView(record, user);
    },

    findDuplicates(query: DuplicateQuery): PublicReport[] {
      return rankDuplicates(query, visible().map(publicView)).map((match) => match.report);
    },

    listPublic: (query: PublicQuery): Page<PublicReport> =>
      queryPublicReports(visible().map(publicView), query),

    getPublic(id: string): PublicReport {
      const record = typeof id === 'string' ? agency.records.get(id) : undefined;
      if (!record?.publish || record.status === 'rejected') {
        throw feedbackError('not_found');
      }
      return publicView(record);
    },
  };
}

export type CitizenActions = ReturnType<typeof createCitizenActions>;
