// An officer at the reference server's staff API (/staff/api), as the staff console calls it:
// sign in with the dev password, then read the inboxes and act. For e2e tests that check what
// the server holds after a citizen's journey, or that play the officer's part.
export interface StaffDossierRow {
  code: string;
  procedureId: string;
  status: number;
  submittedAt: string;
}

export interface StaffReportRow {
  id: string;
  code: string;
  categoryId: string;
  status: string;
  excerpt: string;
}

export interface StaffPage<T> {
  items: T[];
  total: number;
}

export interface StaffApi {
  /** Any staff API call (path after /staff/api), as the signed-in officer; JSON in and out. */
  call<T = unknown>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T>;
  /** The dossier inbox (first page, newest first). */
  dossiers(): Promise<StaffPage<StaffDossierRow>>;
  /** The report inbox (first page). */
  reports(): Promise<StaffPage<StaffReportRow>>;
  /** A report as the console shows it (with `actions`, the moves allowed from its status). */
  report(id: string): Promise<Record<string, unknown> & { status: string; actions: string[] }>;
  /** Answers a report as the console's "Trả lời" does. */
  answerReport(id: string, text: string): Promise<void>;
}

export class StaffApiError extends Error {
  override readonly name = 'StaffApiError';
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`staff API answered ${status}: ${body.slice(0, 300)}`);
  }
}

export function createStaffApi(
  serverUrl: string,
  credentials: { username: string; password: string },
): StaffApi {
  let session: Promise<{ cookie: string; csrf: string }> | undefined;
  const signIn = async () => {
    const response = await fetch(`${serverUrl}/staff/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    if (!response.ok) throw new StaffApiError(response.status, await response.text());
    const cookie = (response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return { cookie, csrf: csrfToken };
  };

  const call = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
    session ??= signIn();
    const { cookie, csrf } = await session;
    const response = await fetch(`${serverUrl}/staff/api${path}`, {
      method,
      headers: {
        cookie,
        ...(method === 'POST' ? { 'x-csrf-token': csrf, 'content-type': 'application/json' } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new StaffApiError(response.status, text);
    return (text ? JSON.parse(text) : undefined) as T;
  };

  return {
    call,
    dossiers: () => call('GET', '/dossiers'),
    reports: () => call('GET', '/reports'),
    report: (id) => call('GET', `/reports/${encodeURIComponent(id)}`),
    async answerReport(id, text) {
      await call('POST', `/reports/${encodeURIComponent(id)}/answer`, { text });
    },
  };
}
