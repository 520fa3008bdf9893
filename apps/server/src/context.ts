// Everything a request handler needs, wired once per process: the database, the clock, the
// three services of the published contracts, the officers' actions behind the staff console,
// the auth stores, attachment storage and the log. Tests build one per subject with their own
// clock and a fresh database; main.ts builds one from the environment.
//
// FOR THE STAFF-CONSOLE ENGINEER (src/staff/**, console/**): http/app.ts calls
// `mountStaff(app, context)` from src/staff/index.ts after the citizen routes are mounted, so
// replace the stub there. Use `context.staffAccounts` for staff login (scrypt hashes, roles),
// `context.staffSessions` for staff session tokens (hashed in the database, revocable),
// `context.dossierOfficer` / `context.feedbackOfficer` for every change (they write the history
// events and enforce the status rules), and their `list`/`get` for the inboxes. Read-only
// reports (e.g. ratings) may query `context.db` directly; the table types are in
// src/db/schema.ts. Log through `context.log` (it masks phone numbers, CCCD and tokens).
import type { AuthService } from '@govmini/auth';
import type { ConsentRecordStore, SessionIssuer } from '@govmini/auth/server';
import type { DossierService } from '@govmini/dossier/core';
import type { FeedbackService } from '@govmini/feedback/core';
import type { ServerConfig } from './config.ts';
import type { Database } from './db/database.ts';
import type { FileLinks } from './http/file-links.ts';
import type { Logger } from './log.ts';
import type { CitizenSessions } from './services/auth/citizen-sessions.ts';
import type { StaffAccounts, StaffSessions } from './services/auth/staff.ts';
import type { DossierDesk } from './services/dossier/officer.ts';
import type { ProcedureCatalogue } from './services/dossier/procedures.ts';
import type { FeedbackDesk } from './services/feedback/officer.ts';
import type { PhotoStore } from './services/feedback/photos.ts';
import type { FileStorage } from './storage/files.ts';

export type { ServerConfig } from './config.ts';

export interface ServerContext {
  readonly config: ServerConfig;
  readonly db: Database;
  /** Epoch milliseconds; injectable so tests (and the conformance suites) move time. */
  readonly now: () => number;
  readonly log: Logger;

  /** The citizen-facing contracts, exactly as openapi/{auth,dossier,feedback}.yaml. */
  readonly auth: AuthService;
  readonly dossier: DossierService;
  readonly feedback: FeedbackService;

  /**
   * The back office: DossierOfficerActions plus startProcessing, confirmPayment, list, get,
   * and `as(staff)` to record which officer acted.
   */
  readonly dossierOfficer: DossierDesk;
  /** FeedbackOfficerActions plus list, get and `as(staff)`. */
  readonly feedbackOfficer: FeedbackDesk;
  /** Published procedures: list, definition, publish a new version. */
  readonly procedures: ProcedureCatalogue;
  /** Report photos; `read(id, { staff: true })` for the console. */
  readonly photos: PhotoStore;
  /** Plain and signed (per session, expiring) addresses of photos under /api/files. */
  readonly fileLinks: FileLinks;

  /** Session tokens → the signed-in citizen (for routes outside the three contracts). */
  readonly citizens: CitizenSessions;
  readonly sessions: SessionIssuer;
  readonly consents: ConsentRecordStore & {
    history(zaloId: string): ReturnType<ConsentRecordStore['latest']>;
  };
  readonly staffAccounts: StaffAccounts;
  readonly staffSessions: StaffSessions;

  /** Dossier attachments and report photos on the local filesystem (behind an interface). */
  readonly files: FileStorage;

  /** Closes the database; the HTTP server is closed by http/server.ts first. */
  close(): Promise<void>;
}

export type { ContextOverrides, CreatedContext } from './services/create-context.ts';
export { createServerContext } from './services/create-context.ts';
