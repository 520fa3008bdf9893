// A complete FeedbackService in memory, faithful to openapi/feedback.yaml, for tests,
// Storybook and the sample app. Sessions: `resolveSession(token)` names the citizen (by
// default the token *is* the user id, restricted to `users` when given — convenient in tests,
// never in production). Validation is the phone's own validateNewReport, so phone and backend
// never disagree. `controls` run the agency: the clock, officer actions, location tokens,
// faults. Mirrors @govmini/dossier's createMemoryDossierService.
import type { WorkingDayCalendar } from '@govmini/vn/calendar';
import { badRequest, feedbackError, invalidReport } from '../core/errors';
import type {
  FeedbackCategory,
  FeedbackErrorCode,
  FeedbackService,
  MyReport,
  ReportPhoto,
} from '../core/types';
import { validateLocation } from '../core/validate';
import {
  createAgency,
  type FeedbackOfficerActions,
  type MemoryAgencyOptions,
} from './memory-agency';
import { createCitizenActions } from './memory-citizen';
import {
  type Coordinates,
  createLocationTokens,
  type LocationExchange,
  type ReverseGeocode,
} from './memory-locations';
import { createPhotoStore, type PhotoUrl, type StoredPhoto } from './memory-photo-store';
import { mineView } from './memory-records';

/** A citizen the memory service knows: the name is shown only on reports with `showName`. */
export interface MemoryCitizen {
  readonly id: string;
  readonly name?: string;
  /** Never shown anywhere; here so tests can check that it never is. */
  readonly phone?: string;
}

export interface MemoryFeedbackServiceOptions {
  /** The province's categories. */
  categories: readonly FeedbackCategory[];
  /**
   * The service's clock: a start time (epoch ms or ISO 8601) that moves only with
   * `controls.advance`, or a function to follow (e.g. the platform's ManualClock `now`;
   * `advance` then adds to it). Default: real time.
   */
  now?: number | string | (() => number);
  /** Citizens accepted by the default `resolveSession` (ids, or ids with names). */
  users?: readonly (string | MemoryCitizen)[];
  /**
   * The citizen behind a session token, or undefined (`unauthenticated`). Default: the token
   * itself is the user id (letters, digits, `._:@-`, up to 128), one of `users` when given.
   */
  resolveSession?: (
    token: string,
  ) => string | MemoryCitizen | undefined | Promise<string | MemoryCitizen | undefined>;
  /**
   * Exchanges location tokens the service did not issue itself (those from
   * `controls.issueLocationToken` always work), e.g. simulatorLocationExchange(platform).
   */
  exchangeLocation?: LocationExchange;
  /** The commune and address of a point, when known (default: coordinates only). */
  reverseGeocode?: ReverseGeocode;
  agency?: MemoryAgencyOptions;
  /** Largest photo, bytes (default 10 MiB). */
  maxPhotoBytes?: number;
  /** Where photos are served (default: an object URL, else a data: URL). */
  photoUrl?: PhotoUrl;
  calendar?: WorkingDayCalendar;
  /** Checks a chosen commune exists (default: shape and province only). */
  communeExists?: (provinceCode: string, communeCode: string) => boolean;
  /** Tracking code prefix (default `PA`, phản ánh): `PA-261201-0001`. */
  codePrefix?: string;
}

export interface MemoryReportSnapshot {
  /** The reporter's view, with every status and the answer. */
  readonly report: MyReport;
  readonly reporter: string;
  readonly supporters: readonly string[];
  readonly idempotencyKey: string;
  readonly published: boolean;
}

export interface MemoryFault {
  readonly code: FeedbackErrorCode;
  /** Fail after the call did its work (the answer is lost, as when a connection drops). */
  readonly after?: boolean;
  /** Only this method (default: any). */
  readonly method?: keyof FeedbackService;
}

export interface MemoryFeedbackControls extends FeedbackOfficerActions {
  /** Epoch ms of the service's clock. */
  now(): number;
  /** Moves the clock forward; reports move on as the agency would in that time. */
  advance(by: { minutes?: number; hours?: number; days?: number }): void;
  /** Every report, oldest first, with its reporter, supporters and idempotency key. */
  reports(): MemoryReportSnapshot[];
  /** Every stored photo, with its bytes. */
  photos(): StoredPhoto[];
  /** A one-time location token for these coordinates, as the phone would get from Zalo. */
  issueLocationToken(point: Coordinates, options?: { ttlMs?: number }): string;
  /** The next `count` calls (of `fault.method`, if set) fail with `fault.code`. */
  failNext(count: number, fault: FeedbackErrorCode | MemoryFault): void;
}

export interface MemoryFeedbackService extends FeedbackService {
  readonly controls: MemoryFeedbackControls;
}

const USER_ID = /^[\w.:@-]{1,128}$/;

function clockFrom(now: MemoryFeedbackServiceOptions['now']): () => number {
  if (typeof now === 'function') return now;
  if (now === undefined) return () => Date.now();
  const start = typeof now === 'number' ? now : Date.parse(now);
  if (!Number.isFinite(start)) throw new RangeError(`createMemoryFeedbackService: bad now ${now}`);
  return () => start;
}

