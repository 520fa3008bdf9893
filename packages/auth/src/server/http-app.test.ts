// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { AuthError } from '../core/types';
import { createMemoryAuthService } from '../testing/memory-service';
import { createAuthHttpApp } from './http-app';

const ZALO_TOKEN = 'sim-access.3368637342326461234';

async function signedIn() {
  const errors: unknown[] = [];
  const app = createAuthHttpApp(createMemoryAuthService(), {
    onError: (info) => errors.push(info),
  });
  const response = await app.request('/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ zaloAccessToken: ZALO_TOKEN, consents: [] }),
  });
  const session = (await response.json()) as { token: string };
  return { app, errors, token: session.token };
}

describe('createAuthHttpApp', () => {
  it('answers a session with no-store caching', async () => {
    const app = createAuthHttpApp(createMemoryAuthService());
    const response = await app.request('/auth/sign-in', {
      method: 'POST',
      body: JSON.stringify({ zaloAccessToken: ZALO_TOKEN, consents: [] }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['expiresAt', 'profile', 'token']);
  });

  it('refuses a missing or malformed bearer with 401 session_expired', async () => {
    const { app } = await signedIn();
    for (const authorization of [undefined, 'Basic abc', 'Bearer', 'Bearer a b']) {
      const response = await app.request('/auth/consents', {
        headers: authorization === undefined ? {} : { authorization },
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: {
          code: 'session_expired',
          message: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
        },
      });
    }
  });

  it('answers 400 for bad JSON, non-object bodies and malformed consents', async () => {
    const { app, token } = await signedIn();
    const post = (path: string, body: string) =>
      app.request(path, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body });
    expect((await post('/auth/consents', '{not json')).status).toBe(400);
    expect((await post('/auth/consents', '[]')).status).toBe(400);
    expect((await post('/auth/consents', '{"consents":"all"}')).status).toBe(400);
    expect((await post('/auth/consents', '{"consents":[{"purposeId":"x"}]}')).status).toBe(400);
    expect((await post('/auth/sign-in', '{"zaloAccessToken":"x","consents":{}}')).status).toBe(400);
  });

  it('answers 413 for oversized bodies, 404 for unknown routes, and tells onError only code and status', async () => {
    const { app, errors } = await signedIn();
    const big = await app.request('/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(100_000) },
      body: 'x'.repeat(100_000),
    });
    expect(big.status).toBe(413);
    expect((await app.request('/auth/nope')).status).toBe(404);
    expect(errors).toEqual([
      { path: expect.any(String), status: 413, code: 'unknown' },
      { path: expect.any(String), status: 404, code: 'unknown' },
    ]);
  });

  it('turns an unexpected exception into 500 server without its text', async () => {
    const service = createMemoryAuthService();
    service.getConsents = async () => {
      throw new Error('db password SENTINEL leaked');
    };
    const app = createAuthHttpApp(service);
    const response = await app.request('/auth/consents', {
      headers: { authorization: 'Bearer x' },
    });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('SENTINEL');
    expect(JSON.parse(text).error.code).toBe('server');
  });

  it('signs out idempotently: 204 with no bearer, a dead token or a live one', async () => {
    const { app, token } = await signedIn();
    const out = (headers: Record<string, string>) =>
      app.request('/auth/sign-out', { method: 'POST', headers });
    expect((await out({})).status).toBe(204);
    expect((await out({ authorization: 'Bearer made-up' })).status).toBe(204);
    expect((await out({ authorization: `Bearer ${token}` })).status).toBe(204);
    const after = await app.request('/auth/consents', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.status).toBe(401);
  });

  it('needs consents at sign-in (openapi SignInRequest) and maps codes without a status', async () => {
    const app = createAuthHttpApp(createMemoryAuthService());
    const missing = await app.request('/auth/sign-in', {
      method: 'POST',
      body: JSON.stringify({ zaloAccessToken: ZALO_TOKEN }),
    });
    expect(missing.status).toBe(400);

    const service = createMemoryAuthService();
    service.signIn = async () => {
      throw new AuthError('consent_required', 'x');
    };
    const refused = await createAuthHttpApp(service).request('/auth/sign-in', {
      method: 'POST',
      body: JSON.stringify({ zaloAccessToken: ZALO_TOKEN, consents: [] }),
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      'consent_required',
    );
  });
});
