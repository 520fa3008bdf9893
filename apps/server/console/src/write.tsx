// What the forms that change something (a status, a payment, a report) share: one write at a
// time with the server's refusal in words, the notice of what it did (focused, so a screen
// reader reads it), a sub-form named by its heading, and the reason field with its check.
import { Heading, Notice, TextArea } from '@govmini/ui';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { cleanText, type StaffIssue, textIssue } from '../../src/staff/transition-input.ts';
import { STAFF_LIMITS } from '../../src/staff/transitions.ts';
import { asApiError } from './api.ts';
import { commonMessages, errorKey } from './common.messages.ts';
import { useMessages } from './i18n.ts';

/**
 * `run(what, send)`: marks `what` busy (its button spins), clears the last failure and sends.
 * Gives the answer, or undefined when refused: issues the form can show go to `onIssues` (true
 * when it showed them), anything else becomes `failure`, in the officer's words.
 */
export function useWrite<W>() {
  const common = useMessages(commonMessages);
  const [busy, setBusy] = useState<W>();
  const [failure, setFailure] = useState<string>();
  const run = async <T,>(
    what: W,
    send: () => Promise<T>,
    onIssues: (issues: readonly StaffIssue[]) => boolean,
  ): Promise<T | undefined> => {
    setFailure(undefined);
    setBusy(what);
    try {
      return await send();
    } catch (error) {
      const apiError = asApiError(error);
      if (apiError.issues.length === 0 || !onIssues(apiError.issues)) {
        setFailure(common(errorKey(apiError.code)));
      }
      return undefined;
    } finally {
      setBusy(undefined);
    }
  };
  return { busy, failure, run, clearFailure: () => setFailure(undefined) };
}

/** The last write's outcome: what it did (`say(done)`, focused on each new `done`) or `failure`. */
export function Outcome<D>({
  done,
  say,
  failure,
}: {
  done: D | undefined;
  say: (done: D) => string;
  failure: string | undefined;
}) {
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done !== undefined) doneRef.current?.focus();
  }, [done]);
  return (
    <>
      {done !== undefined && (
        <Notice variant="success" headingLevel={false} ref={doneRef} tabIndex={-1}>
          {say(done)}
        </Notice>
      )}
      {failure && (
        <Notice variant="error" headingLevel={false} announce>
          {failure}
        </Notice>
      )}
    </>
  );
}

/** A form inside a section; with `title`, named by its <h3> (`titleId`). Checks itself. */
export function SubForm({
  onSubmit,
  title,
  titleId,
  children,
}: {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  title?: string;
  titleId?: string;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="staff-subform"
      aria-labelledby={title ? titleId : undefined}
    >
      {title && (
        <Heading level={3} id={titleId}>
          {title}
        </Heading>
      )}
      {children}
    </form>
  );
}

/** The submitted `reason` (cleaned) and, when it will not do, the server's own issue with it. */
export function readReason(event: FormEvent<HTMLFormElement>) {
  event.preventDefault();
  const reason = cleanText(new FormData(event.currentTarget).get('reason'));
  return { reason, issue: textIssue('reason', reason, STAFF_LIMITS.reason, true) };
}

/** The reason a citizen will read (a refusal, a payment not received). */
export function ReasonField({
  id,
  label,
  hint,
  error,
}: {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
}) {
  return (
    <TextArea
      id={id}
      name="reason"
      label={label}
      hint={hint}
      rows={3}
      maxLength={STAFF_LIMITS.reason}
      error={error}
    />
  );
}
