// @vitest-environment node
// The app's procedures are valid definitions, and each one is this province's.
import { parseProcedure } from '@govmini/dossier/core';
import { describe, expect, it } from 'vitest';
import { procedures } from './procedures';
import exampleProcedure from './procedures/{{procedureId}}.json';

describe('procedures', () => {
  it('every definition passes parseProcedure', () => {
    const issues = procedures.flatMap((procedure) => {
      const result = parseProcedure(procedure);
      return result.ok ? [] : result.issues.map((issue) => ({ procedure: procedure.id, ...issue }));
    });
    expect(issues).toEqual([]);
    const ids = procedures.map((p) => p.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size, `duplicate procedure ids: ${ids.join(', ')}`).toBe(ids.length);
  });

  it('names this province, not the example province', () => {
    const text = JSON.stringify(exampleProcedure);
    expect(text).toContain('{{provinceFullName}}');
    expect(text).not.toContain('Tỉnh Mẫu');
  });
});
