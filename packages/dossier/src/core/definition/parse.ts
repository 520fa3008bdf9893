// parseProcedure: the shape check (zod, strict) and then the semantic checks, every problem
// collected with its JSON path. Semantic checks run only on a well-shaped definition: they need
// to trust types, and shape errors usually explain the rest.
import type * as z from 'zod/mini';
import type { ParseProcedureResult, ProcedureIssue } from './api';
import { ProcedureDefinitionError } from './errors';
import { diagnoseExpression } from './expression-shape';
import { childPath, didYouMean, formatPath, valueAt } from './paths';
import { nfc } from './read';
import { fieldSchema, procedureSchema } from './schema';
import { type CheckProcedureOptions, checkProcedure } from './semantic';
import type { ProcedureDefinition } from './types';

type Segments = readonly PropertyKey[];
type ZodIssue = z.core.$ZodIssue;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const entries = (value: unknown): [number, unknown][] =>
  Array.isArray(value) ? value.map((item, i) => [i, item]) : [];

/** Where expressions sit in the raw JSON, so that zod's union errors there can be explained. */
function expressionRoots(json: unknown): Segments[] {
  const roots: Segments[] = [];
  const add = (owner: unknown, at: Segments, ...keys: string[]) => {
    if (!isRecord(owner)) return;
    for (const key of keys) if (Object.hasOwn(owner, key)) roots.push([...at, key]);
  };
  const rules = (list: unknown, at: Segments) => {
    for (const [i, rule] of entries(list)) add(rule, [...at, i], 'when', 'assert');
  };
  if (!isRecord(json)) return roots;
  for (const [i, page] of entries(json.pages)) {
    add(page, ['pages', i], 'visibleWhen');
    if (!isRecord(page)) continue;
    for (const [j, field] of entries(page.fields)) {
      const at = ['pages', i, 'fields', j];
      add(field, at, 'visibleWhen', 'required');
      if (!isRecord(field)) continue;
      for (const [k, item] of entries(field.fields)) {
        add(item, [...at, 'fields', k], 'visibleWhen', 'required');
      }
      rules(field.rules, [...at, 'rules']);
    }
  }
  rules(json.rules, ['rules']);
  for (const [i, doc] of entries(json.documents)) add(doc, ['documents', i], 'required');
  return roots;
}

const startsWith = (path: Segments, prefix: Segments) =>
  prefix.length <= path.length && prefix.every((key, i) => path[i] === key);

/** Every property name the schema knows, for "did you mean" on unknown properties. */
function knownKeys(): Set<string> {
  const keys = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (schema: unknown): void => {
    if (!isRecord(schema) || seen.has(schema) || !('_zod' in schema)) return;
    seen.add(schema);
    const def = (schema._zod as { def: Record<string, unknown> }).def;
    if (def.type === 'lazy' && typeof def.getter === 'function') visit(def.getter());
    for (const value of Object.values(def)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (isRecord(value) && !('_zod' in value) && def.type === 'object') {
        for (const [key, child] of Object.entries(value)) {
          keys.add(key);
          visit(child);
        }
      } else visit(value);
    }
  };
  visit(procedureSchema);
  return keys;
}
let keyCache: Set<string> | undefined;

const FIELD_TYPES = fieldSchema.def.options.flatMap((option) => [
  ...(option.def.shape.type._zod.values ?? []),
]) as string[];

