// The sample app runs on GovMini's simulated platform (no Zalo account needed). Its storage
// persists in localStorage so drafts survive a reload, as they would in Zalo.
import { createSimulatedPlatform } from '@govmini/platform';

export const simulator = createSimulatedPlatform({
  appId: 'tinh-mau',
  user: { id: 'sample-citizen-1', name: 'Nguyễn Thị Mẫu' },
  storage: { persist: 'localStorage' },
  // Real tab hide/show and online/offline events drive the simulator, as Zalo's would.
  browserEvents: true,
});
