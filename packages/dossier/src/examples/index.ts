// Example procedures of the fictional Tỉnh Mẫu: realistic definitions to start from, to show in
// stories and to test against. Each passes parseProcedure (examples.test.ts).
import type { ProcedureDefinition } from '../core/definition/types';
import { birthRegistration } from './birth-registration';
import { judicialRecord } from './judicial-record';
import { vehicleInspection } from './vehicle-inspection';

export { birthRegistration } from './birth-registration';
export { judicialRecord } from './judicial-record';
export { ETHNICITY_OPTIONS, SEX_OPTIONS, TINH_MAU } from './shared';
export { vehicleInspection } from './vehicle-inspection';

/** Every example, in the order a catalogue would list them. */
export const exampleProcedures: readonly ProcedureDefinition[] = [
  birthRegistration,
  judicialRecord,
  vehicleInspection,
];
