// Draws a lazily fetched part in its place: what is coming while it is fetched, why it is not
// there and a "Thử lại" when the fetch failed, then the part. The placeholder and the failure
// are the caller's (their words are its own); this keeps the behaviour the same everywhere.
import { type ReactNode, useLayoutEffect, useRef } from 'react';
import type { LazyChunk } from '../../core/lazy';
import { useLazyChunk } from './use-lazy-chunk';

export interface LazyViewProps<M> {
  readonly chunk: LazyChunk<M>;
  /** Draws the part once it has arrived. */
  readonly children: (module: M) => ReactNode;
  /** Shown while the chunk is fetched: what is coming (its label), never an empty gap. */
  readonly loading: ReactNode;
  /**
   * Shown once a fetch failed: why, and a "Thử lại" that calls `retry`. It stays while the next
   * fetch is on its way (`retrying`: mark the button busy), so focus does not vanish with it.
   */
  readonly failed: (retry: () => void, retrying: boolean) => ReactNode;
  /**
   * Moves focus into the part when it replaced a placeholder (or "Thử lại") that held focus,
   * which would otherwise fall back to the page's start: e.g. to the question's heading.
   */
  readonly refocus?: (() => void) | undefined;
}

export function LazyView<M>({ chunk, children, loading, failed, refocus }: LazyViewProps<M>) {
  // What had focus when the chunk arrived, while the placeholder was still there.
  const focused = useRef<Element | null>(null);
  const state = useLazyChunk(chunk, {
    onArrive: refocus && (() => (focused.current = document.activeElement)),
  });
  const { module } = state;
  // Runs once the part is in the DOM: if the element that had focus went with the placeholder,
  // focus goes where the caller says instead of being lost.
  useLayoutEffect(() => {
    const before = focused.current;
    focused.current = null;
    if (module !== undefined && before && !before.isConnected) refocus?.();
  }, [module, refocus]);
  if (module !== undefined) return children(module);
  return state.failed ? failed(state.retry, state.loading) : loading;
}
