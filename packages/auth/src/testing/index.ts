// @govmini/auth/testing — for tests, Storybook and the sample app: an AuthService in memory
// (optionally backed by the simulated platform's fake Zalo). Browser-safe: nothing here imports
// vitest or node:*, so apps can ship it; the conformance suite and the fake Zalo Graph (Node) are
// in @govmini/auth/conformance.

export type {
  MemoryAuthService,
  MemoryAuthServiceOptions,
  VerifiedZaloUser,
} from './memory-service';
export { createMemoryAuthService, simulatorBackedAuthService } from './memory-service';
