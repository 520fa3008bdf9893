// @vitest-environment node
// A real bundler's view of the same promise: an app that only uses the simulator ships no
// zmp-sdk at all, and an app that creates the Zalo platform gets zmp-sdk as a separate,
// lazily loaded chunk, never in its entry.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../index.ts', import.meta.url));
const outdir = mkdtempSync(join(tmpdir(), 'govmini-bundle-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

async function bundle(code: string) {
  const result = await build({
    stdin: { contents: code, resolveDir: outdir, loader: 'ts' },
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir,
    write: false,
    platform: 'browser',
    logLevel: 'silent',
    metafile: true,
  });
  const inputsOf = (file: string) =>
    Object.keys(result.metafile.outputs[file]?.inputs ?? {}).filter((i) => i.includes('zmp-sdk'));
  const outputs = Object.keys(result.metafile.outputs);
  const entryOutput = outputs.find((o) => result.metafile.outputs[o]?.entryPoint);
  // What the app can ever load: the entry and every chunk it imports, statically or lazily.
  // (esbuild may still write an unreachable chunk for a dead dynamic import; it is never fetched.)
  const reachable = new Set<string>();
  const visit = (file: string) => {
    if (reachable.has(file)) return;
    reachable.add(file);
    for (const imported of result.metafile.outputs[file]?.imports ?? []) {
      if (!imported.external) visit(imported.path);
    }
  };
  if (entryOutput) visit(entryOutput);
  return { outputs: [...reachable], entryOutput, inputsOf };
}

describe('bundling @govmini/platform', () => {
  it('an app on the simulator contains no zmp-sdk', async () => {
    const { outputs, inputsOf } = await bundle(
      `import { createSimulatedPlatform } from ${JSON.stringify(entry)}; createSimulatedPlatform().system.getInfo();`,
    );
    for (const output of outputs) expect(inputsOf(output), output).toEqual([]);
  });

  it('an app on Zalo loads zmp-sdk lazily, outside its entry chunk', async () => {
    const { outputs, entryOutput, inputsOf } = await bundle(
      `import { createZaloPlatform } from ${JSON.stringify(entry)}; createZaloPlatform();`,
    );
    expect(entryOutput).toBeDefined();
    expect(inputsOf(entryOutput as string)).toEqual([]);
    const lazy = outputs.filter((o) => o !== entryOutput && inputsOf(o).length > 0);
    expect(lazy.length).toBeGreaterThan(0);
  }, 30_000);
});
