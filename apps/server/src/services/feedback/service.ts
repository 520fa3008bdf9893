// The FeedbackService of openapi/feedback.yaml over the database. Sessions are the auth
// package's; locations are exchanged through Zalo with the token behind the session (the auth
// service does that, once per token), so a replayed location token is refused here too.
import type { AuthService } from '@govmini/auth';
import {
  type FeedbackCategory,
  type FeedbackService,
  feedbackError,
  type MyReport,
  type ReportPhoto,
} from '@govmini/feedback/core';
import type { Database } from '../../db/database.ts';
import type { FileStorage } from '../../storage/files.ts';
import type { Citizen, CitizenSessions } from '../auth/citizen-sessions.ts';
import { createCitizenReports } from './citizen.ts';
import { createReportFollowUp } from './follow-up.ts';
import { createFeedbackDesk, type FeedbackDesk } from './officer.ts';
import { createPhotoStore, type PhotoStore } from './photos.ts';
import { createPublicReports } from './public.ts';
import type { PhotoUrl } from './records.ts';

const CACHE_MS = 5_000;

export interface SqlFeedbackOptions {
  readonly db: Database;
  readonly citizens: CitizenSessions;
  readonly auth: Pick<AuthService, 'exchangeLocationToken'>;
  readonly files: FileStorage;
  readonly now: () => number;
  /** A photo's plain address (public photos; officers' views). */
  readonly photoUrl: PhotoUrl;
  /** A photo's address for one session, that an `<img>` loads without a header, for minutes. */
  readonly signedPhotoUrl: (id: string, sessionId: string) => { url: string; expiresAt: string };
  readonly maxPhotoBytes: number;
  readonly maxPendingUploads: number;
  /** Tracking code prefix (default `PA`, phản ánh). */
  readonly codePrefix?: string;
}

const badToken = () =>
  feedbackError('invalid_report', {
    issues: [{ path: 'location', code: 'invalid_location', params: { part: 'token' } }],
  });

export function createSqlFeedbackService(options: SqlFeedbackOptions): {
  service: FeedbackService;
  desk: FeedbackDesk;
  photos: PhotoStore;
  categories: () => Promise<readonly FeedbackCategory[]>;
} {
  const { db, now, photoUrl } = options;
  let cache: { at: number; list: FeedbackCategory[] } | undefined;
  const categories = async () => {
    if (cache && Date.now() - cache.at < CACHE_MS) return cache.list;
    const rows = await db
      .selectFrom('feedback_categories')
      .select('definition')
      .orderBy('position')
      .execute();
    cache = { at: Date.now(), list: rows.map((r) => JSON.parse(r.definition) as FeedbackCategory) };
    return cache.list;
  };

  const citizen = createCitizenReports({
    db,
    now,
    categories,
    photoUrl,
    codePrefix: options.codePrefix ?? 'PA',
  });
  const followUp = createReportFollowUp({ db, now, photoUrl });
  const publicReports = createPublicReports({ db, photoUrl });
  const photos = createPhotoStore({
    db,
    files: options.files,
    now,
    maxBytes: options.maxPhotoBytes,
    maxPending: options.maxPendingUploads,
    photoUrl,
  });

  const session = async (token: unknown) => {
    const who =
      typeof token === 'string' && token ? await options.citizens.resolve(token) : undefined;
    if (!who) throw feedbackError('unauthenticated');
    return who;
  };
  // What the public may not see is linked for the asking session only (signed, expiring): the
  // app shows photos with <img src>, which carries no Authorization header.
  const signed =
    (who: Citizen) =>
    (photo: ReportPhoto): ReportPhoto => ({
      ...photo,
      ...options.signedPhotoUrl(photo.id, who.sessionId),
    });
  const forViewer =
    (who: Citizen) =>
    (report: MyReport): MyReport => {
      if (report.publish && report.status !== 'rejected') return report;
      const sign = signed(who);
      return {
        ...report,
        photos: report.photos.map(sign),
        ...(report.answer
          ? { answer: { ...report.answer, attachments: report.answer.attachments.map(sign) } }
          : {}),
      };
    };
  /** The service's answer for `who`, photos linked for them. */
  const mine = async <T extends MyReport | MyReport[]>(
    token: unknown,
    load: (who: Citizen) => Promise<T>,
  ): Promise<T> => {
    const who = await session(token);
    const result = await load(who);
    return (Array.isArray(result) ? result.map(forViewer(who)) : forViewer(who)(result)) as T;
  };

  const service: FeedbackService = {
    listCategories: async () => [...(await categories())],

    async resolveLocation(token, locationToken) {
      await session(token);
      if (typeof locationToken !== 'string' || locationToken === '')
        throw feedbackError('unknown', { status: 400 });
      let point: { latitude: number; longitude: number };
      try {
        point = await options.auth.exchangeLocationToken(token, locationToken);
      } catch (error) {
        // AuthError by shape: the class lives in the client entry, which a server need not load.
        const code = (error as { name?: string; code?: string }).code;
        if ((error as { name?: string }).name !== 'AuthError') throw error;
        if (code === 'session_expired') throw feedbackError('unauthenticated');
        if (code === 'server' || code === 'offline') throw feedbackError('server', { status: 502 });
        throw badToken();
      }
      const { latitude, longitude } = point;
      if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) throw badToken();
      return { kind: 'device', latitude, longitude };
    },

    async findDuplicates(query) {
      const radius = query?.radius;
      const location = query?.location as unknown as Record<string, unknown> | undefined;
      const validPoint =
        location?.kind === 'device'
          ? Number.isFinite(location.latitude) && Number.isFinite(location.longitude)
          : location?.kind === 'commune' && typeof location.communeCode === 'string';
      if (
        typeof query?.categoryId !== 'string' ||
        typeof query.description !== 'string' ||
        !validPoint ||
        (radius !== undefined && !(typeof radius === 'number' && radius >= 0))
      ) {
        throw feedbackError('unknown', { status: 400 });
      }
      return publicReports.findDuplicates(query);
    },

    uploadPhoto: async (token, file, upload) => {
      const who = await session(token);
      // Not in a report yet: its uploader's alone.
      return signed(who)(await photos.upload(who.zaloId, file, upload));
    },
    submit: (token, report) =>
      mine(token, (who) =>
        citizen.submit({ id: who.zaloId, name: who.name }, report ?? ({} as never)),
      ),
    support: (token, id) => mine(token, (who) => followUp.support(who.zaloId, id)),
    listMine: (token) => mine(token, (who) => followUp.listMine(who.zaloId)),
    getMine: (token, id) => mine(token, (who) => followUp.getMine(who.zaloId, id)),
    rate: (token, id, rating) => mine(token, (who) => followUp.rate(who.zaloId, id, rating)),
    confirmResolved: (token, id, answer) =>
      mine(token, (who) => followUp.confirmResolved(who.zaloId, id, answer)),
    listPublic: (query) => publicReports.listPublic(query),
    getPublic: (id) => publicReports.getPublic(id),
  };

  return {
    service,
    desk: createFeedbackDesk({ db, now, categories, photoUrl }),
    photos,
    categories,
  };
}
