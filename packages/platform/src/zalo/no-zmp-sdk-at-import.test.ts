// @vitest-environment node
// Importing `zmp-sdk/apis` runs `login()` at once and crashes without `window` (research §1.1),
// so @govmini/platform must reach zmp-sdk only through the dynamic import inside
// createZaloPlatform, and only when a Zalo platform is actually used.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { PlatformError } from '../core/errors';

vi.mock('zmp-sdk/apis', () => {
  throw new Error('zmp-sdk must not load');
});
vi.mock('zmp-sdk', () => {
  throw new Error('zmp-sdk must not load');
});

const src = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test(-d)?\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('zmp-sdk stays out of the module graph', () => {
  it('importing the package in Node loads no zmp-sdk, and the simulator works', async () => {
    expect(typeof window).toBe('undefined');
    // src/index.ts is the public entry; until it exists, the modules it re-exports.
    const entry = existsSync(join(src, 'index.ts')) ? '../index.ts' : './create-zalo-platform.ts';
    await import(/* @vite-ignore */ entry);
    const { createSimulatedPlatform } = await import('../core/simulator');
    const platform = createSimulatedPlatform();
    expect(await platform.identity.getUserId()).toBeTypeOf('string');
    platform.dispose();
  });

  it('createZaloPlatform reaches zmp-sdk only when used, and a failed load is a PlatformError', async () => {
    const { createZaloPlatform } = await import('./create-zalo-platform');
    const platform = createZaloPlatform({ appId: 'app-1' });
    const error = await platform.identity.getUserId().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ code: 'unknown', detail: 'zmp-sdk could not be loaded' });
    platform.dispose();
  });

  it('the only reference to zmp-sdk in the sources is that dynamic import', () => {
    const references = sourceFiles(src).flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(/(from\s+|import\s*\(\s*)['"](zmp-sdk[^'"]*)['"]/g),
      ].map((match) => `${relative(src, file)}: ${match[1]?.trim()} ${match[2]}`),
    );
    expect(references).toEqual(['zalo/create-zalo-platform.ts: import( zmp-sdk/apis']);
  });
});
