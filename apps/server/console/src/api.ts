// The staff API as the console calls it: same-origin fetch with the session cookie, the CSRF
// token on every write, and errors as ApiError with the API's code and issues (the screens
// word them from their own catalogues, in the officer's language).
import type { StaffIssue } from '../../src/staff/transition-input.ts';
import type {
  CategoryOption,
  DossierDetail,
  DossierRow,
  PageOf,
  PaymentDecision,
  ProcedureOption,
  RatingsOverview,
  ReportDetail,
  ReportRow,
  SessionInfo,
} from '../../src/staff/wire.ts';

export const API_BASE = '/staff/api';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: string;
  readonly status: number;
  readonly issues: readonly StaffIssue[];
  constructor(code: string, status: number, issues: readonly StaffIssue[] = []) {
    super(code);
    this.code = code;
    this.status = status;
    this.issues = issues;
  }
}

/** Any failure as an ApiError (a bug or a browser quirk reads as `unknown`). */
export const asApiError = (error: unknown) =>
  error instanceof ApiError ? error : new ApiError('unknown', 0);

let csrfToken = '';
/** Called with the session's token after login or on start; cleared on logout. */
export const setCsrfToken = (token: string) => {
  csrfToken = token;
};

/** Told when any call answers 401, so the console shows the login screen again. */
let onUnauthenticated: () => void = () => undefined;
export const whenUnauthenticated = (listener: () => void) => {
  onUnauthenticated = listener;
};

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body instanceof Blob) {
    headers['content-type'] = body.type || 'application/octet-stream';
    payload = body;
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(API_BASE + path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(payload === undefined ? {} : { body: payload }),
    });
  } catch {
    throw new ApiError('offline', 0);
  }
  if (response.status === 204) return undefined as T;
  const json = (await response.json().catch(() => undefined)) as
    | { error?: { code?: string; issues?: StaffIssue[] } }
    | undefined;
  if (!response.ok) {
    const code = json?.error?.code ?? (response.status >= 500 ? 'server' : 'unknown');
    // A 401 mid-work means the session ended; at start (/session) or login it means nothing new.
    if (response.status === 401 && path !== '/login' && path !== '/session') onUnauthenticated();
    throw new ApiError(code, response.status, json?.error?.issues ?? []);
  }
  return json as T;
}

const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};

export interface DossierFilters {
  status?: string;
  procedure?: string;
  /** A payment status, e.g. `pending_confirmation` (transfers to check). */
  payment?: string;
  from?: string;
  to?: string;
  page?: number;
}

export interface ReportFilters {
  status?: string;
  category?: string;
  page?: number;
}

export const api = {
  session: () => call<SessionInfo>('GET', '/session'),
  login: (username: string, password: string) =>
    call<SessionInfo>('POST', '/login', { username, password }),
  logout: () => call<void>('POST', '/logout'),

  procedures: () => call<{ procedures: ProcedureOption[] }>('GET', '/procedures'),
  dossiers: (filters: DossierFilters) =>
    call<PageOf<DossierRow>>('GET', `/dossiers${query({ ...filters })}`),
  dossier: (code: string) => call<DossierDetail>('GET', `/dossiers/${encodeURIComponent(code)}`),
  changeStatus: (code: string, change: Record<string, unknown>) =>
    call<DossierDetail>('POST', `/dossiers/${encodeURIComponent(code)}/status`, change),
  decidePayment: (code: string, decision: PaymentDecision) =>
    call<DossierDetail>('POST', `/dossiers/${encodeURIComponent(code)}/payment`, decision),

  categories: () => call<{ categories: CategoryOption[] }>('GET', '/categories'),
  reports: (filters: ReportFilters) =>
    call<PageOf<ReportRow>>('GET', `/reports${query({ ...filters })}`),
  report: (id: string) => call<ReportDetail>('GET', `/reports/${encodeURIComponent(id)}`),
  reportAction: (id: string, action: string, body: Record<string, unknown> = {}) =>
    call<ReportDetail>('POST', `/reports/${encodeURIComponent(id)}/${action}`, body),
  uploadPhoto: (file: Blob) => call<{ id: string; url: string }>('POST', '/photos', file),

  ratings: () => call<RatingsOverview>('GET', '/ratings'),
};
