// The pattern PhoneNumberRequest and LocationRequest share: ask Zalo at the point of need,
// explain why first (Zalo calls `explain` only when it is about to show its own prompt), and
// when the citizen refuses or Zalo fails, fall back to typing the value in.
import type { ExplainPermission } from '@govmini/platform';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuthError } from '../../core/types';

export type PointOfNeedStage<T> =
  | { readonly kind: 'working' }
  | { readonly kind: 'explaining' }
  | { readonly kind: 'fallback'; readonly why: 'refused' | 'failed' }
  | { readonly kind: 'done'; readonly value: T; readonly typed: boolean };

export function usePointOfNeed<T>(
  request: (options: { explain: ExplainPermission }) => Promise<T>,
  onValue: ((value: T) => void) | undefined,
  autoStart: boolean,
  /** Whether asking can start: only a signed-in citizen's token can be exchanged. */
  enabled: boolean,
) {
  const [stage, setStage] = useState<PointOfNeedStage<T>>(
    autoStart ? { kind: 'working' } : { kind: 'explaining' },
  );
  const answer = useRef<((go: boolean) => void) | undefined>(undefined);
  const live = useRef(true);
  const latest = useRef({ request, onValue });
  latest.current = { request, onValue };

  /** `explained`: the citizen already read why and pressed "Tiếp tục"; not asked twice. */
  const start = useCallback((explained = false) => {
    setStage({ kind: 'working' });
    const explain: ExplainPermission = () =>
      explained ||
      new Promise<boolean>((resolve) => {
        answer.current = resolve;
        if (live.current) setStage({ kind: 'explaining' });
      });
    latest.current.request({ explain }).then(
      (value) => {
        if (!live.current) return;
        setStage({ kind: 'done', value, typed: false });
        latest.current.onValue?.(value);
      },
      (error: AuthError) => {
        if (!live.current) return;
        setStage({ kind: 'fallback', why: error?.code === 'zalo_refused' ? 'refused' : 'failed' });
      },
    );
  }, []);

  // Once per mount; the ref survives StrictMode's second effect run, so Zalo is asked once.
  const started = useRef(false);
  useEffect(() => {
    live.current = true;
    if (autoStart && enabled && !started.current) {
      started.current = true;
      start();
    }
    return () => {
      live.current = false;
    };
  }, [autoStart, enabled, start]);
  // Leaving the screen while the explanation shows is a "no" (the platform call then settles).
  // Checked a moment later: StrictMode's rehearsal unmount remounts at once (live is true again)
  // and must not answer "no" to an explanation the platform has just asked for.
  useEffect(
    () => () => {
      queueMicrotask(() => {
        if (!live.current) answer.current?.(false);
      });
    },
    [],
  );

  const decide = useCallback(
    (go: boolean) => {
      const resolve = answer.current;
      answer.current = undefined;
      if (resolve) {
        if (go) setStage({ kind: 'working' });
        resolve(go);
      } else if (go) {
        start(true);
      } else {
        setStage({ kind: 'fallback', why: 'refused' });
      }
    },
    [start],
  );

  const finishTyped = useCallback((value: T) => setStage({ kind: 'done', value, typed: true }), []);
  return { stage, start, decide, finishTyped };
}
