// A dossier as rows (dossiers, dossier_events, ratings) and as the contract's Dossier, and the
// one way its status changes: a conditional UPDATE on the status it was read with, plus the
// history event, in one transaction. Two officers (or an officer and the citizen) acting at
// once cannot both move it; the loser is told `not_allowed`, as if it had read the new status.
import {
  type Dossier,
  type DossierStatusCode,
  dossierError,
  type ProcedureDefinition,
} from '@govmini/dossier/core';
import type { Selectable, Transaction, UpdateQueryBuilder, UpdateResult } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DossiersTable, Tables } from '../../db/schema.ts';
import { toVietnamIso } from '../time.ts';
import type { ProcedureCatalogue } from './procedures.ts';

export type DossierRow = Selectable<DossiersTable>;
type DossierUpdate = UpdateQueryBuilder<Tables, 'dossiers', 'dossiers', UpdateResult>;

export interface StoredDossier {
  readonly row: DossierRow;
  readonly procedure: ProcedureDefinition;
  readonly dossier: Dossier;
}

const CANCELLABLE: ReadonlySet<number> = new Set([1, 2, 4, 5, 6]);
export const cancellableIn = (procedure: ProcedureDefinition, status: number) =>
  procedure.cancellable !== false && CANCELLABLE.has(status);

const json = <T>(text: string | null): T | undefined =>
  text === null ? undefined : (JSON.parse(text) as T);

export async function loadDossier(
  db: Database | Transaction<Tables>,
  catalogue: ProcedureCatalogue,
  code: string,
): Promise<StoredDossier | undefined> {
  const row = await db
    .selectFrom('dossiers')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row) return undefined;
  const [events, rating, procedure] = await Promise.all([
    db
      .selectFrom('dossier_events')
      .select(['status', 'at', 'note', 'by'])
      .where('dossier_code', '=', code)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('ratings')
      .select(['level', 'comment', 'rated_at'])
      .where('subject_kind', '=', 'dossier')
      .where('subject_id', '=', code)
      .executeTakeFirst(),
    catalogue.version(row.procedure_id, row.procedure_version),
  ]);
  const supplementRequest = json<Dossier['supplementRequest']>(row.supplement_request);
  const result = json<Dossier['result']>(row.result);
  const onBehalf = json<Dossier['onBehalf']>(row.on_behalf);
  const dossier: Dossier = {
    code: row.code,
    procedureId: row.procedure_id,
    procedureTitle: procedure.title,
    status: row.status as DossierStatusCode,
    submittedAt: row.submitted_at,
    ...(row.due_date === null ? {} : { dueDate: row.due_date }),
    procedureVersion: row.procedure_version,
    answers: JSON.parse(row.answers),
    ...(onBehalf ? { onBehalf } : {}),
    resultDelivery: row.result_delivery as Dossier['resultDelivery'],
    history: events.map((e) => ({
      status: e.status as DossierStatusCode,
      at: e.at,
      by: e.by,
      ...(e.note === null ? {} : { note: e.note }),
    })),
    ...(supplementRequest ? { supplementRequest } : {}),
    ...(result ? { result } : {}),
    ...(rating
      ? {
          rating: {
            level: rating.level as 'satisfied',
            ...(rating.comment === null ? {} : { comment: rating.comment }),
            ratedAt: rating.rated_at,
          },
        }
      : {}),
    ...(row.fee_amount === null ? {} : { feeAmount: row.fee_amount }),
    ...(row.payment === null ? {} : { payment: JSON.parse(row.payment) }),
    cancellable: row.cancellable !== 0,
    ...(row.completed_at === null ? {} : { completedAt: row.completed_at }),
  };
  return { row, procedure, dossier };
}

export interface StatusChange {
  readonly status: DossierStatusCode;
  readonly at: number;
  readonly note?: string | undefined;
  /** The citizen acted (else the agency, named as the citizen reads it). */
  readonly citizen?: boolean;
  /** The staff account behind an officer's change. */
  readonly actor?: string | undefined;
  /** Columns changed with the status. */
  readonly patch?: Partial<
    Pick<
      DossierRow,
      | 'due_date'
      | 'completed_at'
      | 'answers'
      | 'supplement_request'
      | 'result'
      | 'fee_amount'
      | 'payment'
      | 'payment_status'
      | 'payment_actor'
    >
  >;
}

