// The report inbox for officers: the list (status, category), one report with everything the
// reporter gave and its history, and the actions its status allows (receive, start, answer
// with text and photos, refuse with a reason, close), through context.feedbackOfficer as the
// signed-in officer. Photos are served to officers from /staff/api/photos/:id.
import { REPORT_STATUSES, type ReportPhoto, type ReportStatus } from '@govmini/feedback/core';
import type { Hono } from 'hono';
import type { ServerContext } from '../context.ts';
import type { DeskReport } from '../services/feedback/officer.ts';
import { jsonBody, type StaffEnv } from './auth-routes.ts';
import { PAGE_SIZE, pageParam } from './dossier-routes.ts';
import { invalidRequest, staffError } from './errors.ts';
import type { StaffQueries } from './queries.ts';
import { cleanText, type StaffIssue, textIssue } from './transition-input.ts';
import { REPORT_ACTIONS, STAFF_LIMITS } from './transitions.ts';
import type { ReportAction, ReportDetail, ReportRow } from './wire.ts';

export const staffPhotoUrl = (id: string) => `/staff/api/photos/${encodeURIComponent(id)}`;

/** Photos as officers load them: through the staff API, whatever the public may see. */
const forStaff = (photo: ReportPhoto): ReportPhoto => ({ ...photo, url: staffPhotoUrl(photo.id) });

function statusParam(raw: string | undefined): ReportStatus[] | undefined {
  if (!raw) return undefined;
  const list = raw.split(',');
  if (!list.every((s) => (REPORT_STATUSES as readonly string[]).includes(s))) {
    throw staffError('unknown');
  }
  return list as ReportStatus[];
}

