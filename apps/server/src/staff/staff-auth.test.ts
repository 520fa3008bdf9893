// Staff sign-in and the guard in front of every staff route, over HTTP against the real app:
// cookie flags, wrong passwords, the login rate limit, CSRF, and every way someone who is not
// a signed-in officer might get in (no cookie, a citizen's session, a forged or revoked one).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PASSWORD, STAFF_USERNAME, type StaffWorld, startStaffWorld } from './testing.ts';

let world: StaffWorld;
beforeAll(async () => {
  // Behind a "proxy": each test speaks from its own IP (X-Forwarded-For), so their login
  // failures do not add up, and X-Forwarded-Proto says when the officer came over https.
  world = await startStaffWorld({ env: { TRUST_PROXY: '1' } });
});
afterAll(async () => {
  await world?.close();
});

let ips = 0;
const nextIp = () => `203.0.113.${++ips}`;

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  world.staff(undefined, 'POST', '/login', { username, password }, headers);

/** Every staff API route, with a harmless body for the writes. */
const ROUTES: readonly [string, string, unknown?][] = [
  ['GET', '/session'],
  ['POST', '/logout', {}],
  ['GET', '/procedures'],
  ['GET', '/dossiers'],
  ['GET', '/dossiers/000.00.06.H56-261129-0001'],
  ['POST', '/dossiers/000.00.06.H56-261129-0001/status', { to: 2 }],
  ['GET', '/files/some-file'],
  ['GET', '/categories'],
  ['GET', '/reports'],
  ['GET', '/reports/some-report'],
  ['POST', '/reports/some-report/answer', { text: 'Đã xử lý.' }],
  ['POST', '/reports/some-report/reject', { reason: 'Không thuộc thẩm quyền.' }],
  ['POST', '/reports/some-report/close', {}],
  ['POST', '/photos', new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], { type: 'image/jpeg' })],
  ['GET', '/photos/some-photo'],
  ['GET', '/ratings'],
  ['GET', '/no-such-route'],
];

