// @govmini/auth/testing — for tests, Storybook and the sample app: an AuthService in memory
// (optionally backed by the simulated platform's fake Zalo). Browser-safe: nothing here imports
// vitest or node:*, so apps can ship it; the conformance suite and the fake Zalo Graph (Node) are
// in @govmini/auth/conformance.

// Where the controller keeps the session and the consents in the platform's storage, for tests
// that look at (or seed) the phone's copy. Moved here from the main entry: an app never needs them.
export { CONSENTS_KEY, SESSION_KEY } from '../core/controller';

export type {
  MemoryAuthService,
  MemoryAuthServiceOptions,
  VerifiedZaloUser,
} from './memory-service';
export { createMemoryAuthService, simulatorBackedAuthService } from './memory-service';
