// @govmini/dossier — public-service dossiers from a procedure definition to a tracked result.
// Everything without React is also at `@govmini/dossier/core`, which adds the tools for writing
// and checking definitions (parseProcedure, procedureSchema, procedureJsonSchema) that servers
// and build steps use and a phone does not download; example procedures at `/examples`; the
// Hono routes at `/server`; the memory backend and the conformance suite at `/testing`.
export * from './core/client';
export * from './react/index';