/**
 * Moves a dossier from the status it was read with. Returns false when someone else moved it
 * first (nothing written); the caller re-reads and decides.
 */
export async function changeStatus(
  tx: Transaction<Tables>,
  stored: StoredDossier,
  change: StatusChange,
): Promise<boolean> {
  const { row, procedure } = stored;
  let update = tx
    .updateTable('dossiers')
    .set({
      ...change.patch,
      status: change.status,
      cancellable: cancellableIn(procedure, change.status) ? 1 : 0,
      updated_ms: change.at,
    })
    .where('code', '=', row.code)
    .where('status', '=', row.status)
    .where('updated_ms', '=', row.updated_ms);
  // A payment written with the move was worked out from the one read: it must still be there.
  if (change.patch && 'payment' in change.patch) update = samePayment(update, row.payment);
  const updated = await update.executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return false;
  await tx
    .insertInto('dossier_events')
    .values({
      dossier_code: row.code,
      status: change.status,
      at: toVietnamIso(change.at),
      at_ms: change.at,
      note: change.note ?? null,
      by: change.citizen ? 'citizen' : procedure.agency.name.vi,
      actor: change.actor ?? null,
    })
    .execute();
  return true;
}

/** Releases a dossier's slot bookings (withdrawal, or an appointment changed in a supplement). */
export async function releaseBookings(
  tx: Transaction<Tables>,
  code: string,
  fieldIds?: readonly string[],
): Promise<void> {
  let query = tx.selectFrom('dossier_bookings').selectAll().where('dossier_code', '=', code);
  if (fieldIds) {
    if (fieldIds.length === 0) return;
    query = query.where('field_id', 'in', [...fieldIds]);
  }
  for (const booking of await query.execute()) {
    await tx
      .updateTable('slot_bookings')
      .set((eb) => ({ booked: eb('booked', '-', 1) }))
      .where('procedure_id', '=', booking.procedure_id)
      .where('field_id', '=', booking.field_id)
      .where('slot_id', '=', booking.slot_id)
      .where('booked', '>', 0)
      .execute();
    await tx
      .deleteFrom('dossier_bookings')
      .where('dossier_code', '=', code)
      .where('field_id', '=', booking.field_id)
      .execute();
  }
}

/** Takes a place in a slot, if one is left; false when it is full. */
export async function bookSlot(
  tx: Transaction<Tables>,
  booking: { code: string; procedureId: string; fieldId: string; slotId: string },
  capacity: number,
): Promise<boolean> {
  const key = {
    procedure_id: booking.procedureId,
    field_id: booking.fieldId,
    slot_id: booking.slotId,
  };
  await tx
    .insertInto('slot_bookings')
    .values({ ...key, booked: 0 })
    .onConflict((oc) => oc.columns(['procedure_id', 'field_id', 'slot_id']).doNothing())
    .execute();
  // Atomic on both databases: the row lock (PostgreSQL) or the single writer (SQLite) means
  // two citizens cannot both take the last place.
  const taken = await tx
    .updateTable('slot_bookings')
    .set((eb) => ({ booked: eb('booked', '+', 1) }))
    .where('procedure_id', '=', key.procedure_id)
    .where('field_id', '=', key.field_id)
    .where('slot_id', '=', key.slot_id)
    .where('booked', '<', capacity)
    .executeTakeFirst();
  if (Number(taken.numUpdatedRows) === 0) return false;
  await tx
    .insertInto('dossier_bookings')
    .values({
      dossier_code: booking.code,
      field_id: booking.fieldId,
      procedure_id: booking.procedureId,
      slot_id: booking.slotId,
    })
    .execute();
  return true;
}

export const notAllowed = () => dossierError('not_allowed');

/** Narrows an update to the row whose payment is still `payment` (text equality, or null). */
export function samePayment(query: DossierUpdate, payment: string | null): DossierUpdate {
  return payment === null
    ? query.where('payment', 'is', null)
    : query.where('payment', '=', payment);
}
