// @vitest-environment node
import { createManualClock, createSimulatedPlatform } from '@govmini/platform/testing';
import { describeAuthServiceConformance } from './conformance';
import { simulatorBackedAuthService } from './memory-service';

describeAuthServiceConformance('memory service backed by the simulator', async (setup) => {
  const clock = createManualClock(Date.parse('2026-11-29T02:00:00Z'));
  const platform = createSimulatedPlatform({ clock });
  const service = simulatorBackedAuthService(platform, {
    clock,
    sessionTtlMs: setup.sessionTtlMs,
  });
  return {
    service,
    validZaloToken: await platform.identity.getAccessToken(),
    issuePhoneToken: async () => (await platform.identity.getPhoneNumberToken()).token,
    advanceTime: (ms) => clock.advance(ms),
    dispose: async () => platform.dispose(),
  };
});
