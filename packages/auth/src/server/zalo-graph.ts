// Server-side calls to Zalo's Graph API: who owns this access token, and what phone number or
// location a one-time token stands for. The app secret only ever goes into the `secret_key`
// request header: it is kept in a closure, never in an error, a log line or a return value.
import { type ServerLocale, type ZaloGraphErrorCode, zaloGraphMessages } from './messages';

export type { ZaloGraphErrorCode };

/** What a Zalo error number is about, so a caller can tell "sign in again" from "ask again". */
export type ZaloErrorSubject = 'access_token' | 'code' | 'secret' | 'request' | 'region';

export interface ZaloErrorEntry {
  readonly code: ZaloGraphErrorCode;
  readonly about: ZaloErrorSubject;
  /** Where the number was seen, or `assumed`. */
  readonly source: string;
}

/**
 * Zalo's numeric `error` values and what they mean for us. Zalo publishes no table for
 * graph.zalo.me, so every row says where it comes from; numbers not listed map to `unknown`.
 * Confirm the `assumed` rows against the live API and correct them with `errorCodes`.
 */
export const ZALO_GRAPH_ERRORS: Readonly<Record<number, ZaloErrorEntry>> = {
  // Recorded: graph.zalo.me/v2.0/me answers {"error":452,"message":"Session key invalid…"} for a
  // fake or stale user access token (public "Zalo /me region probe" notes, 2026-09).
  452: { code: 'invalid_token', about: 'access_token', source: 'recorded (region probe notes)' },
  // Seen on Zalo's Open API: "Access token is invalid"; public backends re-authenticate on it.
  // Assumed to mean the same on graph.zalo.me.
  [-216]: { code: 'invalid_token', about: 'access_token', source: 'seen on openapi.zalo.me' },
  // Seen live on Zalo's OA/ZNS APIs once a token has expired or been superseded
  // ({"error":-124,"message":"Access token invalid"}); backends refresh on it.
  [-124]: { code: 'token_expired', about: 'access_token', source: 'seen on OA/ZNS APIs' },
  // Recorded: "Personal information is limited due to IP address not inside Vietnam: <ip>"
  // (datvt88/CPLS docs/ZALO_IP_RESTRICTION_FIX.md; region probe notes). The server must call
  // Zalo from a Vietnamese address; retrying from here will not help.
  [-501]: { code: 'unavailable', about: 'region', source: 'recorded (datvt88/CPLS)' },
  // Sources disagree: "Invalid access token" (Caresoft's table for Zalo OA messages) and
  // "invalid parameter" elsewhere. Either way the tokens as sent cannot succeed.
  [-201]: { code: 'invalid_token', about: 'request', source: 'seen (conflicting meanings)' },
  // "App secret key invalid" in Zalo's official ZNS table (zalo.cloud/zns/guidelines/
  // handle-error-code). Assumed to be shared by graph.zalo.me/v2.0/me/info.
  [-104]: { code: 'wrong_secret', about: 'secret', source: 'seen in ZNS docs; assumed here' },
  // Assumed: no public record shows the numbers for a one-time phone/location token older
  // than ~2 minutes or already exchanged. The fake Graph server uses these two.
  [-1101]: { code: 'token_expired', about: 'code', source: 'assumed' },
  [-1102]: { code: 'token_reused', about: 'code', source: 'assumed' },
};

export type ZaloGraphEndpoint = 'me' | 'me/info';

export interface ZaloGraphErrorOptions {
  endpoint: ZaloGraphEndpoint;
  /** Zalo's own `error` number, kept for support tickets. */
  zaloCode?: number;
  httpStatus?: number;
  about?: ZaloErrorSubject;
}

export class ZaloGraphError extends Error {
  override readonly name = 'ZaloGraphError';
  readonly code: ZaloGraphErrorCode;
  readonly endpoint: ZaloGraphEndpoint;
  readonly zaloCode: number | undefined;
  readonly httpStatus: number | undefined;
  readonly about: ZaloErrorSubject | undefined;

  // Zalo's `message` is deliberately dropped: it can echo the token or the caller's IP.
  constructor(code: ZaloGraphErrorCode, options: ZaloGraphErrorOptions) {
    super(zaloGraphMessages.vi[code]);
    this.code = code;
    this.endpoint = options.endpoint;
    this.zaloCode = options.zaloCode;
    this.httpStatus = options.httpStatus;
    this.about = options.about;
    Object.setPrototypeOf(this, new.target.prototype);
  }

