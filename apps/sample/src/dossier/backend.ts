// The province's dossier backend, simulated in the browser: @govmini/dossier's memory service
// publishing the three example procedures, with its agency simulator moving each dossier on
// real time, in office hours, as a one-stop desk would (accepted within 2 working hours, then
// processed and completed within the procedure's time). The detail page's developer panel
// (agency-panel.tsx) lets an officer act at once instead of waiting.
//
// Memory only: filed dossiers are gone after a reload (drafts and the outbox are not: they live
// in platform storage, on the phone). apps/server replaces this (issue 9/10): swap it for
// `createHttpDossierService({ baseUrl })` from '@govmini/dossier'.
import type { DossierService } from '@govmini/dossier';
import { exampleProcedures } from '@govmini/dossier/examples';
import { createMemoryDossierService, type MemoryDossierService } from '@govmini/dossier/testing';
import { sessions } from '../platform';

export const simulatedBackend: MemoryDossierService = createMemoryDossierService({
  procedures: exampleProcedures,
  // The session tokens @govmini/auth's AuthProvider sends are the auth backend's.
  resolveSession: (token) => sessions.citizenOf(token),
});

/** What every dossier screen talks to. */
export const dossierService: DossierService = simulatedBackend;
