// POST /requests exactly once per idempotency key, as far as Open311 allows: the key is
// recorded on the device before the POST; a retry after a lost answer first looks for the
// request on the server (same service, same text, same place, filed since the first attempt)
// and only files again when it is not there. Batch services answer with a token that is
// resolved through GET /tokens/{token}; blackbox services answer with nothing at all.
import { FeedbackError, type MyReport, type NewReport, type ReportPhoto } from '../core/types';
import type { AttributeValues } from './categories';
import { type Open311Client, open311Path } from './client';
import type { LocalReport, LocalReports, SubmitRecord } from './local-store';
import { composeDescription, locationFields, type RequestContext, toPublicReport } from './mapping';
import { open311Error } from './problem';
import { fetchRequest, requestPages } from './public';
import { type Open311Pagination, scanRequests, timeWindows } from './scan';
import { toVietnamIso } from './time';
import { type Open311Request, readReceipt } from './wire';

export interface FilingOptions {
  readonly client: Open311Client;
  readonly store: LocalReports;
  readonly context: RequestContext;
  readonly tokenPolling: { readonly attempts: number; readonly intervalMs: number };
  readonly pagination: Open311Pagination;
  readonly pageSize: number;
  readonly attributes: AttributeValues;
  readonly extraPhotos: 'describe' | 'omit';
}

