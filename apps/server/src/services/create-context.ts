// Wires one ServerContext: opens the database and migrates it, seeds the sample province when
// asked, and builds the auth, dossier and feedback services and the back-office desks over it.
// Tests pass their own clock, database file or URL, storage and log sink.
import { join } from 'node:path';
import {
  createServerAuthService,
  createSessionIssuer,
  createZaloGraphClient,
} from '@govmini/auth/server';
import type { ServerConfig } from '../config.ts';
import type { ServerContext } from '../context.ts';
import { type Database, openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { type SeedReport, seed } from '../db/seed.ts';
import { createFileLinks } from '../http/file-links.ts';
import { createLogger, type Logger } from '../log.ts';
import { createFolderStorage, type FileStorage } from '../storage/files.ts';
import { createCitizenSessions } from './auth/citizen-sessions.ts';
import { createStaffAccounts, createStaffSessions } from './auth/staff.ts';
import {
  createSqlConsentStore,
  createSqlOneTimeCodes,
  createSqlServerState,
} from './auth/stores.ts';
import { withVerifyCache } from './auth/verify-cache.ts';
import { createPaymentAccountSource } from './dossier/payments.ts';
import { createSqlDossierService } from './dossier/service.ts';
import { createSqlFeedbackService } from './feedback/service.ts';
import { toVietnamIso } from './time.ts';

export interface ContextOverrides {
  /** The service clock (epoch ms). Default Date.now. */
  readonly now?: () => number;
  /** An SQLite file instead of `<dataDir>/govmini.sqlite` (`:memory:` in tests). */
  readonly sqliteFile?: string;
  readonly files?: FileStorage;
  readonly log?: Logger;
  /** Seed options; `false` skips seeding whatever the config says. */
  readonly seed?: false | Parameters<typeof seed>[2];
  /** Places per appointment slot (default 3). */
  readonly slotCapacity?: number;
  /** PostgreSQL pool size per instance. */
  readonly poolSize?: number;
}

export interface CreatedContext extends ServerContext {
  /** What seeding added on this start (to print the staff password once). */
  readonly seeded: SeedReport | undefined;
  /** Where photo links point; set by the HTTP server once it knows its address. */
  setPublicUrl(url: string): void;
  readonly publicUrl: () => string;
}

export async function createServerContext(
  config: ServerConfig,
  overrides: ContextOverrides = {},
): Promise<CreatedContext> {
  const now = overrides.now ?? Date.now;
  const log = overrides.log ?? createLogger({ level: config.logLevel, now });
  const db: Database = openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    ...(overrides.sqliteFile ? { sqliteFile: overrides.sqliteFile } : {}),
    ...(overrides.poolSize ? { poolSize: overrides.poolSize } : {}),
  });
  try {
    const { applied } = await migrateToLatest(db);
    if (applied.length > 0) log.info('db.migrated', { applied });
  } catch (error) {
    await db.destroy();
    throw error;
  }

  let publicUrl = config.publicUrl?.replace(/\/+$/, '') ?? `http://${config.host}:${config.port}`;
  const files = overrides.files ?? createFolderStorage(join(config.dataDir, 'files'));

  const sessions = withVerifyCache(
    createSessionIssuer({ keys: config.sessionKeys, ttlMs: config.sessionTtlMs, clock: now }),
    { now },
  );
  const consents = createSqlConsentStore(db, now);
  const auth = createServerAuthService({
    graph: createZaloGraphClient({
      appSecret: config.zalo.appSecret,
      ...(config.zalo.graphUrl ? { baseUrl: config.zalo.graphUrl } : {}),
    }),
    sessions,
    consents,
    phoneCodes: createSqlOneTimeCodes(db, { now }),
    state: createSqlServerState(db, { now, keys: config.sessionKeys }),
    clock: now,
  });
  const citizens = createCitizenSessions(db, sessions, now);
  const fileLinks = createFileLinks({ keys: config.sessionKeys, publicUrl: () => publicUrl, now });

  const dossier = createSqlDossierService({
    db,
    citizens,
    files,
    now,
    ...(overrides.slotCapacity ? { slotCapacity: overrides.slotCapacity } : {}),
    maxUploadBytes: config.limits.attachmentBytes,
    maxPendingUploads: config.limits.pendingUploads,
    paymentAccount: createPaymentAccountSource(db, config.paymentAccount),
  });
  const feedback = createSqlFeedbackService({
    db,
    citizens,
    auth,
    files,
    now,
    photoUrl: (id) => fileLinks.plain('photos', id),
    signedPhotoUrl: (id, sessionId) => {
      const link = fileLinks.signed('photos', id, sessionId);
      return { url: link.url, expiresAt: toVietnamIso(link.expiresMs) };
    },
    maxPhotoBytes: config.limits.photoBytes,
    maxPendingUploads: config.limits.pendingUploads,
  });
  const staffAccounts = createStaffAccounts(db, now);

  let seeded: SeedReport | undefined;
  if (overrides.seed !== false && (config.seed || overrides.seed)) {
    seeded = await seed(
      db,
      { catalogue: dossier.catalogue, staffAccounts },
      { staffPassword: config.seedStaffPassword, ...(overrides.seed || {}) },
    );
  }

  return {
    config,
    db,
    now,
    log,
    auth,
    dossier: dossier.service,
    feedback: feedback.service,
    dossierOfficer: dossier.desk,
    feedbackOfficer: feedback.desk,
    procedures: dossier.catalogue,
    photos: feedback.photos,
    fileLinks,
    citizens,
    sessions,
    consents,
    staffAccounts,
    staffSessions: createStaffSessions(db, { now }),
    files,
    seeded,
    setPublicUrl(url) {
      if (!config.publicUrl) publicUrl = url.replace(/\/+$/, '');
    },
    publicUrl: () => publicUrl,
    close: () => db.destroy(),
  };
}
