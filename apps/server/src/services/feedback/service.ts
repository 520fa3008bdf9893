// The FeedbackService of openapi/feedback.yaml over the database. Sessions are the auth
// package's; locations are exchanged through Zalo with the token behind the session (the auth
// service does that, once per token), so a replayed location token is refused here too.
import type { AuthService } from '@govmini/auth';
import { type FeedbackCategory, type FeedbackService, feedbackError } from '@govmini/feedback/core';
import type { Database } from '../../db/database.ts';
import type { FileStorage } from '../../storage/files.ts';
import type { CitizenSessions } from '../auth/citizen-sessions.ts';
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
  readonly photoUrl: PhotoUrl;
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

    uploadPhoto: async (token, file, upload) =>
      photos.upload((await session(token)).zaloId, file, upload),
    submit: async (token, report) => {
      const who = await session(token);
      return citizen.submit({ id: who.zaloId, name: who.name }, report ?? ({} as never));
    },
    support: async (token, id) => followUp.support((await session(token)).zaloId, id),
    listMine: async (token) => followUp.listMine((await session(token)).zaloId),
    getMine: async (token, id) => followUp.getMine((await session(token)).zaloId, id),
    rate: async (token, id, rating) => followUp.rate((await session(token)).zaloId, id, rating),
    confirmResolved: async (token, id, answer) =>
      followUp.confirmResolved((await session(token)).zaloId, id, answer),
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
