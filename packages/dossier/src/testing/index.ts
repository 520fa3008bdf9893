// @govmini/dossier/testing — a complete in-memory backend with an agency that moves dossiers
// through the 10 statuses on a controllable clock, and the fixtures the conformance suite files
// with. Browser-safe: nothing here imports vitest or node:*, so the sample app can ship it. The
// suite itself (Vitest) is in @govmini/dossier/conformance.

// Office hours moved to @govmini/vn/calendar; re-exported so this entry's API is unchanged.
export { addWorkingHours, OFFICE_HOURS } from '@govmini/vn/calendar';
export {
  blobOf,
  CONFORMANCE_PROCEDURE,
  fileBytes,
  submission,
  VALID_ANSWERS,
} from './conformance-fixture';
export type { StoredAttachment } from './memory-attachments';
export type {
  MemoryDossierControls,
  MemoryDossierService,
  MemoryDossierServiceOptions,
  MemoryDossierSnapshot,
  MemoryFault,
} from './memory-service';
export { createMemoryDossierService } from './memory-service';
export type { DossierOfficerActions } from './officer';
export { generateSlots, slotById } from './slots';