/** How far around the first attempt a committed request is looked for (clock skew). */
const RECONCILE_SLACK_MS = 10 * 60_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createFiling(options: FilingOptions) {
  const { client, store, context } = options;

  /** One GET /tokens/{token}: the request id once the server has one. */
  const resolveToken = async (token: string): Promise<string | undefined> => {
    try {
      return readReceipt(await client.get(open311Path('/tokens', token)))?.id;
    } catch (error) {
      // 404 while the batch is not processed yet: some servers only know tokens they resolved.
      if (error instanceof FeedbackError && error.code === 'not_found') return undefined;
      throw error;
    }
  };

  const view = (record: SubmitRecord, request?: Open311Request): MyReport => {
    const local = record.report;
    const mine = {
      showName: local.showName,
      publish: local.publish,
      subscribed: local.notify,
      role: 'reporter' as const,
      ...(local.showName && local.reporterName ? { reporterName: local.reporterName } : {}),
    };
    if (request) {
      const server = toPublicReport(request, context);
      // The device knows the exact location (codes, place) and photos; the server the rest.
      return {
        ...server,
        categoryId: server.categoryId || local.categoryId,
        description: server.description || local.description,
        location: local.location,
        photos: local.photos.length > 0 ? local.photos : server.photos,
        ...mine,
      };
    }
    const id =
      record.requestId ??
      (record.token ? `token:${record.token}` : `local:${record.idempotencyKey}`);
    // Filed but not yet visible (token unresolved, blackbox service, or the server lost it).
    const status = record.requestId ? 'received' : 'sent';
    return {
      id,
      code: id,
      categoryId: local.categoryId,
      description: local.description,
      photos: local.photos,
      location: local.location,
      status,
      history: [{ status, at: local.createdAt }],
      supporters: 0,
      createdAt: local.createdAt,
      ...mine,
    };
  };

  /** A request filed by this record's first attempt, if the server shows it. */
  const findCommitted = async (record: SubmitRecord): Promise<Open311Request | undefined> => {
    const same = (a: string | undefined, b: string | undefined) =>
      (a ?? '').replace(/\r\n?/g, '\n').trim().normalize('NFC') ===
      (b ?? '').replace(/\r\n?/g, '\n').trim().normalize('NFC');
    const near = (a: number | undefined, b: string | undefined) =>
      a === undefined || b === undefined || Math.abs(a - Number(b)) < 1e-5;
    const { sent } = record;
    const windows = timeWindows(
      record.sentAt - RECONCILE_SLACK_MS,
      context.now() + RECONCILE_SLACK_MS,
    );
    const { items } = await scanRequests({
      windows,
      fetch: requestPages(client, { service_code: record.serviceCode }, options.pageSize),
      pagination: options.pagination,
      pageSize: options.pageSize,
      matches: (r) =>
        (r.serviceCode === undefined || r.serviceCode === record.serviceCode) &&
        same(r.description, sent.description) &&
        near(r.lat, sent.lat) &&
        near(r.long, sent.long) &&
        (sent.lat !== undefined || r.address === undefined || same(r.address, sent.addressString)),
      limit: 1,
    });
    return items[0];
  };

  /** Polls GET /tokens/{token} a bounded number of times (batch services). */
  const pollToken = async (token: string): Promise<string | undefined> => {
    let wait = options.tokenPolling.intervalMs;
    for (let attempt = 0; attempt < options.tokenPolling.attempts; attempt++) {
      if (attempt > 0) {
        await sleep(wait);
        wait *= 2;
      }
      const id = await resolveToken(token).catch(() => undefined);
      if (id !== undefined) return id;
    }
    return undefined;
  };

  /** The record with its token resolved when the server can (polled right after filing). */
  const settle = async (record: SubmitRecord, poll: boolean): Promise<SubmitRecord> => {
    if (record.requestId !== undefined || record.token === undefined) return record;
    const id = poll ? await pollToken(record.token) : await resolveToken(record.token);
    if (id === undefined) return record;
    const resolved = { ...record, requestId: id };
    await store.put(resolved);
    return resolved;
  };

  /** The record's current view, from the server when it knows the request. */
  const refresh = async (record: SubmitRecord, poll: boolean): Promise<MyReport> => {
    const current = await settle(record, poll);
    if (current.requestId === undefined) return view(current);
    return view(current, await fetchRequest(client, current.requestId));
  };

  const post = async (record: SubmitRecord, report: NewReport): Promise<SubmitRecord> => {
    const attributes = options.attributes[report.categoryId] ?? {};
    const body = await client.post('/requests', {
      service_code: report.categoryId,
      ...locationFields(report.location, context.communes),
      description: record.sent.description,
      ...(report.photoIds[0] ? { media_url: report.photoIds[0] } : {}),
      ...nameFields(record.report),
      ...Object.fromEntries(
        Object.entries(attributes).map(([code, value]) => [`attribute[${code}]`, value]),
      ),
    });
    const receipt = readReceipt(body);
    if (!receipt) {
      throw open311Error('server', 'Open311 POST /requests answered an off-contract body');
    }
    return {
      ...record,
      state: 'filed',
      ...(receipt.id === undefined ? {} : { requestId: receipt.id }),
      ...(receipt.id === undefined && receipt.token !== undefined ? { token: receipt.token } : {}),
      ...(receipt.serviceNotice === undefined ? {} : { serviceNotice: receipt.serviceNotice }),
    };
  };

  /** A new record for a report (state `pending`, written before the POST). */
  const newRecord = (
    owner: string,
    report: NewReport,
    photos: readonly ReportPhoto[],
    fingerprint: string,
    reporterName: string | undefined,
  ): SubmitRecord => {
    const now = context.now();
    const fields = locationFields(report.location, context.communes);
    const urls = report.photoIds;
    const local: LocalReport = {
      categoryId: report.categoryId,
      description: report.description,
      location: report.location,
      photos,
      showName: report.showName,
      publish: report.publish,
      notify: report.notify,
      ...(report.showName && reporterName ? { reporterName } : {}),
      createdAt: toVietnamIso(now),
    };
    return {
      v: 1,
      idempotencyKey: report.idempotencyKey,
      owner,
      fingerprint,
      state: 'pending',
      sentAt: now,
      serviceCode: report.categoryId,
      sent: {
        description:
          options.extraPhotos === 'describe'
            ? composeDescription(report.description, urls.slice(1))
            : report.description,
        ...(fields.lat !== undefined && fields.long !== undefined
          ? { lat: fields.lat, long: fields.long }
          : {}),
        ...(fields.address_string === undefined ? {} : { addressString: fields.address_string }),
      },
      report: local,
    };
  };

  /** Files a validated report (the caller holds the key's lock). */
  const file = async (fresh: SubmitRecord, report: NewReport): Promise<MyReport> => {
    let record = (await store.get(fresh.owner, fresh.idempotencyKey)) ?? fresh;
    if (record.fingerprint !== fresh.fingerprint) {
      throw open311Error(
        'conflict',
        'Open311: this idempotencyKey was already used for a different report',
      );
    }
    if (record.state === 'pending' && record !== fresh) {
      const committed = await findCommitted(record);
      if (committed) record = { ...record, state: 'filed', requestId: committed.id };
    }
    if (record.state === 'pending') {
      record = { ...record, sentAt: context.now() };
      await store.put(record);
      try {
        record = await post(record, report);
      } catch (error) {
        // A refusal is final (the key may be used again for a fixed report); anything else
        // may have reached the server, so the record stays pending for the next attempt.
        const refused =
          error instanceof FeedbackError &&
          ['invalid_report', 'forbidden', 'not_found', 'too_large', 'unsupported_type'].includes(
            error.code,
          );
        if (refused) await store.forget(record.owner, record.idempotencyKey);
        throw error;
      }
    }
    await store.put(record);
    // The report is filed: a failure from here on must not make the caller file it again.
    try {
      return await refresh(record, true);
    } catch {
      return view(record);
    }
  };

  return { file, newRecord, settle, refresh, view };
}

/**
 * `first_name`/`last_name` only when the citizen chose to show their name. A Vietnamese name is
 * family name first: "Nguyễn Văn An" → last_name "Nguyễn", first_name "Văn An".
 */
function nameFields(local: LocalReport): Record<string, string> {
  if (!local.showName || !local.reporterName) return {};
  const [family = '', ...given] = local.reporterName.trim().split(/\s+/);
  return given.length > 0
    ? { first_name: given.join(' '), last_name: family }
    : { first_name: family };
}
