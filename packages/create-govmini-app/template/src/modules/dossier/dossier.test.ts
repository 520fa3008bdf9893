// @vitest-environment node
// The app's procedures are valid definitions, and each one is this province's.
import { parseProcedure } from '@govmini/dossier/core';
import { describe, expect, it } from 'vitest';
import { procedures } from './procedures';
import exampleProcedure from './procedures/{{procedureId}}.json';

describe('procedures', () => {
  it('every definition passes parseProcedure', () => {
    const result = parseProcedure(exampleProcedure);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(procedures.map((p) => p.id)).toEqual(['{{procedureId}}']);
  });

  it('names this province, not the example province', () => {
    const text = JSON.stringify(exampleProcedure);
    expect(text).toContain('{{provinceFullName}}');
    expect(text).not.toContain('Tỉnh Mẫu');
  });
});
