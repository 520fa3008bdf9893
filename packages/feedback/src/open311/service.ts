// FeedbackService over an Open311 GeoReport v2 server (spec: open311/open311.github.io
// GeoReport/v2/index.md). What Open311 cannot do (supporters, rating, "resolved?", private
// reports, per-account ownership) is refused with `not_supported` or kept on the device;
// README.md next to this file lists each gap.

import type { FeedbackService, LocalizedText } from '../core/types';
import { normalizeDescription, normalizeLocation } from '../core/validate';
import { type AttributeValues, type CategoryOverride, fetchCategories } from './categories';
import { createOpen311Client } from './client';
import { createFiling } from './filing';
import {
  createLocalReports,
  createMemoryOpen311Storage,
  fingerprint,
  type Open311Storage,
} from './local-store';
import { type CommuneDirectory, localized, type RejectionRule } from './mapping';
import { createMine } from './mine';
import { createPhotoUploads, type MediaUploader } from './photos';
import { open311Error } from './problem';
import { createPublicReads } from './public';
import type { Open311Pagination } from './scan';
import { reportIssues } from './validate';

export interface Open311FeedbackServiceOptions {
  /** GeoReport v2 base URL, e.g. `https://open311.tinhmau.gov.vn/v2` (`/services.json` is appended). */
  readonly endpoint: string;
  /** Sent on every call when the endpoint serves several jurisdictions, e.g. `tinhmau.gov.vn`. */
  readonly jurisdictionId?: string;
  /** Sent as `api_key` on POST /requests only; never in a URL, an error message or a log. */
  readonly apiKey: string;
  readonly fetch?: typeof globalThis.fetch;
  /** Per request, default 15 s. */
  readonly timeoutMs?: number;
  /** Sent as Accept-Language; `en…` also fills the English side of service names. Default `vi`. */
  readonly locale?: string;
  /**
   * Open311 takes a photo as a URL (`media_url`) only: this stores a photo somewhere the agency
   * can read it and returns its http(s) URL. Without it uploadPhoto is `not_supported`.
   */
  readonly mediaUploader?: MediaUploader;
  /** Idempotency keys and "my reports" (default: in memory). `platform.storage.forUser(id)` fits. */
  readonly storage?: Open311Storage;
  /** The agency shown on categories and on answers without `agency_responsible`. */
  readonly agencyName?: string | LocalizedText;
  /** Expected answer time of every category, in working days (default 5). */
  readonly answerDays?: number;
  /** Per service_code: icon, agency, answer days, notice, title… over what the server says. */
  readonly categories?: Readonly<Record<string, CategoryOverride>>;
  /**
   * Values of service-definition attributes, per service_code (`attribute[code]`; arrays are
   * sent as `attribute[code][]`). A service with a required attribute not given here is left
   * out of listCategories: the citizen could not file it.
   */
  readonly attributes?: AttributeValues;
  /** Commune names for `address_string` and back; `createAdminIndex(data)` fits. */
  readonly communes?: CommuneDirectory;
  /**
   * Open311 has no refusal: a refused request is closed with notes, like an answer. When the
   * province's CRM marks refusals in the notes (e.g. "Không tiếp nhận: …"), this returns the
   * reason for such notes, and those requests become `rejected` (never public).
   */
  readonly rejection?: RejectionRule;
  /** The province this endpoint serves: reports whose address names none get this code. */
  readonly provinceCode?: string;
  /** The citizen's full name, sent as first_name/last_name only when they chose showName. */
  readonly reporterName?: (
    sessionToken: string,
  ) => Promise<string | undefined> | string | undefined;
  /**
   * Whose reports are whose on this device: a stable user id for a session, undefined to refuse
   * it (`unauthenticated`). Default: any non-empty token is the one user of this device.
   */
  readonly ownerOf?: (sessionToken: string) => Promise<string | undefined> | string | undefined;
  /**
   * Open311 has no private requests (GET /requests is public). A report with `publish: false`
   * is refused (`not_supported`) unless this is true.
   */
  readonly sendPrivateReportsPublicly?: boolean;
  /** Photos after the first: listed under "Ảnh khác:" in the description (default) or left out. */
  readonly extraPhotos?: 'describe' | 'omit';
  /** GET /tokens/{token} after a batch POST: attempts (default 4) and first wait (default 1 s, doubling). */
  readonly tokenPolling?: { readonly attempts?: number; readonly intervalMs?: number };
  /** The `page`/`page_size` extension: `auto` (default) notices servers that ignore it. */
  readonly pagination?: Open311Pagination;
  /** `page_size` asked for (default 100). */
  readonly pageSize?: number;
  /** How far back public lists reach without `from` (default 90 days, the spec's default span). */
  readonly publicLookbackDays?: number;
  /** Largest photo accepted by uploadPhoto (default 10 MB). */
  readonly maxPhotoBytes?: number;
  readonly now?: () => number;
}

const CATEGORY_CACHE_MS = 10 * 60_000;

const notSupported = (what: string, why: string) =>
  open311Error('not_supported', `Open311 GeoReport v2 has no ${what}: ${why}`);

