// @govmini/dossier — public-service dossiers from a procedure definition to a tracked result.
// Everything without React is also at `@govmini/dossier/core` (for servers and tools); example
// procedures at `/examples`; the Hono routes at `/server`; the memory backend and the
// conformance suite at `/testing`.
export * from './core/index';
export * from './react/index';
