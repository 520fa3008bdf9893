// Temporary folders for the tests, and what is in them (to prove nothing was written).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

/** A new empty folder under the OS temp dir, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'create-govmini-app-test-'));
  made.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every file and folder under `dir`, relative, sorted (dotfiles included). */
export function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      out.push(relative(dir, path) + (entry.isDirectory() ? '/' : ''));
      if (entry.isDirectory()) walk(path);
    }
  };
  walk(dir);
  return out.sort();
}

/** A Vietnamese message a citizen-facing rule would accept: NFC, and it says what to do. */
export function expectActionableVietnamese(message: string): void {
  if (message.normalize('NFC') !== message) throw new Error(`not NFC: ${message}`);
  if (!/vui lòng/i.test(message)) throw new Error(`no next step in: ${message}`);
}
