// The dev launcher (`pnpm --filter @govmini/server start:dev`, run by scripts/start-sample.sh):
// it refuses production outright; otherwise the real server starts with a simulated Zalo that
// signs in exactly the dev seed's citizens with the simulated platform's tokens, the staff
// console opens with the documented dev password, the app's categories are seeded, and a
// restart on the same data folder keeps the citizen's session.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthError, createHttpAuthService } from '@govmini/auth';
import { afterAll, describe, expect, it } from 'vitest';
import { DEV_STAFF_PASSWORD } from '../src/dev/dev-seed.ts';

const launcher = new URL('../src/dev/main.ts', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'govmini-dev-mode-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const seedModule = join(root, 'seed.mjs');
writeFileSync(
  seedModule,
  `export const citizens = [
    { id: 'mau-1', name: 'Nguyễn Thị Mẫu', phoneNumber: '84900000001', location: { latitude: 21.0368, longitude: 105.8342 } },
    { id: 'mau-2', name: 'Trần Văn Thử', phoneNumber: '84900000002', location: { latitude: 21.0368, longitude: 105.8342 } },
  ];
  export const categories = [{ id: 'duong-xa', title: { vi: 'Đường xá', en: 'Roads' }, description: { vi: 'Ổ gà', en: 'Potholes' }, icon: 'road', agency: { id: 'ubnd', name: { vi: 'UBND' } }, answerDays: 5 }];`,
);

function launch(env: Record<string, string>) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: '0', LOG_LEVEL: 'warn', ...env };
  for (const name of ['DATABASE_URL', 'STAFF_PASSWORD', 'SESSION_KEYS', 'ZALO_GRAPH_URL']) {
    if (!(name in env)) delete childEnv[name];
  }
  if (!('NODE_ENV' in env)) delete childEnv.NODE_ENV;
  const child = spawn(process.execPath, [launcher], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const collect = (chunk: Buffer) => {
    out += chunk.toString('utf8');
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const stopped = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const api = /API \(mini app base URL\)\s+(http:\/\/\S+)\/api/.exec(out);
      if (api?.[1] && out.includes('Simulated Zalo Graph')) resolve(api[1]);
    });
    void stopped.then((code) => reject(new Error(`exited ${code}:\n${out}`)));
  });
  ready.catch(() => undefined);
  return { child, ready, stopped, output: () => out };
}

async function authCode(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AuthError) return error.code;
    throw error;
  }
  throw new Error('expected an AuthError');
}

describe('the dev launcher', () => {
  it('refuses to start, loudly, when NODE_ENV=production', async () => {
    const dataDir = join(root, 'never');
    const server = launch({ NODE_ENV: 'production', DATA_DIR: dataDir });
    expect(await server.stopped).toBe(1);
    expect(server.output()).toMatch(/!!!![\s\S]*dev mode refused: NODE_ENV=production/);
    expect(server.output()).not.toContain('Simulated Zalo Graph');
    // Nothing was set up: no data folder, no database.
    expect(existsSync(dataDir)).toBe(false);
  });

  it('signs in exactly the simulated citizens, opens the staff console, keeps sessions over a restart', async () => {
    const dataDir = join(root, 'dev');
    const appUrl = 'http://127.0.0.1:39999';
    const env = { DATA_DIR: dataDir, GOVMINI_DEV_SEED: seedModule, GOVMINI_DEV_APP_URL: appUrl };
    const first = launch(env);
    const url = await first.ready;
    expect(first.output()).toContain('DEV MODE');
    expect(first.output()).toContain(`Staff sign-in            admin / ${DEV_STAFF_PASSWORD}`);
    expect(first.output()).toMatch(/"event":"dev_mode\.simulated_zalo"/);
    expect(first.output()).toMatch(/Fee account \(default\)\s+Agribank 0000000000012 .* made up/);

    const auth = createHttpAuthService({ baseUrl: `${url}/api` });
    const session = await auth.signIn({ zaloAccessToken: 'sim-access.mau-1', consents: [] });
    expect(session.profile).toMatchObject({ zaloId: 'mau-1', name: 'Nguyễn Thị Mẫu' });
    expect(await authCode(auth.signIn({ zaloAccessToken: 'sim-access.other', consents: [] }))).toBe(
      'invalid_token',
    );
    // The simulator's phone token, with the sample's per-page-load suffix; once only.
    const token = 'sim-phoneNumber-1.a1b2c3d4';
    expect(await auth.exchangePhoneToken(session.token, token)).toEqual({ phone: '+84900000001' });
    expect(await authCode(auth.exchangePhoneToken(session.token, token))).toBe('token_reused');

    const login = await fetch(`${url}/staff/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: DEV_STAFF_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const categories = (await (await fetch(`${url}/api/feedback/categories`)).json()) as {
      categories: { id: string }[];
    };
    expect(categories.categories.map((c) => c.id)).toEqual(['duong-xa']);
    // The app's dev server may call the API directly too (CORS).
    const preflight = await fetch(`${url}/api/auth/sign-in`, {
      method: 'OPTIONS',
      headers: { origin: appUrl, 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(appUrl);

    first.child.kill('SIGTERM');
    expect(await first.stopped).toBe(0);
    const second = launch(env);
    const again = createHttpAuthService({ baseUrl: `${await second.ready}/api` });
    // Same data folder: same session key, so the phone's session still works.
    expect(await again.getConsents(session.token)).toEqual([]);
    second.child.kill('SIGTERM');
    expect(await second.stopped).toBe(0);
  });
});
