// Test support for the outbox tests: a backend that files one result per idempotency key and
// fails as told, a network that can be switched, and an app that can be booted again over the
// same storage (a restart).
import { createManualClock } from '../core/manual-clock';
import { createMemoryBackend, createPlatformStorage } from '../core/storage';
import type { NetworkState, StorageApi } from '../core/types';
import { createOutbox } from './outbox';
import type { OutboxOptions } from './types';

export interface Req {
  readonly text: string;
}
export interface Res {
  readonly code: string;
  readonly text: string;
}

/** A failure `send` throws; `retryable` decides between pending and failed. */
export class SendError extends Error {
  constructor(
    readonly code: string,
    readonly retryable: boolean,
  ) {
    super(code);
  }
}

/** `hold`: the answer waits for `release()` (a slow network). */
export type Step = 'hang' | 'hold' | 'lose-answer' | SendError;

export function fakeBackend(now: () => number) {
  const byKey = new Map<string, Res>();
  const calls: { key: string; at: number; storedState?: string | undefined }[] = [];
  const plan: Step[] = [];
  let peek: (() => Promise<string | undefined>) | undefined;
  let held: (() => void)[] = [];
  const send = async (request: Req, key: string): Promise<Res> => {
    const storedState = peek ? await peek() : undefined;
    calls.push({ key, at: now(), ...(storedState ? { storedState } : {}) });
    const step = plan.shift();
    if (step === 'hang') return new Promise<never>(() => {});
    if (step instanceof SendError) throw step;
    if (step === 'hold') await new Promise<void>((resolve) => held.push(resolve));
    const result = byKey.get(key) ?? { code: `R-${byKey.size + 1}`, text: request.text };
    byKey.set(key, result);
    if (step === 'lose-answer') throw new SendError('timeout', true);
    return result;
  };
  return {
    send,
    calls,
    plan,
    byKey,
    release() {
      for (const resolve of held) resolve();
      held = [];
    },
    peekWith: (fn: () => Promise<string | undefined>) => {
      peek = fn;
    },
  };
}

export function network(online = true) {
  let state: NetworkState = { online, type: online ? 'wifi' : 'none' };
  const listeners = new Set<(s: NetworkState) => void>();
  return {
    getNetwork: () => state,
    onNetworkChange(listener: (s: NetworkState) => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    set(next: boolean) {
      state = { online: next, type: next ? 'wifi' : 'none' };
      for (const listener of listeners) listener(state);
    },
  };
}

export const NAMESPACE = 'test:outbox:';

export function world(options: { online?: boolean; quotaBytes?: number } = {}) {
  const backend = createMemoryBackend({ quotaBytes: options.quotaBytes ?? 1_000_000 });
  const clock = createManualClock(1_760_000_000_000);
  const remote = fakeBackend(clock.now);
  const net = network(options.online ?? true);
  const storage = (): StorageApi => createPlatformStorage(backend, { appId: 't', clock });
  /** `create`: another copy of `createOutbox`, e.g. one imported afresh (a new JS realm). */
  const boot = (over: Partial<OutboxOptions<Req, Res>> = {}, create = createOutbox) => {
    const store = over.storage ?? storage();
    const outbox = create<Req, Res>({
      storage: store,
      namespace: NAMESPACE,
      send: (request, entry) => remote.send(request, entry.id),
      isRetryable: (error) => error instanceof SendError && error.retryable,
      system: net,
      now: clock.now,
      timers: clock,
      backoff: { random: () => 0.5 }, // jitter fixed: delay = 0.75 × the nominal one
      ...over,
    });
    return { storage: store, outbox };
  };
  return { backend, clock, remote, net, boot, storage };
}