describe('login', () => {
  it('signs the officer in with an httpOnly, SameSite=Strict session cookie scoped to /staff', async () => {
    const response = await login(STAFF_USERNAME, STAFF_PASSWORD, { 'x-forwarded-for': nextIp() });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.staff).toEqual({ username: 'admin', displayName: 'Quản trị Tỉnh Mẫu' });
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^gm_staff_session=gms_[\w-]+\.[\w-]+;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/staff');
    expect(Number(/Max-Age=(\d+)/.exec(cookie)?.[1])).toBeGreaterThan(3600);
    // Plain http on 127.0.0.1: a Secure cookie would never come back.
    expect(cookie).not.toContain('Secure');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('marks the cookie Secure when the officer came over https', async () => {
    const response = await login(STAFF_USERNAME, STAFF_PASSWORD, {
      'x-forwarded-for': nextIp(),
      'x-forwarded-proto': 'https',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toContain('Secure');
  });

  it('the session works: /session names the officer and gives the CSRF token again', async () => {
    const session = await world.login();
    const response = await world.staff(session, 'GET', '/session');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      staff: { username: 'admin', displayName: 'Quản trị Tỉnh Mẫu' },
      csrfToken: session.csrfToken,
    });
  });

  it('a wrong password and an unknown username get the same 401, and no cookie', async () => {
    const ip = nextIp();
    const wrong = await login(STAFF_USERNAME, 'mat-khau-sai-roi', { 'x-forwarded-for': ip });
    const unknown = await login('khong-co-ai', STAFF_PASSWORD, { 'x-forwarded-for': ip });
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    const [a, b] = [await wrong.json(), await unknown.json()];
    expect(a).toEqual(b);
    expect(a.error.code).toBe('invalid_credentials');
    expect(a.error.message).toBe(
      'Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra và nhập lại.',
    );
  });

  it('an empty body, a form post or a foreign origin cannot sign in', async () => {
    const ip = { 'x-forwarded-for': nextIp() };
    expect((await login('', '', ip)).status).toBe(401);
    const form = await fetch(`${world.url}/staff/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...ip },
      body: `username=admin&password=${STAFF_PASSWORD}`,
    });
    expect(form.status).toBe(400);
    const foreign = await login(STAFF_USERNAME, STAFF_PASSWORD, {
      ...ip,
      origin: 'https://evil.example',
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('set-cookie')).toBeNull();
  });
});

describe('login rate limit', () => {
  it('after 5 wrong passwords for one officer from one IP, even the right one waits', async () => {
    const ip = { 'x-forwarded-for': nextIp() };
    for (let i = 0; i < 5; i++) {
      expect((await login(STAFF_USERNAME, `sai-${i}-mat-khau`, ip)).status).toBe(401);
    }
    const blocked = await login(STAFF_USERNAME, STAFF_PASSWORD, ip);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = await blocked.json();
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toMatch(/^Đăng nhập sai quá nhiều lần/);
    expect(blocked.headers.get('set-cookie')).toBeNull();
    // The officer is not locked out from elsewhere.
    expect(
      (await login(STAFF_USERNAME, STAFF_PASSWORD, { 'x-forwarded-for': nextIp() })).status,
    ).toBe(200);
  });

  it('an IP guessing many usernames is stopped after 20 failures', async () => {
    const ip = { 'x-forwarded-for': nextIp() };
    for (let i = 0; i < 20; i++) {
      expect((await login(`can-bo-${i}`, 'doan-bua-mat-khau', ip)).status).toBe(401);
    }
    expect((await login(STAFF_USERNAME, STAFF_PASSWORD, ip)).status).toBe(429);
  });

  it('a success clears the failures of that officer at that IP', async () => {
    const ip = { 'x-forwarded-for': nextIp() };
    for (let i = 0; i < 4; i++) await login(STAFF_USERNAME, `sai-${i}-mat-khau`, ip);
    expect((await login(STAFF_USERNAME, STAFF_PASSWORD, ip)).status).toBe(200);
    for (let i = 0; i < 4; i++) await login(STAFF_USERNAME, `sai-${i}-lan-hai`, ip);
    expect((await login(STAFF_USERNAME, STAFF_PASSWORD, ip)).status).toBe(200);
  });
});

describe('CSRF', () => {
  const write = (session: { cookie: string }, headers: Record<string, string>) =>
    fetch(`${world.url}/staff/api/dossiers/000.00.06.H56-261129-0001/status`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ to: 2 }),
    });

  it('a write without the token, with a wrong one or with another session’s is refused', async () => {
    const session = await world.login();
    const other = await world.login();
    for (const headers of [
      { origin: world.url },
      { origin: world.url, 'x-csrf-token': 'gia-mao' },
      { origin: world.url, 'x-csrf-token': other.csrfToken },
    ]) {
      const response = await write(session, headers);
      expect(response.status).toBe(403);
      expect((await response.json()).error.code).toBe('forbidden');
    }
  });

  it('a write from another site is refused even with the right token', async () => {
    const session = await world.login();
    const fromElsewhere = await write(session, {
      origin: 'https://evil.example',
      'x-csrf-token': session.csrfToken,
    });
    expect(fromElsewhere.status).toBe(403);
    const byReferer = await write(session, {
      referer: 'https://evil.example/trang',
      'x-csrf-token': session.csrfToken,
    });
    expect(byReferer.status).toBe(403);
  });

  it('with our origin and the token, the write reaches the route (here: no such dossier)', async () => {
    const session = await world.login();
    const response = await write(session, { origin: world.url, 'x-csrf-token': session.csrfToken });
    expect(response.status).toBe(404);
  });
});

describe('who may call staff routes', () => {
  it('nobody without a session: every route answers 401', async () => {
    for (const [method, path, body] of ROUTES) {
      const response = await world.staff(undefined, method, path, body);
      expect(response.status, `${method} ${path}`).toBe(401);
      expect((await response.json()).error.code).toBe('unauthenticated');
    }
  });

  it('a citizen’s session never works, as a bearer token or as the cookie', async () => {
    const citizen = await world.citizen('cong-dan-2');
    for (const [method, path, body] of ROUTES) {
      const bearer = await world.staff(undefined, method, path, body, {
        authorization: `Bearer ${citizen}`,
      });
      expect(bearer.status, `${method} ${path} bearer`).toBe(401);
      const asCookie = await world.staff(
        { cookie: `gm_staff_session=${citizen}`, csrfToken: '', setCookie: '' },
        method,
        path,
        body,
      );
      expect(asCookie.status, `${method} ${path} cookie`).toBe(401);
    }
  });

  it('a forged cookie fails: a made-up token, a resigned one, a tampered one', async () => {
    const session = await world.login();
    const [token, mac] = session.cookie.slice('gm_staff_session='.length).split('.') as [
      string,
      string,
    ];
    const forged = [
      'gm_staff_session=gms_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAA',
      `gm_staff_session=${token}`,
      `gm_staff_session=${token}.${mac.slice(0, -2)}xx`,
      `gm_staff_session=${token.slice(0, -2)}xx.${mac}`,
    ];
    for (const cookie of forged) {
      const response = await world.staff(
        { cookie, csrfToken: session.csrfToken, setCookie: '' },
        'GET',
        '/dossiers',
      );
      expect(response.status, cookie).toBe(401);
      // The browser is told to drop it.
      expect(response.headers.get('set-cookie')).toMatch(/gm_staff_session=;.*Max-Age=0/);
    }
    expect((await world.staff(session, 'GET', '/dossiers')).status).toBe(200);
  });

  it('the staff cookie opens nothing on the citizen API', async () => {
    const session = await world.login();
    const response = await fetch(`${world.url}/api/dossier/dossiers`, {
      headers: { cookie: session.cookie },
    });
    expect(response.status).toBe(401);
  });

  it('logout ends the session on the server, not only in the browser', async () => {
    const session = await world.login();
    const out = await world.staff(session, 'POST', '/logout', {});
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/gm_staff_session=;.*Max-Age=0/);
    expect((await world.staff(session, 'GET', '/session')).status).toBe(401);
  });

  it('a disabled account’s sessions stop working at once', async () => {
    const account = await world.context.staffAccounts.create({
      username: 'can-bo-tam',
      displayName: 'Cán bộ tạm',
      password: 'mat-khau-tam-thoi-123',
      role: 'officer',
    });
    const session = await world.login('can-bo-tam', 'mat-khau-tam-thoi-123');
    expect((await world.staff(session, 'GET', '/dossiers')).status).toBe(200);
    await world.context.staffAccounts.setDisabled(account.id, true);
    expect((await world.staff(session, 'GET', '/dossiers')).status).toBe(401);
    const again = await login('can-bo-tam', 'mat-khau-tam-thoi-123', {
      'x-forwarded-for': nextIp(),
    });
    expect(again.status).toBe(401);
  });
});

describe('the console', () => {
  it('is served at /staff with a strict Content-Security-Policy', async () => {
    const redirect = await fetch(`${world.url}/staff`, { redirect: 'manual' });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('location')).toBe('/staff/');
    const page = await fetch(`${world.url}/staff/dossiers/000.00.06.H56-261129-0001`);
    // Every console URL is the app's page once it is built; before, a page saying how.
    const built = existsSync(
      fileURLToPath(new URL('../../dist/console/index.html', import.meta.url)),
    );
    expect(page.status).toBe(built ? 200 : 503);
    expect(await page.text()).toContain(
      built ? '<div id="root">' : 'pnpm --filter @govmini/server build',
    );
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });
});
