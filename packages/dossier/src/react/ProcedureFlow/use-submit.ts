// "Gửi hồ sơ" through the outbox: stored on the phone first, then sent; offline it waits and
// goes by itself. One draft is one dossier (the idempotency key comes from the draft id), and a
// second tap while sending does nothing.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerIssue } from '../../core/definition/api';
import { pruneAnswers } from '../../core/definition/flow';
import type {
  Answers,
  OnBehalf,
  ProcedureDefinition,
  ResultDelivery,
} from '../../core/definition/types';
import { validateAnswers } from '../../core/definition/validate';
import { idempotencyKeyFor } from '../../core/drafts/idempotency';
import type { OutboxItem } from '../../core/drafts/types';
import { type Dossier, DossierError } from '../../core/service/types';
import type { SubmitFailure } from '../Declaration/Declaration';
import { useDossier } from '../DossierProvider/context';

export interface SubmitInput {
  readonly draftId: string;
  readonly answers: Answers;
  readonly onBehalf: OnBehalf | undefined;
  readonly resultDelivery: ResultDelivery;
  readonly declaredAt: string;
}

export interface SubmitHandlers {
  /** Sent: the dossier. */
  onSent: (dossier: Dossier, item: OutboxItem) => void;
  /** Stored, waiting for the network (or a session). */
  onQueued: (item: OutboxItem) => void;
  /** The backend refused some answers: show them on their pages. */
  onInvalid: (issues: readonly AnswerIssue[]) => void;
}

const failureOf = (code: string | undefined): SubmitFailure =>
  code === 'unauthenticated' ||
  code === 'procedure_changed' ||
  code === 'invalid_answers' ||
  code === 'conflict'
    ? code
    : 'other';

export function useSubmit(procedure: ProcedureDefinition, handlers: SubmitHandlers) {
  const { outbox, drafts } = useDossier('ProcedureFlow');
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<SubmitFailure | undefined>();
  const busy = useRef(false);
  const latest = useRef(handlers);
  latest.current = handlers;

  const submit = useCallback(
    async ({ draftId, answers, onBehalf, resultDelivery, declaredAt }: SubmitInput) => {
      if (busy.current) return; // a double tap: one request, one dossier
      busy.current = true;
      setSubmitting(true);
      setFailure(undefined);
      try {
        await drafts.flush();
        const item = await outbox.enqueue(draftId, {
          procedureId: procedure.id,
          procedureVersion: procedure.version,
          answers: pruneAnswers(procedure, answers),
          ...(onBehalf && { onBehalf }),
          resultDelivery,
          idempotencyKey: idempotencyKeyFor(draftId),
          declaredAt,
        });
        if (item.state === 'sent' && item.dossier) return latest.current.onSent(item.dossier, item);
        if (item.state !== 'failed') {
          // An expired session waits too, but the citizen must act: say so on this page.
          if (item.lastError === 'unauthenticated') setFailure('unauthenticated');
          else latest.current.onQueued(item);
          return;
        }
        const error = await outbox.whenSent(draftId).then(
          () => undefined,
          (e: unknown) => e,
        );
        const issues =
          error instanceof DossierError && error.issues.length
            ? error.issues
            : validateAnswers(procedure, answers);
        if (item.lastError === 'invalid_answers' && issues.length) latest.current.onInvalid(issues);
        else setFailure(failureOf(item.lastError));
      } catch {
        setFailure('other');
      } finally {
        busy.current = false;
        setSubmitting(false);
      }
    },
    [drafts, outbox, procedure],
  );

  return { submit, submitting, failure } as const;
}

/** While a dossier waits in the outbox: the dossier once it is sent. */
export function useWhenSent(
  draftId: string | undefined,
  waiting: boolean,
  onSent: (dossier: Dossier) => void,
) {
  const { outbox } = useDossier('ProcedureFlow');
  const latest = useRef(onSent);
  latest.current = onSent;
  useEffect(() => {
    if (!draftId || !waiting) return;
    let live = true;
    outbox.whenSent(draftId).then(
      (dossier) => live && latest.current(dossier),
      () => undefined, // failed for good: the item's state says so on the next render
    );
    return () => {
      live = false;
    };
  }, [outbox, draftId, waiting]);
}
