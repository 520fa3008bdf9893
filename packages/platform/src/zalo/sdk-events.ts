// zmp-sdk events, subscribed the only way that works in 2.51.6:
// - `events.addListener` overrides itself with a self-call and recurses until RangeError, so we
//   use `events.on`/`events.off` only (research §1.8);
// - `events.on(name, fn)` stores a wrapper `(eventId, data) => fn(data)`, not `fn`, so
//   `events.off(name, fn)` removes nothing (not in the research; read in apis/common/
//   eventEmitter.js and checked against the real module). We find the wrapper `on` added by
//   comparing `listeners(name)` before and after, and remove exactly that.
// The hub keeps ONE SDK listener per event while anything listens, and fans it out.
import { createEmitter } from '../core/emitter';
import type { Unsubscribe } from '../core/types';
import type { ZmpEventListener, ZmpEventsLike, ZmpSdkLike } from './zmp-sdk-like';

export type SdkEventKey = 'AppPaused' | 'AppResumed' | 'AppClose' | 'NetworkChanged';

/** Adds `handler` with `events.on` and returns what removes exactly that registration. */
export function addSdkListener(
  events: ZmpEventsLike,
  name: string,
  handler: (data: unknown) => void,
): Unsubscribe {
  const before = new Set<ZmpEventListener>(events.listeners(name));
  events.on(name, handler);
  // The SDK's wrapper; a plain EventEmitter stores `handler` itself.
  const added = events.listeners(name).find((fn) => !before.has(fn)) ?? handler;
  let active = true;
  return () => {
    if (!active) return;
    active = false;
    events.off(name, added);
  };
}

export interface SdkEventHub {
  /** Our listener; the SDK listener for `key` is added with the first and removed with the last. */
  on(key: SdkEventKey, listener: (data: unknown) => void): Unsubscribe;
  /** Called once zmp-sdk has loaded: attaches the SDK listeners that are already wanted. */
  connect(sdk: ZmpSdkLike): void;
  /** Removes every SDK listener; later `on` calls are no-ops. */
  dispose(): void;
}

export function createSdkEventHub(): SdkEventHub {
  const emitter = createEmitter<Record<SdkEventKey, unknown>>();
  const attached = new Map<SdkEventKey, Unsubscribe>();
  let sdk: ZmpSdkLike | undefined;
  let disposed = false;

  const attach = (key: SdkEventKey) => {
    if (!sdk || disposed || attached.has(key)) return;
    attached.set(
      key,
      addSdkListener(sdk.events, sdk.EventName[key], (data) => emitter.emit(key, data)),
    );
  };
  const detach = (key: SdkEventKey) => {
    attached.get(key)?.();
    attached.delete(key);
  };

  return {
    on(key, listener) {
      if (disposed) return () => {};
      const off = emitter.on(key, listener);
      attach(key);
      return () => {
        off();
        if (emitter.listenerCount(key) === 0) detach(key);
      };
    },
    connect(loaded) {
      if (sdk || disposed) return;
      sdk = loaded;
      for (const key of ['AppPaused', 'AppResumed', 'AppClose', 'NetworkChanged'] as const) {
        if (emitter.listenerCount(key) > 0) attach(key);
      }
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const key of [...attached.keys()]) detach(key);
      emitter.clear();
    },
  };
}
