// Which Platform to use: the real Zalo bridge only where zmp-sdk itself would use it, the
// simulator everywhere else (localhost, LAN IPs, staging domains, Storybook, tests), because
// outside Zalo the SDK answers nearly every call with -2000 (research §1.1).

import { createZaloPlatform, type ZaloPlatformOptions } from '../zalo/create-zalo-platform';
import { type HostLocation, isZaloHost } from './host';
import type { Clock } from './scheduler';
import { createSimulatedPlatform, type SimulatorOptions } from './simulator';
import type { Platform, PlatformKind } from './types';

export { type HostLocation, isZaloHost };

export interface DetectOptions {
  /** Skip detection (e.g. `simulated` to try the simulator on h5.zdn.vn). */
  force?: PlatformKind;
  /** Defaults to `globalThis.location`; without one (Node), the answer is `simulated`. */
  location?: HostLocation;
}

export interface CreatePlatformOptions extends DetectOptions {
  /** Passed to `createZaloPlatform` inside Zalo (with `location`, unless it sets its own). */
  zalo?: ZaloPlatformOptions;
  /** Passed to `createSimulatedPlatform` outside Zalo. */
  simulator?: SimulatorOptions & { clock?: Clock };
}

export function detectPlatform(options: DetectOptions = {}): { readonly kind: PlatformKind } {
  if (options.force) return { kind: options.force };
  const location = options.location ?? (globalThis as { location?: HostLocation }).location;
  return { kind: location && isZaloHost(location) ? 'zalo' : 'simulated' };
}

/** The Zalo platform inside Zalo, the simulator anywhere else. */
export function createPlatform(options: CreatePlatformOptions = {}): Platform {
  return detectPlatform(options).kind === 'zalo'
    ? createZaloPlatform({
        ...(options.location && { location: options.location }),
        ...options.zalo,
      })
    : createSimulatedPlatform(options.simulator);
}
