// The Zalo app secret lives only on servers. Build the sample app with a sentinel secret in the
// environment (as a province's CI would have it for its backend) and check that no emitted
// file carries it, in any common encoding.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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
});
