// Filing a report, read from @govmini/feedback's memory service line by line: checked with the
// phone's own validateNewReport, with only the reporter's own photos, exactly once per
// idempotency key — guaranteed by the UNIQUE (reporter, idempotency_key) constraint, so racing
// retries on any number of instances file one report. What follows filing is follow-up.ts.

import { canonicalJson } from '@govmini/dossier/server';
import {
  type FeedbackCategory,
  feedbackError,
  type MyReport,
  type NewReport,
  normalizeDescription,
  type ReportIssue,
  type ReportLocation,
  validateNewReport,
} from '@govmini/feedback/core';
import type { Database } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/database.ts';
import { nextDailyNumber } from '../counters.ts';
import { codeDay, isoDate, toVietnamIso, vietnamDay } from '../time.ts';
import { type LoadedReport, loadReport, mineView, type PhotoUrl } from './records.ts';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,200}$/;

/** As the package's normalizeLocation: text parts NFC and trimmed, nothing else kept. */
export function normalizeLocation(location: ReportLocation): ReportLocation {
  const text = (value: string | undefined) =>
    value === undefined ? undefined : normalizeDescription(value);
  if (location.kind === 'commune') {
    return {
      kind: 'commune',
      provinceCode: location.provinceCode,
      communeCode: location.communeCode,
      place: normalizeDescription(location.place),
    };
  }
  const place = text(location.place);
  const address = text(location.address);
  return {
    kind: 'device',
    latitude: location.latitude,
    longitude: location.longitude,
    ...(location.provinceCode === undefined ? {} : { provinceCode: location.provinceCode }),
    ...(location.communeCode === undefined ? {} : { communeCode: location.communeCode }),
    ...(address ? { address } : {}),
    ...(place ? { place } : {}),
  };
}

export function createCitizenReports(input: {
  db: Database;
  now: () => number;
  categories: () => Promise<readonly FeedbackCategory[]>;
  photoUrl: PhotoUrl;
  codePrefix: string;
}) {
  const { db, now, photoUrl } = input;
  const view = (report: LoadedReport, user: string) => mineView(report, user, photoUrl);

  const existing = async (user: string, key: string, fingerprint: string) => {
    const row = await db
      .selectFrom('reports')
      .select(['id', 'fingerprint'])
      .where('reporter', '=', user)
      .where('idempotency_key', '=', key)
      .executeTakeFirst();
    if (!row) return undefined;
    if (row.fingerprint !== fingerprint) throw feedbackError('conflict');
    const report = await loadReport(db, row.id);
    if (!report) throw feedbackError('server');
    return view(report, user);
  };

  return {
    async submit(
      user: { id: string; name?: string | undefined },
      report: NewReport,
    ): Promise<MyReport> {
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
      const first = await existing(user.id, idempotencyKey, fingerprint);
      if (first) return first;

      const categories = await input.categories();
      const issues: ReportIssue[] = validateNewReport(report, { categories });
      const photoIds = Array.isArray(report.photoIds) ? [...new Set(report.photoIds)] : [];
      const photos: { id: string; type: string; width?: number; height?: number }[] = [];
      if (!issues.some((issue) => issue.path === 'photoIds')) {
        const rows = await db
          .selectFrom('attachments')
          .select(['id', 'type', 'width', 'height'])
          .where('owner', '=', user.id)
          .where('kind', '=', 'photo')
          .where(
            'id',
            'in',
            photoIds.filter((id) => typeof id === 'string'),
          )
          .execute();
        const byId = new Map(rows.map((r) => [r.id, r]));
        photoIds.forEach((id, index) => {
          const row = byId.get(id);
          if (row) {
            photos.push({
              id: row.id,
              type: row.type,
              ...(row.width === null || row.height === null
                ? {}
                : { width: row.width, height: row.height }),
            });
          } else issues.push({ path: 'photoIds', code: 'unknown_photo', params: { index } });
        });
      }
      if (issues.length > 0) throw feedbackError('invalid_report', { issues });
      const category = categories.find((c) => c.id === report.categoryId);
      if (!category) {
        throw feedbackError('invalid_report', {
          issues: [{ path: 'categoryId', code: 'unknown_category' }],
        });
      }

      // Whole seconds, as the wire shows them, so the public list's cursors order the same.
      const at = Math.floor(now() / 1000) * 1000;
      const createdAt = toVietnamIso(at);
      const location = normalizeLocation(report.location);
      const id = `rep-${globalThis.crypto.randomUUID()}`;
      try {
        await db.transaction().execute(async (tx) => {
          const n = await nextDailyNumber(tx, input.codePrefix, at);
          const code = `${input.codePrefix}-${codeDay(at)}-${String(n).padStart(4, '0')}`;
          await tx
            .insertInto('reports')
            .values({
              id,
              code,
              reporter: user.id,
              reporter_name: user.name ?? null,
              idempotency_key: idempotencyKey,
              fingerprint,
              category_id: category.id,
              description: normalizeDescription(report.description),
              photos: JSON.stringify(photos),
              location: JSON.stringify(location),
              commune_code: location.communeCode ?? null,
              latitude: location.kind === 'device' ? location.latitude : null,
              longitude: location.kind === 'device' ? location.longitude : null,
              show_name: showName ? 1 : 0,
              publish: publish ? 1 : 0,
              notify: notify ? 1 : 0,
              status: 'sent',
              created_at: createdAt,
              created_ms: at,
              created_day: isoDate(vietnamDay(at)),
              due_date: null,
              answer: null,
              resolved: null,
              updated_ms: at,
            })
            .execute();
          await tx
            .insertInto('report_events')
            .values({
              report_id: id,
              status: 'sent',
              at: createdAt,
              at_ms: at,
              note: null,
              reopened: 0,
              actor: null,
            })
            .execute();
          await tx
            .updateTable('attachments')
            .set({ used_by: id })
            .where('owner', '=', user.id)
            .where(
              'id',
              'in',
              photos.map((p) => p.id),
            )
            .execute();
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const winner = await existing(user.id, idempotencyKey, fingerprint);
        if (winner) return winner;
        throw error;
      }
      const created = await loadReport(db, id);
      if (!created) throw feedbackError('server');
      return view(created, user.id);
    },
  };
}

export type CitizenReports = ReturnType<typeof createCitizenReports>;
