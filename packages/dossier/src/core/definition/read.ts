// Reading a definition that a backend has already checked with parseProcedure: the shape only
// (the same zod schema, so whatever passes renders without a crash), every string in NFC. The
// phone does not repeat the semantic checks (unique ids, references, cycles…) nor carry their
// explanations: they are for people writing definitions, and the run-time code tolerates a
// definition that fails them (expressions never throw, pruning stops after a bounded number of
// rounds). parse.ts builds the full check on top of this.

import { procedureSchema } from './schema';
import type { ProcedureDefinition } from './types';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every string NFC: definitions written on macOS or pasted from Word arrive decomposed. */
export function nfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(nfc) as T;
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k.normalize('NFC'), nfc(v)]),
    ) as T;
  }
  return value;
}

/**
 * A published definition, typed, if its shape is right; `undefined` if not (or if it nests too
 * deeply to check). For what comes from a backend; definitions being written go through
 * parseProcedure (`@govmini/dossier/core`), which says what is wrong and where.
 */
export function readProcedure(json: unknown): ProcedureDefinition | undefined {
  try {
    const result = procedureSchema.safeParse(json);
    return result.success ? (nfc(result.data) as ProcedureDefinition) : undefined;
  } catch (error) {
    // Only absurdly deep JSON exhausts the stack.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