function shapeIssue(issue: ZodIssue, json: unknown): ProcedureIssue[] {
  const path = formatPath(issue.path);
  const value = valueAt(json, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      keyCache ??= knownKeys();
      const known = keyCache;
      return issue.keys.map((key) => ({
        code: 'invalid_shape',
        path: childPath(path, key),
        message: `Unknown property \`${key}\`.${didYouMean(key, known)}`,
      }));
    }
    case 'invalid_union': {
      // Discriminated unions add these to the issue; zod's type does not declare them.
      const { note, discriminator, options } = issue as typeof issue & {
        note?: string;
        discriminator?: string;
        options?: readonly unknown[];
      };
      if (note === 'No matching discriminator' && discriminator === 'type') {
        const inGroup = issue.path.filter((key) => key === 'fields').length > 1;
        if (value === 'group' && inGroup) {
          return [
            { code: 'invalid_shape', path, message: 'A group item cannot contain another group.' },
          ];
        }
        if (typeof value === 'string') {
          return [
            {
              code: 'unknown_field_type',
              path,
              message: `Unknown field type \`${value}\`.${didYouMean(value, FIELD_TYPES)} Field types: ${FIELD_TYPES.join(', ')}.`,
            },
          ];
        }
        return [
          {
            code: 'invalid_shape',
            path,
            message: `Every field needs a \`type\`, one of: ${FIELD_TYPES.join(', ')}.`,
          },
        ];
      }
      if (note === 'No matching discriminator') {
        return [
          {
            code: 'invalid_shape',
            path,
            message: `Unknown \`${String(discriminator)}\` ${JSON.stringify(value)}; expected one of: ${(options ?? []).join(', ')}.`,
          },
        ];
      }
      return [{ code: 'invalid_shape', path, message: issue.message }];
    }
    case 'invalid_type': {
      const key = issue.path.at(-1);
      if (value === undefined && key !== undefined && typeof key !== 'number') {
        return [
          { code: 'invalid_shape', path, message: `Missing required property \`${String(key)}\`.` },
        ];
      }
      return [
        {
          code: 'invalid_shape',
          path,
          message: `Expected ${issue.expected}, got ${JSON.stringify(value) ?? typeof value}.`,
        },
      ];
    }
    case 'invalid_format':
      return [
        {
          code: 'invalid_shape',
          path,
          message:
            issue.format === 'regex' && 'pattern' in issue
              ? `${JSON.stringify(value)} does not match ${String(issue.pattern)}.`
              : `${JSON.stringify(value)} is not a valid ${issue.format}.`,
        },
      ];
    default:
      return [{ code: 'invalid_shape', path, message: issue.message }];
  }
}

function shapeIssues(issues: readonly ZodIssue[], json: unknown): ProcedureIssue[] {
  const roots = expressionRoots(json);
  const explained = new Set<Segments>();
  const out: ProcedureIssue[] = [];
  for (const issue of issues) {
    const root = roots
      .filter((r) => startsWith(issue.path, r))
      .sort((a, b) => b.length - a.length)[0];
    if (!root) {
      out.push(...shapeIssue(issue, json));
      continue;
    }
    // Zod's union errors inside an expression are vague; diagnoseExpression explains them,
    // once per expression, where zod first complained (document order).
    if (explained.has(root)) continue;
    explained.add(root);
    const found = diagnoseExpression(valueAt(json, root), formatPath(root));
    const fallback = {
      code: 'invalid_expression' as const,
      path: formatPath(root),
      message: 'Invalid expression.',
    };
    out.push(...(found.length ? found : [fallback]));
  }
  return out;
}

export type ParseProcedureOptions = CheckProcedureOptions;

/**
 * Checks a procedure definition (parsed JSON) and returns it typed, or every problem found,
 * each with its JSON path. Never throws. `banks`: the banks a fee's account may be at, when
 * the province's bank is newer than @govmini/vn's list (`[...vietQrBanks, newBank]`).
 */
export function parseProcedure(
  json: unknown,
  options: ParseProcedureOptions = {},
): ParseProcedureResult {
  try {
    const result = procedureSchema.safeParse(json);
    if (!result.success) return { ok: false, issues: shapeIssues(result.error.issues, json) };
    const procedure = nfc(result.data) as ProcedureDefinition;
    const issues = checkProcedure(procedure, options);
    return issues.length ? { ok: false, issues } : { ok: true, procedure };
  } catch (error) {
    // Only absurdly deep JSON exhausts the stack; say so rather than throw.
    if (!(error instanceof RangeError)) throw error;
    return {
      ok: false,
      issues: [
        {
          code: 'invalid_shape',
          path: '$',
          message: `The definition nests too deeply to check (${error.message}).`,
        },
      ],
    };
  }
}

/** As parseProcedure, for definitions that ship with the app: a bad one is a bug. */
export function parseProcedureOrThrow(
  json: unknown,
  options: ParseProcedureOptions = {},
): ProcedureDefinition {
  const result = parseProcedure(json, options);
  if (!result.ok) throw new ProcedureDefinitionError(result.issues);
  return result.procedure;
}
