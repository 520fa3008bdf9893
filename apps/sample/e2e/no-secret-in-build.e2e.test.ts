// The Zalo app secret lives only on servers. Build the sample app with a sentinel secret in the
// environment (as a province's CI would have it for its backend) and check that no emitted
// file carries it, in any common encoding.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = mkdtempSync(join(tmpdir(), 'govmini-sample-build-'));
const SENTINEL = 'gm-sentinel-secret-7f3a9c1e5b';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('a production build of the sample app', () => {
  it('contains no trace of the server secret', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      // Vitest runs with NODE_ENV=test, which would make Vite build for development.
      NODE_ENV: 'production',
      ZALO_APP_SECRET: SENTINEL,
      GOVMINI_ZALO_APP_SECRET: SENTINEL,
      SECRET_KEY: SENTINEL,
    });
    try {
      await build({
        root: appRoot,
        configFile: resolve(appRoot, 'vite.config.ts'),
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true },
      });
    } finally {
      process.env = saved;
    }
    const emitted = files(outDir);
    expect(emitted.length).toBeGreaterThan(2);
    const needles = [
      SENTINEL,
      Buffer.from(SENTINEL).toString('base64'),
      Buffer.from(SENTINEL).toString('hex'),
    ];
    for (const file of emitted) {
      const text = readFileSync(file, 'latin1');
      for (const needle of needles)
        expect(text.includes(needle), `${file} contains the secret`).toBe(false);
    }
  }, 120_000);

  // The build's base is "./": a URL relative to the page would point into the route's path
  // (/thu-tuc/<id>/<step>/data/…) or Zalo's page, so the code resolves it against its own URL.
  it('fetches the commune list from beside its own code, not from the page’s path', () => {
    const pattern =
      /new URL\(\s*[`'"]([^`'"]*vn-admin-units-2025\.json)[`'"]\s*,\s*import\.meta\.url\s*\)/;
    const chunks = files(outDir).filter((file) => file.endsWith('.js'));
    const users = chunks.filter((file) =>
      readFileSync(file, 'utf8').includes('vn-admin-units-2025'),
    );
    expect(users.length, 'a chunk that loads the commune list').toBeGreaterThan(0);
    for (const chunk of users) {
      const match = pattern.exec(readFileSync(chunk, 'utf8'));
      expect(
        match,
        `${relative(outDir, chunk)}: the list's URL is built from import.meta.url`,
      ).not.toBeNull();
      const target = fileURLToPath(new URL(match?.[1] ?? '', pathToFileURL(chunk)));
      expect(statSync(target, { throwIfNoEntry: false })?.isFile(), `${target} exists`).toBe(true);
    }
  });
});
