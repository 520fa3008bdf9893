// @vitest-environment node
// A citizen reading Vietnamese never downloads English: nothing the client entry loads imports
// src/locales/en.ts; only the pack's `import('./en')` reaches it, which runs when English is
// asked for (and which bundlers split into its own chunk). The server's tables, which keep
// English inline, must stay out of the client entry too.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleGraph } from '@govmini/test-support/module-graph';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('..', import.meta.url));
const reachedFrom = (entry: string) =>
  moduleGraph(path.join(src, entry)).files.map((file) => path.relative(src, file));

describe('@govmini/auth client entry', () => {
  const reached = reachedFrom('index.ts');

  it('loads the locale pack and every screen catalogue', () => {
    expect(reached).toContain(path.join('locales', 'pack.ts'));
    expect(reached).toContain(path.join('messages', 'index.ts'));
    expect(reached).toContain(path.join('react', 'SignInScreen', 'messages.ts'));
  });

  it('never imports the English texts statically', () => {
    expect(existsSync(path.join(src, 'locales', 'en.ts'))).toBe(true);
    expect(reached.filter((file) => file.startsWith(path.join('locales', 'en')))).toEqual([]);
  });

  it("never reaches the server's messages, which keep English inline", () => {
    expect(reached.filter((file) => file.startsWith(`server${path.sep}`))).toEqual([]);
  });
});
