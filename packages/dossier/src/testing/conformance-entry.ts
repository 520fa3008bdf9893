// @govmini/dossier/conformance — for test runners only (imports vitest): the conformance suite
// every DossierService implementation (HTTP client, apps/server, a province's own) must pass.
// Kept apart from @govmini/dossier/testing so that browser bundles which use the memory service
// never pull vitest in. The fixtures it files with (CONFORMANCE_PROCEDURE, submission, …) are
// browser-safe and stay in @govmini/dossier/testing.

export type {
  Case,
  DossierCapabilities,
  DossierConformanceOptions,
  DossierConformanceSetup,
  DossierConformanceSubject,
  MakeSubject,
} from './conformance';
export {
  ALL_DOSSIER_CAPABILITIES,
  CONFORMANCE_SETUP,
  describeDossierServiceConformance,
  expectDossierError,
} from './conformance';
