// The JSON Schema of a procedure definition, for editors (completion and checks while a
// province writes JSON) and for back offices. Generated from the zod schema, so the two cannot
// disagree; scripts/build-schema.mjs writes it to schema/procedure.schema.json and a test keeps
// that file fresh. It checks shape only: parseProcedure's semantic checks (references, cycles…)
// have no JSON Schema equivalent. Imports carry `.ts` so that plain `node` can run this file.
import * as z from 'zod/mini';
import * as schemas from './schema.ts';
import {
  crossFieldRuleSchema,
  dateBoundSchema,
  expressionSchema,
  feeSchema,
  fieldSchema,
  groupItemFieldSchema,
  localizedTextSchema,
  optionSchema,
  pageSchema,
  paymentAccountSchema,
  procedureSchema,
  requiredDocumentSchema,
} from './schema.ts';

interface Meta {
  id?: string;
  title?: string;
  description?: string;
}

/** Builds the JSON Schema (draft 2020-12) of a ProcedureDefinition. */
export function procedureJsonSchema(): Record<string, unknown> {
  const registry = z.registry<Meta>();
  registry.add(localizedTextSchema, {
    id: 'LocalizedText',
    description:
      'Text in Vietnamese (`vi`, required) and English (`en`, optional: the app falls back to Vietnamese).',
  });
  registry.add(expressionSchema, {
    id: 'Expression',
    description:
      'A literal, or an object with one operator: var, eq, ne, gt, gte, lt, lte, in, includes, and, or, not, answered, yearsSince, count, today. See src/core/definition/README.md.',
  });
  registry.add(optionSchema, {
    id: 'Option',
    description: 'One choice of a select, radio or checkbox field.',
  });
  registry.add(dateBoundSchema, {
    id: 'DateBound',
    description: '"today", a fixed ISO date, or { "todayOffsetDays": n } (negative = in the past).',
  });
  registry.add(groupItemFieldSchema, {
    id: 'GroupItemField',
    description: 'A field inside a group item: any type but group.',
  });
  registry.add(fieldSchema, {
    id: 'Field',
    description: 'One question (or an info block); `type` chooses its kind.',
  });
  registry.add(pageSchema, {
    id: 'Page',
    description: 'One page of the journey: one question, or a few that belong together.',
  });
  registry.add(requiredDocumentSchema, {
    id: 'RequiredDocument',
    description: 'A required document (thành phần hồ sơ).',
  });
  registry.add(feeSchema, {
    id: 'Fee',
    description:
      'The fee: none, fixed, byChoice (by an answer) or assessed (set by the officer); optionally the account to transfer it to.',
  });
  registry.add(paymentAccountSchema, {
    id: 'PaymentAccount',
    description:
      'The bank account fees are transferred to, for the VietQR code: the bank’s 6-digit NAPAS BIN (970436 = Vietcombank; parseProcedure checks it is a known bank), the account number, the holder’s name as banking apps show it.',
  });
  registry.add(crossFieldRuleSchema, {
    id: 'CrossFieldRule',
    description:
      'When `when` holds (default always), `assert` must hold; otherwise `message` is shown on `fields`.',
  });
  // Each field type under its own name (`TextField`…), so editors' messages name it.
  for (const [name, schema] of Object.entries(schemas)) {
    const match = /^(\w+)FieldSchema$/.exec(name);
    if (match?.[1] && match[1] !== 'groupItem') {
      registry.add(schema as z.ZodMiniType, {
        id: `${match[1][0]?.toUpperCase()}${match[1].slice(1)}Field`,
      });
    }
  }
  const schema = z.toJSONSchema(procedureSchema, {
    target: 'draft-2020-12',
    metadata: registry,
    unrepresentable: 'throw',
    cycles: 'ref',
    reused: 'inline',
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'GovMini procedure definition',
    description:
      'A public-service procedure (thủ tục hành chính) for @govmini/dossier. Shape only: run parseProcedure for the semantic checks.',
    ...schema,
  };
}
