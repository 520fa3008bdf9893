// The one command a newcomer runs: `node src/main.ts` on an empty data folder migrates, seeds
// the sample province, prints where the API and the staff console are (and the staff password,
// once), serves the seeded procedures and categories, and stops cleanly on SIGTERM. A second
// start on the same folder keeps the data and prints no new password.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleProcedures } from '@govmini/dossier/examples';
import { afterAll, describe, expect, it } from 'vitest';
import { TINH_MAU_CATEGORIES } from '../src/db/seed.ts';

const main = new URL('../src/main.ts', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'govmini-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function start(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr.on('data', (chunk) => {
    out += chunk;
  });
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 20 s:\n${out}`)), 20_000);
    child.stdout.on('data', () => {
      const api = /API \(mini app base URL\)\s+(http:\/\/\S+)\/api/.exec(out);
      if (api?.[1] && out.includes('Health')) {
        clearTimeout(timer);
        resolve(api[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}:\n${out}`)));
  });
  const stopped = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, ready, stopped, output: () => out };
}

describe('pnpm --filter @govmini/server start', () => {
  it('starts on SQLite with the sample province, prints its URLs, and stops on SIGTERM', async () => {
    const server = start();
    const url = await server.ready;
    const out = server.output();
    expect(out).toContain(`${url}/staff/`);
    expect(out).toContain(`${url}/api/openapi.yaml`);
    expect(out).toMatch(/Staff sign-in\s+admin \/ \S{12,}/);
    // Fees without a procedure account: the sample province's made-up one, said loudly.
    expect(out).toMatch(/Fee account \(default\)\s+Agribank 0000000000012/);
    expect(out).toContain('MADE-UP account');
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const procedures = (await (await fetch(`${url}/api/dossier/procedures`)).json()) as {
      procedures: { id: string }[];
    };
    expect(procedures.procedures.map((p) => p.id).sort()).toEqual(
      exampleProcedures.map((p) => p.id).sort(),
    );
    const categories = (await (await fetch(`${url}/api/feedback/categories`)).json()) as {
      categories: { id: string }[];
    };
    expect(categories.categories.map((c) => c.id)).toEqual(TINH_MAU_CATEGORIES.map((c) => c.id));
    server.child.kill('SIGTERM');
    expect(await server.stopped).toBe(0);

    const again = start();
    await again.ready;
    expect(again.output()).not.toContain('Staff sign-in');
    again.child.kill('SIGTERM');
    expect(await again.stopped).toBe(0);
  });

  it('refuses a bad setting by name, without echoing its value', async () => {
    const server = start({ DATABASE_URL: 'mysql://root:hunter2@db/govmini' });
    await expect(server.ready).rejects.toThrow(/DATABASE_URL/);
    expect(server.output()).not.toContain('hunter2');
    expect(await server.stopped).toBe(1);
  });
});