export function createMemoryFeedbackService(
  options: MemoryFeedbackServiceOptions,
): MemoryFeedbackService {
  const base = clockFrom(options.now);
  let offset = 0;
  const now = () => base() + offset;

  const known = new Map<string, MemoryCitizen>(
    (options.users ?? []).map((u) => (typeof u === 'string' ? [u, { id: u }] : [u.id, u])),
  );
  const resolveSession =
    options.resolveSession ??
    ((token: string) =>
      USER_ID.test(token) && (!options.users || known.has(token))
        ? (known.get(token) ?? token)
        : undefined);
  const session = async (token: unknown): Promise<MemoryCitizen> => {
    const user = typeof token === 'string' && token ? await resolveSession(token) : undefined;
    if (!user) throw feedbackError('unauthenticated');
    return typeof user === 'string' ? { id: user } : user;
  };

  const categories = options.categories.map((c) => structuredClone(c));
  const agency = createAgency({
    ...options.agency,
    ...(options.calendar ? { calendar: options.calendar } : {}),
    now,
  });
  const photos = createPhotoStore({
    now,
    ...(options.maxPhotoBytes ? { maxBytes: options.maxPhotoBytes } : {}),
    ...(options.photoUrl ? { url: options.photoUrl } : {}),
  });
  const citizen = createCitizenActions({
    agency,
    photos,
    categories,
    now,
    codePrefix: options.codePrefix ?? 'PA',
    ...(options.communeExists ? { communeExists: options.communeExists } : {}),
  });
  const tokens = createLocationTokens(now);

  const faults: (MemoryFault & { left: number })[] = [];
  const takeFault = (method: keyof FeedbackService, after: boolean) => {
    const fault = faults.find(
      (f) => f.left > 0 && !!f.after === after && (!f.method || f.method === method),
    );
    if (!fault) return undefined;
    fault.left--;
    if (fault.left === 0) faults.splice(faults.indexOf(fault), 1);
    return feedbackError(fault.code);
  };
  const guard =
    <A extends unknown[], R>(method: keyof FeedbackService, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const before = takeFault(method, false);
      if (before) throw before;
      agency.tick();
      // Copies both ways: callers can neither change stored state nor see later changes.
      const result = structuredClone(await fn(...(structuredClone(args) as A)));
      const after = takeFault(method, true);
      if (after) throw after;
      return result;
    };

  const badToken = () =>
    invalidReport([{ path: 'location', code: 'invalid_location', params: { part: 'token' } }]);

  const service: FeedbackService = {
    listCategories: guard('listCategories', async () => categories),

    resolveLocation: guard('resolveLocation', async (token, locationToken) => {
      await session(token);
      if (typeof locationToken !== 'string' || locationToken === '') throw badRequest();
      const point =
        tokens.exchange(locationToken) ?? (await options.exchangeLocation?.(locationToken));
      if (!point) throw badToken();
      const place = options.reverseGeocode?.(point) ?? {};
      const location = {
        kind: 'device' as const,
        latitude: point.latitude,
        longitude: point.longitude,
        ...(place.provinceCode && place.communeCode
          ? { provinceCode: place.provinceCode, communeCode: place.communeCode }
          : {}),
        ...(place.address ? { address: place.address } : {}),
      };
      if (validateLocation(location).length > 0) throw badToken();
      return location;
    }),

    findDuplicates: guard('findDuplicates', async (query) => {
      const radius = query?.radius;
      if (
        typeof query?.categoryId !== 'string' ||
        typeof query.description !== 'string' ||
        validateLocation(query.location).some((i) => i.code === 'invalid_location') ||
        (radius !== undefined && !(typeof radius === 'number' && radius >= 0))
      ) {
        throw badRequest();
      }
      return citizen.findDuplicates(query);
    }),

    // Not through `guard`'s structuredClone: a Blob and an AbortSignal are not data.
    async uploadPhoto(token, file, upload): Promise<ReportPhoto> {
      const before = takeFault('uploadPhoto', false);
      if (before) throw before;
      const owner = await session(token);
      const photo = await photos.upload(owner.id, file, upload ?? { name: '', type: '' });
      const after = takeFault('uploadPhoto', true);
      if (after) throw after;
      return photo;
    },

    submit: guard('submit', async (token, report) =>
      citizen.submit(await session(token), report ?? ({} as never)),
    ),
    support: guard('support', async (token, id) => citizen.support((await session(token)).id, id)),
    listMine: guard('listMine', async (token) => citizen.listMine((await session(token)).id)),
    getMine: guard('getMine', async (token, id) => citizen.getMine((await session(token)).id, id)),
    rate: guard('rate', async (token, id, rating) =>
      citizen.rate((await session(token)).id, id, rating),
    ),
    confirmResolved: guard('confirmResolved', async (token, id, answer) =>
      citizen.confirmResolved((await session(token)).id, id, answer),
    ),
    listPublic: guard('listPublic', async (query) => citizen.listPublic(query ?? {})),
    getPublic: guard('getPublic', async (id) => citizen.getPublic(id)),
  };

  const controls: MemoryFeedbackControls = {
    now,
    advance({ minutes = 0, hours = 0, days = 0 }) {
      const ms = ((days * 24 + hours) * 60 + minutes) * 60_000;
      if (!(ms >= 0)) throw new RangeError('controls.advance: time only moves forward');
      offset += ms;
      agency.tick();
    },
    ...agency.officer,
    reports: () => {
      agency.tick();
      return [...agency.records.values()].map((r) =>
        structuredClone({
          report: mineView(r, r.reporter),
          reporter: r.reporter,
          supporters: [...r.supporters],
          idempotencyKey: r.idempotencyKey,
          published: r.publish,
        }),
      );
    },
    photos: () => photos.all(),
    issueLocationToken: (point, issue) => tokens.issue(point, issue?.ttlMs),
    failNext(count, fault) {
      const spec = typeof fault === 'string' ? { code: fault } : fault;
      if (!(Number.isSafeInteger(count) && count > 0)) return;
      faults.push({ ...spec, left: count });
    },
  };

  return { ...service, controls };
}