export function createOpen311FeedbackService(
  options: Open311FeedbackServiceOptions,
): FeedbackService {
  const locale = options.locale ?? 'vi';
  const now = options.now ?? Date.now;
  const client = createOpen311Client(options);
  const agencyName =
    typeof options.agencyName === 'string'
      ? localized(options.agencyName, locale)
      : (options.agencyName ?? { vi: 'Cơ quan tiếp nhận phản ánh', en: 'Receiving agency' });
  const agency = { id: options.jurisdictionId ?? 'open311', name: agencyName };
  const overrides = options.categories ?? {};
  const pagination = options.pagination ?? 'auto';
  const pageSize = options.pageSize ?? 100;
  const context = {
    agencyFor: (code: string | undefined) =>
      (code === undefined ? undefined : overrides[code]?.agency?.name) ?? agencyName,
    ...(options.communes ? { communes: options.communes } : {}),
    ...(options.provinceCode ? { provinceCode: options.provinceCode } : {}),
    ...(options.rejection ? { rejection: options.rejection } : {}),
    locale,
    now,
  };
  const store = createLocalReports(
    options.storage ?? createMemoryOpen311Storage(),
    `open311.${fingerprint([options.endpoint.replace(/\/+$/, ''), options.jurisdictionId ?? ''])}`,
  );
  const filing = createFiling({
    client,
    store,
    context,
    tokenPolling: {
      attempts: options.tokenPolling?.attempts ?? 4,
      intervalMs: options.tokenPolling?.intervalMs ?? 1000,
    },
    pagination,
    pageSize,
    attributes: options.attributes ?? {},
    extraPhotos: options.extraPhotos ?? 'describe',
  });
  const photos = createPhotoUploads({
    mediaUploader: options.mediaUploader,
    maxPhotoBytes: options.maxPhotoBytes,
    store,
  });
  const mine = createMine({ client, store, filing });
  const locks = new Map<string, Promise<unknown>>();

  const owner = async (sessionToken: string) => {
    const id = options.ownerOf
      ? await options.ownerOf(sessionToken)
      : sessionToken
        ? 'device'
        : undefined;
    if (!id) throw open311Error('unauthenticated', 'Open311: no owner for this session token');
    return id;
  };

  const categoryDefaults = { agency, answerDays: options.answerDays ?? 5, locale };
  const listCategories = () =>
    fetchCategories(client, categoryDefaults, overrides, options.attributes ?? {});
  // The service list, to name an unknown category before filing (kept 10 minutes). Without
  // it (offline) the server judges the category when the report is sent.
  let known: { at: number; ids: Promise<string[] | undefined> } | undefined;
  const knownCategories = () => {
    if (!known || now() - known.at > CATEGORY_CACHE_MS) {
      const ids = listCategories().then(
        (categories) => categories.map((c) => c.id),
        () => undefined,
      );
      known = { at: now(), ids };
      void ids.then((list) => {
        if (!list && known?.ids === ids) known = undefined;
      });
    }
    return known.ids;
  };

  const reads = createPublicReads({
    client,
    context,
    pagination,
    pageSize,
    lookbackDays: options.publicLookbackDays ?? 90,
  });

  return {
    listCategories,

    async resolveLocation(sessionToken) {
      await owner(sessionToken);
      throw notSupported(
        'location tokens',
        'a GeoReport server cannot exchange the platform location token; exchange it on the ' +
          'province backend, or let the citizen choose a commune (AddressPicker)',
      );
    },

    findDuplicates: reads.findDuplicates,

    async uploadPhoto(sessionToken, file, upload) {
      return photos.upload(await owner(sessionToken), file, upload);
    },

    async submit(sessionToken, submitted) {
      const who = await owner(sessionToken);
      const checked = await photos.resolve(who, submitted.photoIds ?? []);
      const issues = [
        ...reportIssues(submitted, await knownCategories(), photos.possible, options.communes),
        ...checked.issues,
      ];
      if (issues.length > 0) {
        throw open311Error('invalid_report', 'Open311: the report has problems (see issues)', {
          issues,
        });
      }
      if (!submitted.publish && !options.sendPrivateReportsPublicly) {
        throw notSupported(
          'private requests',
          'GET /requests shows every request to everyone, so a report with publish: false would ' +
            'be public; set sendPrivateReportsPublicly only if the citizen is told so',
        );
      }
      // As stored everywhere in the package: NFC, `\n` line breaks, trimmed.
      const report = {
        ...submitted,
        description: normalizeDescription(submitted.description),
        location: normalizeLocation(submitted.location),
      };
      const { idempotencyKey, ...content } = report;
      const name = report.showName ? await options.reporterName?.(sessionToken) : undefined;
      const fresh = filing.newRecord(who, report, checked.photos, fingerprint(content), name);
      // One attempt per citizen and key at a time, so two taps cannot both POST.
      const lock = `${who}\n${idempotencyKey}`;
      const previous = locks.get(lock) ?? Promise.resolve();
      const attempt = previous.catch(() => undefined).then(() => filing.file(fresh, report));
      locks.set(lock, attempt);
      try {
        return await attempt;
      } finally {
        if (locks.get(lock) === attempt) locks.delete(lock);
      }
    },

    async support(sessionToken) {
      await owner(sessionToken);
      throw notSupported(
        'supporters',
        'there is no "Tôi cũng gặp"/subscribe call; file a new report instead',
      );
    },

    async listMine(sessionToken) {
      return mine.list(await owner(sessionToken));
    },

    async getMine(sessionToken, reportId) {
      return mine.get(await owner(sessionToken), reportId);
    },

    async rate(sessionToken) {
      await owner(sessionToken);
      throw notSupported('rating', 'a request has only status and status_notes');
    },

    async confirmResolved(sessionToken) {
      await owner(sessionToken);
      throw notSupported('"resolved?" question', 'a client cannot reopen or comment on a request');
    },

    listPublic: reads.listPublic,
    getPublic: reads.getPublic,
  };
}
