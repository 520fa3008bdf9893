// The Zalo adapter over the fake zmp-sdk must pass the same conformance suite as the simulator.
// The setup's plain-data world becomes the fake's configuration; the fake plays a page on Zalo's
// own host (h5.zdn.vn/zapps/…), so -2000 means `unknown` there, as inside Zalo.
import type { LifecycleEvent, PermissionScope } from '../core/types';
import { createZaloPlatform } from '../zalo/create-zalo-platform';
import type { ZaloSettingScope } from '../zalo/zmp-sdk-like';
import { describePlatformConformance } from './conformance';
import { createFakeZmpSdk, FAKE_EVENT_NAMES, type FakeZmpSdkConfig } from './fake-zmp-sdk';

const ZALO_SCOPE: Record<PermissionScope, ZaloSettingScope> = {
  userInfo: 'scope.userInfo',
  phoneNumber: 'scope.userPhonenumber',
  location: 'scope.userLocation',
  camera: 'scope.camera',
  microphone: 'scope.micro',
};
const EVENT: Record<LifecycleEvent, string> = {
  hidden: FAKE_EVENT_NAMES.AppPaused,
  shown: FAKE_EVENT_NAMES.AppResumed,
  closing: FAKE_EVENT_NAMES.AppClose,
};

describePlatformConformance('zalo adapter over the fake zmp-sdk', async (setup) => {
  const permissions: NonNullable<FakeZmpSdkConfig['permissions']> = {};
  const answers: NonNullable<FakeZmpSdkConfig['answers']> = {};
  for (const [scope, state] of Object.entries(setup.permissions)) {
    const zalo = ZALO_SCOPE[scope as PermissionScope];
    if (state === 'granted' || state === 'denied') permissions[zalo] = state === 'granted';
    else
      answers[zalo] =
        state === 'prompt-grant' ? 'allow' : state === 'prompt-deny' ? 'deny' : 'dismiss';
  }
  const fake = createFakeZmpSdk({
    appId: setup.appId,
    user: { ...setup.user },
    permissions,
    answers,
    online: setup.online,
    nfc: { supported: setup.nfcSupported },
    failures: { ...setup.failures },
    neverAnswers: [...setup.neverAnswers],
    storageQuotaBytes: setup.storageQuotaBytes,
  });
  const platform = createZaloPlatform({
    appId: setup.appId,
    timeoutMs: setup.timeoutMs,
    promptTimeoutMs: setup.timeoutMs,
    nfcTimeoutMs: setup.timeoutMs,
    loadSdk: async () => fake,
    location: { hostname: 'h5.zdn.vn', pathname: `/zapps/${setup.appId}/`, search: '' },
  });
  setup.promptCount = fake.controls.promptCount;
  setup.fire = (event) => fake.controls.emit(EVENT[event]);
  setup.setOnline = (online) => fake.controls.setNetwork({ online });
  setup.gallery = async () => fake.controls.gallery.map((picture) => picture.bytes);
  // zmp-sdk loads asynchronously; let it load and report the connection before the test looks.
  platform.system.getNetwork();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return platform;
});
