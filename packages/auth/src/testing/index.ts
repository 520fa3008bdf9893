// @govmini/auth/testing — for tests, Storybook and the sample app: an AuthService in memory
// (optionally backed by the simulated platform's fake Zalo), and the conformance suite every
// AuthService implementation must pass.

export type {
  AuthConformanceSetup,
  AuthConformanceSubject,
} from './conformance';
export { describeAuthServiceConformance } from './conformance';
export type {
  MemoryAuthService,
  MemoryAuthServiceOptions,
  VerifiedZaloUser,
} from './memory-service';
export { createMemoryAuthService, simulatorBackedAuthService } from './memory-service';

// ---- Server-side test helpers (added by the server engineer) ----

export type {
  FakeZaloFault,
  FakeZaloGraph,
  FakeZaloGraphOptions,
  FakeZaloUser,
} from './fake-zalo-graph';
export { startFakeZaloGraph, ZALO_CODE_TTL_MS } from './fake-zalo-graph';
// ---- end of the server-side test helpers block ----
