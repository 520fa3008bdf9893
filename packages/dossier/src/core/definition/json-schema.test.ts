// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromJSONSchema } from 'zod';
import { exampleProcedures } from '../../examples';
import { procedureJsonSchema } from './json-schema';

const committed = JSON.parse(
  readFileSync(new URL('../../../schema/procedure.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('schema/procedure.schema.json', () => {
  it('is what scripts/build-schema.mjs generates now (run it after changing schema.ts)', () => {
    expect(committed).toEqual(procedureJsonSchema());
  });

  it('is a closed draft 2020-12 schema with named definitions', () => {
    expect(committed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(committed.additionalProperties).toBe(false);
    expect(Object.keys(committed.$defs as object)).toEqual(
      expect.arrayContaining([
        'Expression',
        'Field',
        'GroupItemField',
        'Page',
        'TextField',
        'GroupField',
      ]),
    );
  });

  // No JSON Schema validator is installed; zod's own reader of JSON Schema is one that reads the
  // committed file, not the zod schema it came from.
  const validate = fromJSONSchema(committed as Parameters<typeof fromJSONSchema>[0]);

  it.each(exampleProcedures.map((p) => [p.id, p] as const))(
    'accepts the example %s',
    (_, procedure) => {
      const result = validate.safeParse(JSON.parse(JSON.stringify(procedure)));
      expect(result.success ? [] : result.error.issues).toEqual([]);
    },
  );

  it('rejects what parseProcedure rejects for shape', () => {
    const procedure = JSON.parse(JSON.stringify(exampleProcedures[0]));
    expect(validate.safeParse({ ...procedure, titel: 'x' }).success).toBe(false);
    procedure.pages[0].fields[0].type = 'yesno';
    expect(validate.safeParse(procedure).success).toBe(false);
  });
});
