// The procedures this app offers, as data: JSON definitions (the format is documented in
// @govmini/dossier's README; editors can check a file against
// node_modules/@govmini/dossier/schema/procedure.schema.json). They are checked by
// dossier.test.ts with parseProcedure from @govmini/dossier/core — in the tests and CI, not on
// every phone, which would download the whole checker for nothing.
// To add a procedure: write its JSON beside this one and add it to the list.
import type { ProcedureDefinition } from '@govmini/dossier';
import exampleProcedure from './procedures/{{procedureId}}.json';

const definition = (json: unknown) => json as ProcedureDefinition;

export const procedures: readonly ProcedureDefinition[] = [definition(exampleProcedure)];