  messageIn(locale: ServerLocale): string {
    return zaloGraphMessages[locale][this.code];
  }

  toJSON() {
    return {
      name: this.name,
      code: this.code,
      endpoint: this.endpoint,
      zaloCode: this.zaloCode,
      httpStatus: this.httpStatus,
      about: this.about,
      message: this.message,
    };
  }
}

export function isZaloGraphError(
  value: unknown,
  code?: ZaloGraphErrorCode,
): value is ZaloGraphError {
  return value instanceof ZaloGraphError && (code === undefined || value.code === code);
}

export interface ZaloGraphOptions {
  /** The Zalo App secret key (Zalo for Developers → app → settings). */
  appSecret: string;
  /** Default `https://graph.zalo.me`; tests point it at the fake server. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** Per call, including reading the body. Default 8000. */
  timeoutMs?: number;
  /** Corrections or additions to ZALO_GRAPH_ERRORS once confirmed against the live API. */
  errorCodes?: Readonly<Record<number, ZaloErrorEntry>>;
}

export interface ZaloIdentity {
  zaloId: string;
  name: string;
  avatarUrl?: string;
}

export interface ZaloLocation {
  latitude: number;
  longitude: number;
  provider?: string;
  /** As Zalo sends it (epoch milliseconds in public examples). */
  timestamp?: number;
}

export interface ZaloGraphClient {
  /** `GET /v2.0/me?fields=id,name,picture` with the `access_token` header. */
  verifyAccessToken(accessToken: string): Promise<ZaloIdentity>;
  /** `GET /v2.0/me/info`; Zalo's `84…` becomes E.164 `+84…`. */
  exchangePhoneToken(accessToken: string, code: string): Promise<{ phone: string }>;
  exchangeLocationToken(accessToken: string, code: string): Promise<ZaloLocation>;
}

type Json = Record<string, unknown>;

export function createZaloGraphClient(options: ZaloGraphOptions): ZaloGraphClient {
  const { appSecret } = options;
  if (typeof appSecret !== 'string' || appSecret.length === 0) {
    throw new TypeError('createZaloGraphClient: appSecret is required');
  }
  return createClient(options, appSecret);
}

