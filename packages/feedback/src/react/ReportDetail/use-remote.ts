// Loading one thing from the backend for a screen: loading → ready | error, a retry, and a way
// to put in the newer copy an action returned. A late answer for an older request (the id
// changed, the citizen retried) is dropped, never shown over a newer one.
import { useCallback, useEffect, useRef, useState } from 'react';
import { FeedbackError } from '../../core/types';
import { useFeedback } from '../FeedbackProvider/context';

export type Remote<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: unknown }
  | { readonly state: 'ready'; readonly data: T };

export interface UseRemoteResult<T> {
  readonly remote: Remote<T>;
  readonly retry: () => void;
  /** Replace the data (with what an action returned). */
  readonly set: (data: T) => void;
}

/** Runs `load` whenever `key` changes or on retry. */
export function useRemote<T>(load: () => Promise<T>, key: string): UseRemoteResult<T> {
  const [remote, setRemote] = useState<Remote<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` and `attempt` say when to load again
  useEffect(() => {
    const id = ++latest.current;
    setRemote({ state: 'loading' });
    loadRef.current().then(
      (data) => id === latest.current && setRemote({ state: 'ready', data }),
      (error: unknown) => id === latest.current && setRemote({ state: 'error', error }),
    );
    return () => {
      latest.current++;
    };
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const set = useCallback((data: T) => setRemote({ state: 'ready', data }), []);
  return { remote, retry, set };
}

/** The session token for an action, or an `unauthenticated` FeedbackError. */
export function useSessionToken(component: string): () => Promise<string> {
  const { getSessionToken } = useFeedback(component);
  return useCallback(async () => {
    const token = await getSessionToken();
    if (!token) throw new FeedbackError('unauthenticated', `${component}: no session token`);
    return token;
  }, [getSessionToken, component]);
}

/** Like useRemote, with the session token (signed out is an `unauthenticated` error). */
export function useSignedInRemote<T>(
  component: string,
  load: (token: string) => Promise<T>,
  key: string,
): UseRemoteResult<T> {
  const token = useSessionToken(component);
  const loadRef = useRef(load);
  loadRef.current = load;
  return useRemote(async () => loadRef.current(await token()), key);
}
