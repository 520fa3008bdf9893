// Filing a dossier, exactly once per (citizen, idempotency key) on any number of instances.
// The checks are the package's own (checkSubmission: validateAnswers strictly, the citizen's
// own uploads, real free slots, the request's own parts); the guarantee is the database's:
// the UNIQUE (owner, idempotency_key) constraint. Racing retries all run the checks; one
// insert wins, the others roll back (their code number and slot places with them) and answer
// the winner's dossier, or `conflict` if their answers differ.
import {
  type AppointmentAnswer,
  computeFee,
  type Dossier,
  dossierError,
  type FileAnswer,
  openPayment,
  type PaymentAccount,
  type ProcedureDefinition,
  type SubmitRequest,
} from '@govmini/dossier/core';
import { canonicalJson, checkSubmission } from '@govmini/dossier/server';
import { formatDossierCode } from '@govmini/vn';
import type { Database } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/database.ts';
import { nextDailyNumber } from '../counters.ts';
import { isoDate, parseIsoDateTime, toVietnamIso, vietnamDay } from '../time.ts';
import { paymentColumns } from './payments.ts';
import type { ProcedureCatalogue } from './procedures.ts';
import { bookSlot, cancellableIn, loadDossier } from './records.ts';
import { slotById } from './slots.ts';

export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,200}$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every `{ id }` inside file answers (top level and in groups), to load them in one query. */
export function fileIdsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) fileIdsIn(item, out);
  else if (isObject(value)) {
    if (typeof value.id === 'string' && typeof value.size === 'number') out.add(value.id);
    else for (const v of Object.values(value)) fileIdsIn(v, out);
  }
  return out;
}

export interface CheckContextInput {
  readonly db: Database;
  readonly catalogue: ProcedureCatalogue;
  readonly now: () => number;
}

/** What checkSubmission/checkAnswers ask synchronously, loaded up front. */
export async function loadCheckContext(
  input: CheckContextInput,
  owner: string,
  procedure: ProcedureDefinition,
  answers: unknown,
) {
  const ids = [...fileIdsIn(answers)].slice(0, 200);
  const files = new Map<string, FileAnswer>();
  if (ids.length > 0) {
    const rows = await input.db
      .selectFrom('attachments')
      .select(['id', 'name', 'type', 'size'])
      .where('owner', '=', owner)
      .where('kind', '=', 'dossier')
      .where('id', 'in', ids)
      .execute();
    for (const r of rows) files.set(r.id, { id: r.id, name: r.name, type: r.type, size: r.size });
  }
  const booked = new Map<string, ReadonlyMap<string, number>>();
  if (isObject(answers)) {
    for (const page of procedure.pages) {
      for (const field of page.fields) {
        const value = answers[field.id];
        if (field.type !== 'appointment' || !isObject(value)) continue;
        const slotId = typeof value.slotId === 'string' ? value.slotId : '';
        booked.set(field.id, await input.catalogue.booked(procedure.id, field.id, [slotId]));
      }
    }
  }
  const at = input.now();
  return {
    today: isoDate(vietnamDay(at)),
    attachment: (id: string) => files.get(id),
    slotAvailable: (fieldId: string, answer: AppointmentAnswer) => {
      const slot = slotById(answer.slotId);
      return (
        !!slot &&
        parseIsoDateTime(answer.start) === slot.start &&
        parseIsoDateTime(answer.end) === slot.end &&
        slot.start > at &&
        (booked.get(fieldId)?.get(slot.id) ?? 0) < input.catalogue.capacity
      );
    },
  };
}

/** The appointment answers of a procedure's top-level fields. */
export function appointmentsIn(procedure: ProcedureDefinition, answers: Record<string, unknown>) {
  const found: { fieldId: string; slotId: string }[] = [];
  for (const page of procedure.pages) {
    for (const field of page.fields) {
      const value = answers[field.id];
      if (field.type === 'appointment' && isObject(value) && typeof value.slotId === 'string') {
        found.push({ fieldId: field.id, slotId: value.slotId });
      }
    }
  }
  return found;
}

