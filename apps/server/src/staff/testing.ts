// A whole server for the staff tests (API and e2e): the real HTTP app on 127.0.0.1 over SQLite,
// a local fake of Zalo's Graph API so citizens sign in the real way, the sample data of the
// packages' conformance suites (a procedure, report categories), and a staff account. Helpers
// file dossiers and reports through the citizen API, and sign officers in.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeZaloGraph } from '@govmini/auth/conformance';
import { createHttpDossierService, type Dossier, type SubmitRequest } from '@govmini/dossier/core';
import { CONFORMANCE_PROCEDURE, submission } from '@govmini/dossier/testing';
import { createHttpFeedbackService, type MyReport } from '@govmini/feedback/core';
import { CONFORMANCE_CATEGORIES, newReport, photoBytes } from '@govmini/feedback/testing';
import { loadConfig } from '../config.ts';
import { type CreatedContext, createServerContext } from '../context.ts';
import { startServer } from '../http/server.ts';
import { createMemoryStorage } from '../storage/files.ts';

export const STAFF_USERNAME = 'admin';
export const STAFF_PASSWORD = 'mat-khau-can-bo-2026';
const APP_SECRET = 'staff-test-zalo-app-secret';

export interface StaffSession {
  /** `gm_staff_session=…`, ready for a Cookie header. */
  readonly cookie: string;
  readonly csrfToken: string;
  /** The raw Set-Cookie header of the login. */
  readonly setCookie: string;
}

export interface StaffWorld {
  readonly url: string;
  readonly context: CreatedContext;
  /** A citizen signed in through /api/auth/sign-in with a Zalo token from the fake Graph. */
  citizen(id?: string): Promise<string>;
  fileDossier(token: string, overrides?: Partial<SubmitRequest>): Promise<Dossier>;
  fileReport(token: string, overrides?: Record<string, unknown>): Promise<MyReport>;
  /** POST /staff/api/login as the seeded officer (or other credentials). */
  login(username?: string, password?: string): Promise<StaffSession>;
  /** A staff API call with the session's cookie and, for writes, its CSRF token and origin. */
  staff(
    session: StaffSession | undefined,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  readonly dossiers: ReturnType<typeof createHttpDossierService>;
  readonly feedback: ReturnType<typeof createHttpFeedbackService>;
  close(): Promise<void>;
}

export async function startStaffWorld(
  options: { now?: () => number; env?: Record<string, string> } = {},
): Promise<StaffWorld> {
  const dataDir = await mkdtemp(join(tmpdir(), 'govmini-staff-'));
  const citizens = ['cong-dan-1', 'cong-dan-2', 'cong-dan-3'];
  const graph = await startFakeZaloGraph({
    appSecret: APP_SECRET,
    users: citizens.map((id, i) => ({
      id,
      name: ['Nguyễn Thị Hoa', 'Trần Văn Nam', 'Lê Thị Mai'][i] ?? id,
    })),
  });
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ZALO_APP_SECRET: APP_SECRET,
    ZALO_GRAPH_URL: graph.url,
    STAFF_PASSWORD,
    ...options.env,
  });
  const context = await createServerContext(config, {
    sqliteFile: ':memory:',
    files: createMemoryStorage(),
    ...(options.now ? { now: options.now } : {}),
    seed: {
      procedures: [CONFORMANCE_PROCEDURE],
      categories: CONFORMANCE_CATEGORIES,
      staffPassword: STAFF_PASSWORD,
    },
  });
  const server = await startServer(context, { host: '127.0.0.1', port: 0 });
  const url = server.url;
  const dossiers = createHttpDossierService({
    baseUrl: `${url}/api/dossier`,
    XMLHttpRequest: false,
  });
  const feedback = createHttpFeedbackService({
    baseUrl: `${url}/api/feedback`,
    XMLHttpRequest: false,
  });

  const world: StaffWorld = {
    url,
    context,
    dossiers,
    feedback,
    async citizen(id = 'cong-dan-1') {
      const response = await fetch(`${url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ zaloAccessToken: graph.issueAccessToken(id), consents: [] }),
      });
      if (!response.ok) throw new Error(`citizen sign-in failed: ${response.status}`);
      return ((await response.json()) as { token: string }).token;
    },
    fileDossier: (token, overrides = {}) => dossiers.submit(token, submission(overrides)),
    async fileReport(token, overrides = {}) {
      const photo = await feedback.uploadPhoto(
        token,
        new Blob([photoBytes('jpeg', 2048) as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }),
        { name: 'o-ga.jpg', type: 'image/jpeg' },
      );
      return feedback.submit(token, { ...newReport([photo.id]), ...overrides });
    },
    async login(username = STAFF_USERNAME, password = STAFF_PASSWORD) {
      const response = await world.staff(undefined, 'POST', '/login', { username, password });
      if (!response.ok) throw new Error(`staff login failed: ${response.status}`);
      const setCookie = response.headers.get('set-cookie') ?? '';
      const { csrfToken } = (await response.json()) as { csrfToken: string };
      return { cookie: setCookie.split(';')[0] ?? '', csrfToken, setCookie };
    },
    staff(session, method, path, body, headers = {}) {
      const write = method !== 'GET';
      return fetch(`${url}/staff/api${path}`, {
        method,
        headers: {
          ...(session ? { cookie: session.cookie } : {}),
          ...(write ? { origin: url } : {}),
          ...(write && session ? { 'x-csrf-token': session.csrfToken } : {}),
          ...(body instanceof Blob
            ? { 'content-type': body.type }
            : body !== undefined
              ? { 'content-type': 'application/json' }
              : {}),
          ...headers,
        },
        ...(body === undefined ? {} : { body: body instanceof Blob ? body : JSON.stringify(body) }),
      });
    },
    async close() {
      await server.close();
      await graph.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return world;
}
