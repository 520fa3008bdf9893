// @vitest-environment node
// The main entry is what a mini app downloads: it reads published definitions (readProcedure)
// but leaves the tools for writing and checking them (parseProcedure's semantic checks and
// explanations, the JSON Schema export) to @govmini/dossier/core, for servers and build steps.
import { fileURLToPath } from 'node:url';
import { moduleGraph } from '@govmini/test-support/module-graph';
import { describe, expect, it } from 'vitest';

const source = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const authoring = [
  './definition/parse.ts',
  './definition/semantic.ts',
  './definition/semantic-fields.ts',
  './definition/semantic-expressions.ts',
  './definition/expression-shape.ts',
  './definition/json-schema.ts',
].map(source);

describe('definition tools by entry', () => {
  it('@govmini/dossier reads definitions but does not load the tools for writing them', () => {
    const client = moduleGraph(source('../index.ts')).files;
    expect(client).toContain(source('./definition/read.ts'));
    expect(client).toContain(source('./service/http-service.ts'));
    expect(authoring.filter((file) => client.includes(file))).toEqual([]);
  });

  it('@govmini/dossier/core has them all', () => {
    const core = moduleGraph(source('./index.ts')).files;
    expect(authoring.filter((file) => !core.includes(file))).toEqual([]);
  });
});
