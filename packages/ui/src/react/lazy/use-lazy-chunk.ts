// A lazily fetched chunk (core/lazy) for a component that needs it now: drawn in the first render
// when it has already arrived (preloaded), fetched on mount otherwise, and fetched again on
// `retry` after a failure. No Suspense and no error boundary: an error thrown by the code that
// arrived is the app's to catch, never mistaken for a failed fetch.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LazyChunk } from '../../core/lazy';

export interface LazyChunkState<M> {
  /** The chunk once it has arrived. */
  readonly module: M | undefined;
  /** A fetch failed (offline, or the app was updated and the chunk is gone); stays true while retrying. */
  readonly failed: boolean;
  /** A fetch is on its way (the first one, or a retry after a failure). */
  readonly loading: boolean;
  /** Fetches again after a failure. */
  readonly retry: () => void;
}

export interface LazyChunkOptions {
  /**
   * Called when the chunk arrives while this component waits for it, just before it is drawn
   * (what stood in its place is still on screen: the moment to see whether it holds focus).
   */
  readonly onArrive?: (() => void) | undefined;
}

export function useLazyChunk<M>(
  chunk: LazyChunk<M>,
  options: LazyChunkOptions = {},
): LazyChunkState<M> {
  const [, arrived] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const [failedAttempt, setFailedAttempt] = useState(-1);
  const onArrive = useRef(options.onArrive);
  onArrive.current = options.onArrive;
  const module = chunk.loaded();
  const missing = module === undefined;
  useEffect(() => {
    if (!missing) return;
    let live = true;
    chunk.load().then(
      () => {
        if (!live) return;
        onArrive.current?.();
        arrived((n) => n + 1);
      },
      () => live && setFailedAttempt(attempt),
    );
    return () => {
      live = false;
    };
  }, [chunk, missing, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return {
    module,
    failed: missing && failedAttempt >= 0,
    loading: missing && failedAttempt !== attempt,
    retry,
  };
}
