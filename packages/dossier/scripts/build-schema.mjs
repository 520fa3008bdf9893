#!/usr/bin/env node
// Writes schema/procedure.schema.json from the zod schema (src/core/definition/json-schema.ts),
// formatted as the repository's Biome formats JSON, so that `biome check` passes on it.
// Plain Node 24: the TypeScript source is loaded with type stripping, no build step.
// `--check` exits 1 when the committed file is stale instead of writing it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { procedureJsonSchema } from '../src/core/definition/json-schema.ts';

const target = fileURLToPath(new URL('../schema/procedure.schema.json', import.meta.url));
const biome = fileURLToPath(new URL('../../../node_modules/.bin/biome', import.meta.url));

function format(json) {
  const raw = `${JSON.stringify(json, null, 2)}\n`;
  if (!existsSync(biome)) return raw; // outside the monorepo: plain JSON is still valid
  return execFileSync(biome, ['format', `--stdin-file-path=${target}`], {
    input: raw,
    encoding: 'utf8',
  });
}

const text = format(procedureJsonSchema());

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('schema/procedure.schema.json is stale: run `node scripts/build-schema.mjs`');
    process.exit(1);
  }
  console.log('schema/procedure.schema.json is up to date');
} else {
  await writeFile(target, text);
  console.log(`wrote ${target}`);
}