const EXCERPT = 160;
const excerpt = (text: string) => {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT - 1).join('')}…` : chars.join('');
};

/** Uploads of an officer are owned by this id (never a citizen's Zalo id). */
const ownerOf = (staffId: string) => `staff:${staffId}`;

/**
 * The citizen-facing URL of a photo: the service makes photo URLs from the id alone (see
 * create-context's photoUrl), and every report has at least one photo, so the report's first
 * photo shows the pattern. The stored answer then links where the reporter can load it.
 */
function publicPhotoUrl(report: DeskReport, id: string): string {
  const sample = report.photos[0];
  const tail = sample ? encodeURIComponent(sample.id) : '';
  if (!sample?.url.endsWith(tail)) return staffPhotoUrl(id);
  return sample.url.slice(0, sample.url.length - tail.length) + encodeURIComponent(id);
}

export function mountReportRoutes(
  api: Hono<StaffEnv>,
  deps: { context: ServerContext; queries: StaffQueries },
) {
  const { context, queries } = deps;
  const desk = context.feedbackOfficer;

  const detail = async (id: string): Promise<ReportDetail> => {
    const report: DeskReport = await desk.get(id);
    const categories = await context.feedback.listCategories();
    const category = categories.find((c) => c.id === report.categoryId);
    const { reporter: _reporter, ...contract } = report;
    return {
      report: {
        ...contract,
        photos: contract.photos.map(forStaff),
        ...(contract.answer
          ? {
              answer: {
                ...contract.answer,
                attachments: contract.answer.attachments.map(forStaff),
              },
            }
          : {}),
      },
      category: {
        id: report.categoryId,
        title: category?.title ?? { vi: report.categoryId },
        agency: category?.agency.name ?? { vi: '' },
      },
      actions: REPORT_ACTIONS[report.status] ?? [],
    };
  };

  api.get('/categories', async (c) => c.json({ categories: await queries.categories() }));

  api.get('/reports', async (c) => {
    const status = statusParam(c.req.query('status'));
    const categoryId = c.req.query('category') || undefined;
    const page = pageParam(c.req.query('page'));
    const [result, categories] = await Promise.all([
      desk.list({
        ...(status ? { status } : {}),
        ...(categoryId ? { categoryId } : {}),
        limit: PAGE_SIZE,
        ...(page > 1 ? { cursor: ((page - 1) * PAGE_SIZE).toString(36) } : {}),
      }),
      queries.categories(),
    ]);
    const titles = new Map(categories.map((cat) => [cat.id, cat.title]));
    const items: ReportRow[] = result.items.map((r) => ({
      id: r.id,
      code: r.code,
      categoryId: r.categoryId,
      categoryTitle: titles.get(r.categoryId) ?? { vi: r.categoryId },
      status: r.status,
      createdAt: r.createdAt,
      ...(r.dueDate ? { dueDate: r.dueDate } : {}),
      excerpt: excerpt(r.description),
      supporters: r.supporters,
    }));
    return c.json({ items, total: result.total, page, pageSize: PAGE_SIZE });
  });

  api.get('/reports/:id', async (c) => c.json(await detail(c.req.param('id'))));

  type Run = (report: DeskReport, body: Record<string, unknown>, staffId: string) => Promise<void>;
  const act = (action: ReportAction, run: Run) =>
    api.post(`/reports/:id/${action}`, async (c) => {
      const id = c.req.param('id');
      const body = await jsonBody(c);
      const report = await desk.get(id);
      if (!(REPORT_ACTIONS[report.status] as readonly string[]).includes(action)) {
        throw staffError('not_allowed');
      }
      const staff = c.get('staff');
      await run(report, body, staff.id);
      context.log.info('staff.report_action', { staff: staff.id, report: id, action });
      return c.json(await detail(id));
    });

  act('receive', (report, _, staffId) => desk.as({ id: staffId }).receive(report.id));
  act('start', (report, _, staffId) => desk.as({ id: staffId }).start(report.id));
  act('close', (report, _, staffId) => desk.as({ id: staffId }).close(report.id));

  act('reject', async (report, body, staffId) => {
    const reason = cleanText(body.reason);
    const issue = textIssue('reason', reason, STAFF_LIMITS.reason, true);
    if (issue) throw invalidRequest([issue]);
    await desk.as({ id: staffId }).reject(report.id, reason);
  });

  act('answer', async (report, body, staffId) => {
    const text = cleanText(body.text);
    const issues: StaffIssue[] = [];
    const textProblem = textIssue('text', text, STAFF_LIMITS.answer, true);
    if (textProblem) issues.push(textProblem);
    const ids = body.photoIds === undefined ? [] : body.photoIds;
    if (!Array.isArray(ids) || !ids.every((p) => typeof p === 'string')) {
      issues.push({ path: 'photoIds', code: 'invalid' });
    } else if (ids.length > STAFF_LIMITS.answerPhotos) {
      issues.push({
        path: 'photoIds',
        code: 'too_many',
        params: { max: STAFF_LIMITS.answerPhotos },
      });
    }
    if (issues.length > 0) throw invalidRequest(issues);
    const attachments = await photosOf(report, ids as string[], staffId);
    await desk.as({ id: staffId }).answer(report.id, { text, attachments });
    if (attachments.length > 0) {
      // Linked to the report, the photos are served to whoever may see the report itself.
      await context.db
        .updateTable('attachments')
        .set({ used_by: report.id })
        .where(
          'id',
          'in',
          attachments.map((p) => p.id),
        )
        .where('owner', '=', ownerOf(staffId))
        .execute();
    }
  });

  /** The officer's own unused photos, in order; any other id is refused. */
  const photosOf = async (
    report: DeskReport,
    ids: readonly string[],
    staffId: string,
  ): Promise<ReportPhoto[]> => {
    if (ids.length === 0) return [];
    const rows = await context.db
      .selectFrom('attachments')
      .select(['id', 'type', 'width', 'height'])
      .where('id', 'in', [...ids])
      .where('kind', '=', 'photo')
      .where('owner', '=', ownerOf(staffId))
      .where('used_by', 'is', null)
      .execute();
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((photoId) => {
      const row = found.get(photoId);
      if (!row) throw invalidRequest([{ path: 'photoIds', code: 'invalid' }]);
      return {
        id: row.id,
        url: publicPhotoUrl(report, row.id),
        type: row.type,
        ...(row.width ? { width: row.width } : {}),
        ...(row.height ? { height: row.height } : {}),
      };
    });
  };

  api.post('/photos', async (c) => {
    const blob = await c.req.blob();
    const photo = await context.photos.upload(ownerOf(c.get('staff').id), blob, {
      name: '',
      type: blob.type,
    });
    return c.json({ ...photo, url: staffPhotoUrl(photo.id) });
  });

  api.get('/photos/:id', async (c) => {
    const photo = await context.photos.read(c.req.param('id'), { staff: true });
    if (!photo) throw staffError('not_found');
    c.header('content-type', photo.type);
    c.header('content-security-policy', "default-src 'none'; sandbox");
    c.header('cache-control', 'private, no-store');
    return c.body(photo.bytes as Uint8Array<ArrayBuffer>);
  });
}