function createClient(options: Omit<ZaloGraphOptions, 'appSecret'>, appSecret: string | undefined) {
  const baseUrl = (options.baseUrl ?? 'https://graph.zalo.me').replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 8000;
  const table: Readonly<Record<number, ZaloErrorEntry>> = {
    ...ZALO_GRAPH_ERRORS,
    ...options.errorCodes,
  };

  async function call(endpoint: ZaloGraphEndpoint, path: string, headers: Record<string, string>) {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new ZaloGraphError('timeout', { endpoint }));
      }, timeoutMs);
    });
    timedOut.catch(() => {});
    let status: number;
    let text: string;
    try {
      // redirect 'error': a redirect must never carry the secret header to another host.
      const response = await Promise.race([
        fetchImpl(`${baseUrl}${path}`, {
          method: 'GET',
          headers,
          signal: controller.signal,
          redirect: 'error',
        }),
        timedOut,
      ]);
      status = response.status;
      text = await Promise.race([response.text(), timedOut]);
    } catch (error) {
      if (error instanceof ZaloGraphError) throw error;
      // The cause is dropped on purpose: fetch errors can describe the request.
      throw new ZaloGraphError(controller.signal.aborted ? 'timeout' : 'unavailable', { endpoint });
    } finally {
      clearTimeout(timer);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const zaloCode = errorNumber(body);
    if (zaloCode !== undefined && zaloCode !== 0) {
      const entry = table[zaloCode];
      throw new ZaloGraphError(entry?.code ?? 'unknown', {
        endpoint,
        zaloCode,
        httpStatus: status,
        ...(entry ? { about: entry.about } : {}),
      });
    }
    if (status < 200 || status >= 300 || !isObject(body)) {
      const code =
        status >= 500 || status === 429 || body === undefined ? 'unavailable' : 'unknown';
      throw new ZaloGraphError(code, { endpoint, httpStatus: status });
    }
    return body;
  }

  function requireToken(value: unknown, endpoint: ZaloGraphEndpoint, about: ZaloErrorSubject) {
    if (typeof value !== 'string' || value.length === 0) {
      throw new ZaloGraphError('invalid_token', { endpoint, about });
    }
    return value;
  }

  function info(accessToken: string, code: string): Promise<Json> {
    if (appSecret === undefined) throw new TypeError('An appSecret is required for /v2.0/me/info');
    const token = requireToken(accessToken, 'me/info', 'access_token');
    const oneTime = requireToken(code, 'me/info', 'code');
    return call('me/info', '/v2.0/me/info', {
      access_token: token,
      code: oneTime,
      secret_key: appSecret,
    }).then((body) => {
      if (!isObject(body.data)) throw new ZaloGraphError('unknown', { endpoint: 'me/info' });
      return body.data;
    });
  }

  const client: ZaloGraphClient = {
    async verifyAccessToken(accessToken) {
      const token = requireToken(accessToken, 'me', 'access_token');
      const body = await call('me', '/v2.0/me?fields=id,name,picture', { access_token: token });
      const id = body.id;
      if ((typeof id !== 'string' && typeof id !== 'number') || String(id).length === 0) {
        throw new ZaloGraphError('unknown', { endpoint: 'me' });
      }
      const identity: ZaloIdentity = {
        zaloId: String(id),
        name: typeof body.name === 'string' ? body.name : '',
      };
      const avatarUrl = pictureUrl(body.picture);
      if (avatarUrl !== undefined) identity.avatarUrl = avatarUrl;
      return identity;
    },
    async exchangePhoneToken(accessToken, code) {
      const data = await info(accessToken, code);
      const phone = toE164(data.number);
      if (phone === undefined) throw new ZaloGraphError('unknown', { endpoint: 'me/info' });
      return { phone };
    },
    async exchangeLocationToken(accessToken, code) {
      const data = await info(accessToken, code);
      const latitude = Number(data.latitude);
      const longitude = Number(data.longitude);
      const valid =
        data.latitude !== undefined &&
        data.longitude !== undefined &&
        Number.isFinite(latitude) &&
        Number.isFinite(longitude) &&
        Math.abs(latitude) <= 90 &&
        Math.abs(longitude) <= 180;
      if (!valid) throw new ZaloGraphError('unknown', { endpoint: 'me/info' });
      const location: ZaloLocation = { latitude, longitude };
      if (typeof data.provider === 'string') location.provider = data.provider;
      const timestamp = Number(data.timestamp);
      if (data.timestamp !== undefined && Number.isFinite(timestamp))
        location.timestamp = timestamp;
      return location;
    },
  };
  return client;
}

/** One-off identity check, e.g. in a serverless handler. */
export function verifyZaloAccessToken(
  accessToken: string,
  options: Omit<ZaloGraphOptions, 'appSecret'> & { appSecret?: string } = {},
): Promise<ZaloIdentity> {
  return createClient(options, options.appSecret).verifyAccessToken(accessToken);
}

export function exchangePhoneToken(
  accessToken: string,
  code: string,
  options: ZaloGraphOptions,
): Promise<{ phone: string }> {
  return createZaloGraphClient(options).exchangePhoneToken(accessToken, code);
}

export function exchangeLocationToken(
  accessToken: string,
  code: string,
  options: ZaloGraphOptions,
): Promise<ZaloLocation> {
  return createZaloGraphClient(options).exchangeLocationToken(accessToken, code);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Zalo answers `{ error: <number>, message }`; some APIs nest `{ error: { code, message } }`.
function errorNumber(body: unknown): number | undefined {
  if (!isObject(body)) return undefined;
  const { error } = body;
  if (typeof error === 'number') return error;
  if (isObject(error) && typeof error.code === 'number') return error.code;
  return undefined;
}

// Zalo's picture field is `{ data: { url } }`.
function pictureUrl(picture: unknown): string | undefined {
  if (!isObject(picture) || !isObject(picture.data)) return undefined;
  const url = picture.data.url;
  return typeof url === 'string' && url.length > 0 ? url : undefined;
}

/** `84912345678` → `+84912345678`; a national `0…` form is accepted too. */
function toE164(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const digits = String(value).replace(/[\s.+-]/g, '');
  if (/^84\d{9,10}$/.test(digits)) return `+${digits}`;
  if (/^0\d{9,10}$/.test(digits)) return `+84${digits.slice(1)}`;
  return undefined;
}
