// @govmini/auth/conformance — for test runners only (imports vitest; the fake Zalo Graph listens
// with node:http): the conformance suite every AuthService implementation must pass, and a fake
// Zalo Graph for server-side tests. Kept apart from @govmini/auth/testing so that browser bundles
// which use the memory service never pull vitest in.

export type {
  AuthConformanceSetup,
  AuthConformanceSubject,
} from './conformance';
export { describeAuthServiceConformance } from './conformance';
export type {
  FakeZaloFault,
  FakeZaloGraph,
  FakeZaloGraphOptions,
  FakeZaloUser,
} from './fake-zalo-graph';
export { startFakeZaloGraph, ZALO_CODE_TTL_MS } from './fake-zalo-graph';
