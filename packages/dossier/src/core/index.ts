// @govmini/dossier/core — everything without React: procedure definitions (parse, evaluate,
// validate), the backend contract and its HTTP client, drafts, the outbox and attachments.
// The same validation runs on the phone and on a province's server.
export * from './client';
// ── Writing and checking definitions (servers, build steps, tests; not in the main entry) ──
export { isProcedureDefinitionError, ProcedureDefinitionError } from './definition/errors';
export { procedureJsonSchema } from './definition/json-schema';
export type { ParseProcedureOptions } from './definition/parse';
export { parseProcedure, parseProcedureOrThrow } from './definition/parse';
export { procedureSchema } from './definition/schema';
