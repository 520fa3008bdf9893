// The request the outbox sends for a draft: pruned answers (hidden fields never leave the
// phone) and the draft's own idempotency key.

import { toIsoDateTime } from '@govmini/vn/calendar';
import { pruneAnswers } from '../definition/flow';
import type { ProcedureDefinition } from '../definition/types';
import type { SubmitRequest } from '../service/types';
import { idempotencyKeyFor } from './idempotency';
import type { Draft } from './types';

/**
 * Throws a TypeError (a journey bug, not the citizen's) when the draft is of another procedure
 * or version (migrate it first) or has no result delivery while the procedure offers several.
 */
export function createSubmitRequest(
  draft: Draft,
  procedure: ProcedureDefinition,
  options: { readonly declaredAt?: string; readonly now?: () => number } = {},
): SubmitRequest {
  if (draft.procedureId !== procedure.id || draft.procedureVersion !== procedure.version) {
    throw new TypeError(
      `createSubmitRequest: draft ${draft.id} is for ${draft.procedureId} v${draft.procedureVersion}, ` +
        `not ${procedure.id} v${procedure.version}; migrate it first (DraftStore.migrate)`,
    );
  }
  const only = procedure.resultDelivery.length === 1 ? procedure.resultDelivery[0] : undefined;
  const resultDelivery = draft.resultDelivery ?? only;
  if (!resultDelivery) {
    throw new TypeError(
      `createSubmitRequest: draft ${draft.id} has no resultDelivery; procedure ${procedure.id} ` +
        `offers ${procedure.resultDelivery.join(', ')}`,
    );
  }
  return {
    procedureId: procedure.id,
    procedureVersion: procedure.version,
    answers: pruneAnswers(procedure, draft.answers),
    ...(draft.onBehalf ? { onBehalf: draft.onBehalf } : {}),
    resultDelivery,
    idempotencyKey: idempotencyKeyFor(draft.id),
    declaredAt: options.declaredAt ?? toIsoDateTime((options.now ?? Date.now)()),
  };
}
