// A tiny typed event emitter for the platform's own events (we never use zmp-sdk's
// `events.addListener`, which recurses forever: research §1.8).
import type { Unsubscribe } from './types';

export interface Emitter<Events extends Record<string, unknown>> {
  on<K extends keyof Events>(event: K, listener: (payload: Events[K]) => void): Unsubscribe;
  /**
   * Calls the listeners subscribed when `emit` starts, in subscription order; one removed
   * meanwhile is skipped, one added meanwhile waits for the next emit. A listener that throws
   * does not stop the others: its error is rethrown in a microtask, like the DOM's
   * `reportError`, so it reaches `window.onerror` and error monitoring (and fails the test
   * that caused it) instead of vanishing in a console.
   */
  emit<K extends keyof Events>(event: K, payload: Events[K]): void;
  /** Removes every listener of every event. */
  clear(): void;
  listenerCount(event: keyof Events): number;
}

interface Entry {
  readonly fn: (payload: never) => void;
  active: boolean;
}

/** `Events` maps event names to payloads; declare it with `type`, not `interface`. */
export function createEmitter<Events extends Record<string, unknown>>(): Emitter<Events> {
  // Copy-on-write lists: an emit iterates the list as it was when it started.
  let lists = new Map<keyof Events, readonly Entry[]>();

  return {
    on(event, listener) {
      const entry: Entry = { fn: listener, active: true };
      lists.set(event, [...(lists.get(event) ?? []), entry]);
      return () => {
        if (!entry.active) return;
        entry.active = false;
        const rest = (lists.get(event) ?? []).filter((other) => other !== entry);
        if (rest.length) lists.set(event, rest);
        else lists.delete(event);
      };
    },
    emit(event, payload) {
      for (const entry of lists.get(event) ?? []) {
        if (!entry.active) continue;
        try {
          (entry.fn as (payload: Events[typeof event]) => void)(payload);
        } catch (error) {
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    },
    clear() {
      for (const list of lists.values()) for (const entry of list) entry.active = false;
      lists = new Map();
    },
    listenerCount: (event) => lists.get(event)?.length ?? 0,
  };
}
