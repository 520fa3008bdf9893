// @govmini/platform/testing — for tests and Storybook: the simulated platform with its
// controls, and the conformance suite every Platform implementation must pass.

export type { ManualClock } from '../core/manual-clock';
export { createManualClock } from '../core/manual-clock';
export type {
  ExchangedValue,
  SavedImage,
  SimulatedApi,
  SimulatedCall,
  SimulatedPermission,
  SimulatedPlatform,
  SimulatorControls,
  SimulatorOptions,
} from '../core/simulator';
export { createSimulatedPlatform } from '../core/simulator';
export type { ConformanceSetup } from './conformance';
export { describePlatformConformance } from './conformance';

// ---- Zalo adapter: a fake zmp-sdk for its tests (added by the Zalo-adapter engineer) ----
export type {
  FakeExchangeResult,
  FakePromptAnswer,
  FakeZmpApi,
  FakeZmpCall,
  FakeZmpControls,
  FakeZmpEvents,
  FakeZmpSdk,
  FakeZmpSdkConfig,
} from './fake-zmp-sdk';
export { createFakeZmpSdk, FAKE_EVENT_NAMES } from './fake-zmp-sdk';
// ---- end of the Zalo adapter block ----
