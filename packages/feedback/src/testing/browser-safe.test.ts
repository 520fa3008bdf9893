// @govmini/feedback/testing is imported by apps in the browser (the sample app's memory backend), so
// nothing it loads may need a test runner or Node; those parts live in @govmini/feedback/conformance.
import { fileURLToPath } from 'node:url';
import { moduleGraph, nodeOnlyImports } from '@govmini/test-support/module-graph';
import { describe, expect, it } from 'vitest';

const entry = (file: string) => fileURLToPath(new URL(file, import.meta.url));

describe('@govmini/feedback/testing', () => {
  const testing = moduleGraph(entry('./index.ts'));

  it('loads neither vitest nor Node built-ins, however deep', () => {
    expect(testing.files).toContain(entry('./memory-service.ts'));
    expect(nodeOnlyImports(testing)).toEqual([]);
  });

  it('leaves the suite to @govmini/feedback/conformance, which does load vitest', () => {
    const conformance = moduleGraph(entry('./conformance-entry.ts'));
    expect(nodeOnlyImports(conformance).map((i) => i.specifier)).toContain('vitest');
  });
});
