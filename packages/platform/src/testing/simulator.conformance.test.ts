import { createSimulatedPlatform } from '../core/simulator';
import { describePlatformConformance } from './conformance';

describePlatformConformance('simulator', (setup) => {
  const platform = createSimulatedPlatform({
    appId: setup.appId,
    user: { ...setup.user },
    permissions: { ...setup.permissions },
    online: setup.online,
    nfcSupported: setup.nfcSupported,
    failures: { ...setup.failures },
    // Never answering = answering long after the timeout.
    latencyMs: Object.fromEntries(setup.neverAnswers.map((api) => [api, setup.timeoutMs * 100])),
    timeoutMs: setup.timeoutMs,
    storage: { quotaBytes: setup.storageQuotaBytes },
    // jsdom cannot download; simulator.browser.test.ts checks the download in Chromium.
    downloadSavedImages: false,
  });
  setup.promptCount = () => platform.controls.history.filter((call) => call.prompted).length;
  setup.fire = platform.controls.fire;
  setup.setOnline = (online) => platform.controls.update({ online });
  setup.gallery = () =>
    Promise.all(
      platform.controls.savedImages.map(async (s) => new Uint8Array(await s.image.arrayBuffer())),
    );
  return platform;
});
