// Type test: the real `zmp-sdk/apis` module must be assignable to ZmpSdkLike, so the adapter's
// default loader type-checks and our structural copy cannot drift from the SDK's d.ts.
import type { ZmpSdkLike } from './zmp-sdk-like';

export const _check: () => Promise<ZmpSdkLike> = () => import('zmp-sdk/apis');
