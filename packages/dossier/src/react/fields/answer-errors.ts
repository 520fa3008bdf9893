// The check's messages, for the boxes that show them. react-hook-form calls every subscriber on
// every value change and each filters by name itself, so 100 boxes each subscribed would cost
// 100 calls per keystroke (measured: half of what a keystroke costs above a plain input). The
// page subscribes once instead, to errors only, and tells the boxes under the changed path.
import { createContext } from 'react';
import type { FieldValues, UseFormSubscribe } from 'react-hook-form';

export interface AnswerErrors {
  /** Calls `notify` when the errors at `name` may have changed; returns the unsubscribe. */
  listen(name: string, notify: () => void): () => void;
}

/** One subscription for a form's errors, made while anything listens. */
export function createAnswerErrors(subscribe: UseFormSubscribe<FieldValues>): AnswerErrors {
  const listeners = new Set<{ readonly name: string; readonly notify: () => void }>();
  let stop: (() => void) | undefined;
  // As react-hook-form's `exact` subscriptions: no name is every field; a name is that answer
  // and everything inside it (a group item's fields when the group changes).
  const tell = (changed: string | undefined) => {
    for (const listener of [...listeners]) {
      const { name } = listener;
      if (changed === undefined || name === changed || name.startsWith(`${changed}.`)) {
        listener.notify();
      }
    }
  };
  return {
    listen(name, notify) {
      const listener = { name, notify };
      listeners.add(listener);
      stop ??= subscribe({ formState: { errors: true }, callback: ({ name }) => tell(name) });
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stop?.();
          stop = undefined;
        }
      };
    },
  };
}

/** Set by QuestionPage; without it (a host's own form) each box subscribes for itself. */
export const AnswerErrorsContext = /* @__PURE__ */ createContext<AnswerErrors | null>(null);