export function createSubmit(
  input: CheckContextInput & { paymentAccount: () => Promise<PaymentAccount | undefined> },
) {
  const { db, catalogue, now } = input;

  const existing = async (owner: string, key: string, fingerprint: string) => {
    const row = await db
      .selectFrom('dossiers')
      .select(['code', 'fingerprint'])
      .where('owner', '=', owner)
      .where('idempotency_key', '=', key)
      .executeTakeFirst();
    if (!row) return undefined;
    if (row.fingerprint !== fingerprint) throw dossierError('conflict');
    const stored = await loadDossier(db, catalogue, row.code);
    if (!stored) throw dossierError('server');
    return stored.dossier;
  };

  return async function submit(owner: string, request: SubmitRequest): Promise<Dossier> {
    const { idempotencyKey } = request;
    if (typeof idempotencyKey !== 'string' || !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw dossierError('unknown', { status: 400 });
    }
    const fingerprint = canonicalJson({
      procedureId: request.procedureId,
      procedureVersion: request.procedureVersion,
      answers: request.answers,
      onBehalf: request.onBehalf,
      resultDelivery: request.resultDelivery,
    });
    const first = await existing(owner, idempotencyKey, fingerprint);
    if (first) return first;

    const procedure = await catalogue.definition(request.procedureId);
    if (request.procedureVersion !== procedure.version) throw dossierError('procedure_changed');
    const context = await loadCheckContext(input, owner, procedure, request.answers);
    const checked = checkSubmission(procedure, request, context);
    if (!checked.ok) throw dossierError('invalid_answers', { issues: checked.issues });

    const at = now();
    const onBehalf = request.onBehalf
      ? {
          relationship: String(request.onBehalf.relationship),
          filer: {
            name: String(request.onBehalf.filer.name),
            ...(typeof request.onBehalf.filer.cccd === 'string'
              ? { cccd: request.onBehalf.filer.cccd }
              : {}),
            ...(typeof request.onBehalf.filer.phone === 'string'
              ? { phone: request.onBehalf.filer.phone }
              : {}),
          },
        }
      : undefined;
    const fee = computeFee(procedure, checked.answers);
    // A known fee is due from filing; an assessed one waits for the officer (status 6).
    const fallbackAccount = fee !== undefined && fee > 0 ? await input.paymentAccount() : undefined;
    const submittedAt = toVietnamIso(at);
    const unit = procedure.agency.unitCode;
    const fileIds = [...fileIdsIn(checked.answers)];
    try {
      const { code, payment } = await db.transaction().execute(async (tx) => {
        const receivedOn = vietnamDay(at);
        const sequence = await nextDailyNumber(tx, unit, at);
        if (sequence > 9999) throw dossierError('server');
        const code = formatDossierCode({ unit, receivedOn, sequence });
        const payment = openPayment(procedure, code, fee, fallbackAccount);
        await tx
          .insertInto('dossiers')
          .values({
            code,
            owner,
            idempotency_key: idempotencyKey,
            fingerprint,
            procedure_id: procedure.id,
            procedure_version: procedure.version,
            status: 1,
            submitted_at: submittedAt,
            submitted_ms: at,
            due_date: null,
            completed_at: null,
            answers: JSON.stringify(checked.answers),
            on_behalf: onBehalf ? JSON.stringify(onBehalf) : null,
            result_delivery: request.resultDelivery,
            supplement_request: null,
            result: null,
            fee_amount: fee ?? null,
            cancellable: cancellableIn(procedure, 1) ? 1 : 0,
            updated_ms: at,
            ...paymentColumns(payment, null),
          })
          .execute();
        await tx
          .insertInto('dossier_events')
          .values({
            dossier_code: code,
            status: 1,
            at: submittedAt,
            at_ms: at,
            note: null,
            by: 'citizen',
            actor: null,
          })
          .execute();
        for (const { fieldId, slotId } of appointmentsIn(procedure, checked.answers)) {
          const ok = await bookSlot(
            tx,
            { code, procedureId: procedure.id, fieldId, slotId },
            catalogue.capacity,
          );
          // Taken by someone else between the check and now: the same answer as a full slot.
          if (!ok) {
            throw dossierError('invalid_answers', {
              issues: [{ path: fieldId, code: 'invalid_slot' }],
            });
          }
        }
        if (fileIds.length > 0) {
          await tx
            .updateTable('attachments')
            .set({ used_by: code })
            .where('owner', '=', owner)
            .where('id', 'in', fileIds)
            .execute();
        }
        return { code, payment };
      });
      return {
        code,
        procedureId: procedure.id,
        procedureTitle: procedure.title,
        status: 1,
        submittedAt,
        procedureVersion: procedure.version,
        answers: checked.answers,
        ...(onBehalf ? { onBehalf } : {}),
        resultDelivery: request.resultDelivery,
        history: [{ status: 1, at: submittedAt, by: 'citizen' }],
        ...(fee === undefined ? {} : { feeAmount: fee }),
        ...(payment ? { payment } : {}),
        cancellable: cancellableIn(procedure, 1),
      };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // A racing retry filed it first: answer that dossier (or conflict).
      const winner = await existing(owner, idempotencyKey, fingerprint);
      if (winner) return winner;
      throw error;
    }
  };
}
