// What a citizen does with filed dossiers: list and read their own, look one up by code without
// signing in (status only), answer a supplement request, withdraw, rate. The rules are those
// of @govmini/dossier's memory service, read line by line: someone else's dossier is
// `not_found` exactly like a code that does not exist, a supplement or a withdrawal retried
// after a lost answer is the same one, a rating is once.
import {
  type Answers,
  checkAnswers,
  type Dossier,
  type DossierSummary,
  dossierError,
  dueDateFor,
  type PaymentStatus,
  type PublicDossierStatus,
  type Rating,
  type RatingLevel,
} from '@govmini/dossier/core';
import { canonicalJson } from '@govmini/dossier/server';
import { parseDossierCode } from '@govmini/vn';
import type { Database } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/database.ts';
import { isoDate, toVietnamIso, vietnamDay } from '../time.ts';
import type { ProcedureCatalogue } from './procedures.ts';
import {
  bookSlot,
  changeStatus,
  loadDossier,
  releaseBookings,
  type StoredDossier,
} from './records.ts';
import { appointmentsIn, fileIdsIn, IDEMPOTENCY_KEY, loadCheckContext } from './submit.ts';

const LEVELS: readonly RatingLevel[] = ['very_satisfied', 'satisfied', 'unsatisfied'];
export const MAX_NOTE = 2000;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const invalid = (path: string, code: string, params?: Record<string, number>) =>
  dossierError('invalid_answers', {
    issues: [{ path, code: code as 'required', ...(params ? { params } : {}) }],
  });

/** A citizen's note, reason or comment: trimmed, required when asked, at most 2,000 characters. */
export function citizenText(value: unknown, path: string, required: boolean): string | undefined {
  if (value !== undefined && typeof value !== 'string')
    throw dossierError('unknown', { status: 400 });
  const trimmed = (value ?? '').normalize('NFC').trim();
  if (required && !trimmed) throw invalid(path, 'required');
  if (trimmed.length > MAX_NOTE) throw invalid(path, 'too_long', { max: MAX_NOTE });
  return trimmed || undefined;
}

export function createCitizenDossiers(input: {
  db: Database;
  catalogue: ProcedureCatalogue;
  now: () => number;
}) {
  const { db, catalogue, now } = input;

  const normalise = (code: unknown): string | undefined => {
    const parsed = parseDossierCode(code);
    return parsed.ok ? parsed.value.code : undefined;
  };
  const own = async (owner: string, code: unknown): Promise<StoredDossier> => {
    const normal = normalise(code);
    const stored = normal ? await loadDossier(db, catalogue, normal) : undefined;
    if (!stored || stored.row.owner !== owner) throw dossierError('not_found');
    return stored;
  };
  const reload = async (code: string) => {
    const stored = await loadDossier(db, catalogue, code);
    if (!stored) throw dossierError('not_found');
    return stored.dossier;
  };

  return {
    own,

    async listMine(owner: string): Promise<DossierSummary[]> {
      const rows = await db
        .selectFrom('dossiers')
        .select([
          'code',
          'procedure_id',
          'procedure_version',
          'status',
          'submitted_at',
          'due_date',
          'payment_status',
        ])
        .where('owner', '=', owner)
        .orderBy('submitted_at', 'desc')
        .orderBy('code', 'desc')
        .limit(500)
        .execute();
      const out: DossierSummary[] = [];
      for (const row of rows) {
        const procedure = await catalogue.version(row.procedure_id, row.procedure_version);
        out.push({
          code: row.code,
          procedureId: row.procedure_id,
          procedureTitle: procedure.title,
          status: row.status as DossierSummary['status'],
          submittedAt: row.submitted_at,
          ...(row.due_date === null ? {} : { dueDate: row.due_date }),
          ...(row.payment_status === null
            ? {}
            : { paymentStatus: row.payment_status as PaymentStatus }),
        });
      }
      return out;
    },

    get: async (owner: string, code: string) => (await own(owner, code)).dossier,

    async lookup(code: string): Promise<PublicDossierStatus> {
      const normal = normalise(code);
      const row = normal
        ? await db
            .selectFrom('dossiers')
            .select([
              'code',
              'procedure_id',
              'procedure_version',
              'status',
              'submitted_at',
              'due_date',
              'completed_at',
            ])
            .where('code', '=', normal)
            .executeTakeFirst()
        : undefined;
      if (!row) throw dossierError('not_found');
      const procedure = await catalogue.version(row.procedure_id, row.procedure_version);
      return {
        code: row.code,
        procedureTitle: procedure.title,
        status: row.status as PublicDossierStatus['status'],
        submittedAt: row.submitted_at,
        ...(row.due_date === null ? {} : { dueDate: row.due_date }),
        ...(row.completed_at === null ? {} : { completedAt: row.completed_at }),
      };
    },

    async supplement(
      owner: string,
      code: string,
      reply: { note?: string; answers?: Answers; idempotencyKey: string },
    ): Promise<Dossier> {
      const stored = await own(owner, code);
      if (
        !isObject(reply) ||
        typeof reply.idempotencyKey !== 'string' ||
        !IDEMPOTENCY_KEY.test(reply.idempotencyKey)
      ) {
        throw dossierError('unknown', { status: 400 });
      }
      const fingerprint = canonicalJson({ note: reply.note, answers: reply.answers });
      const seenFingerprint = async () =>
        (
          await db
            .selectFrom('dossier_supplements')
            .select('fingerprint')
            .where('dossier_code', '=', stored.row.code)
            .where('idempotency_key', '=', reply.idempotencyKey)
            .executeTakeFirst()
        )?.fingerprint;
      const seen = await seenFingerprint();
      if (seen !== undefined) {
        if (seen !== fingerprint) throw dossierError('conflict');
        return stored.dossier;
      }
      if (stored.row.status !== 5) throw dossierError('not_allowed');
      if (reply.answers !== undefined && !isObject(reply.answers)) {
        throw dossierError('unknown', { status: 400 });
      }
      const changes =
        reply.answers && Object.keys(reply.answers).length > 0 ? reply.answers : undefined;
      const note = citizenText(reply.note, 'note', !changes);
      const before = stored.dossier.answers;
      const merged = changes ? { ...before, ...changes } : before;
      const context = await loadCheckContext(input, owner, stored.procedure, merged);
      const checked = checkAnswers(stored.procedure, merged, context, before);
      if (!checked.ok) throw dossierError('invalid_answers', { issues: checked.issues });

      const at = now();
      const request = stored.dossier.supplementRequest;
      try {
        await db.transaction().execute(async (tx) => {
          await tx
            .insertInto('dossier_supplements')
            .values({
              dossier_code: stored.row.code,
              idempotency_key: reply.idempotencyKey,
              fingerprint,
              at_ms: at,
            })
            .execute();
          // Appointments changed in the reply: the old place is freed, the new one taken.
          const was = new Map(
            appointmentsIn(stored.procedure, before).map((a) => [a.fieldId, a.slotId]),
          );
          const now = appointmentsIn(stored.procedure, checked.answers);
          const changed = now.filter((a) => was.get(a.fieldId) !== a.slotId);
          const dropped = [...was.keys()].filter(
            (f) => !now.some((a) => a.fieldId === f) || changed.some((a) => a.fieldId === f),
          );
          await releaseBookings(tx, stored.row.code, dropped);
          for (const { fieldId, slotId } of changed) {
            const ok = await bookSlot(
              tx,
              { code: stored.row.code, procedureId: stored.procedure.id, fieldId, slotId },
              catalogue.capacity,
            );
            if (!ok) throw invalid(fieldId, 'invalid_slot');
          }
          const fileIds = [...fileIdsIn(checked.answers)];
          if (fileIds.length > 0) {
            await tx
              .updateTable('attachments')
              .set({ used_by: stored.row.code })
              .where('owner', '=', owner)
              .where('id', 'in', fileIds)
              .execute();
          }
          const ok = await changeStatus(tx, stored, {
            status: 4,
            at,
            note,
            citizen: true,
            patch: {
              answers: JSON.stringify(checked.answers),
              // Processing resumes: the time limit restarts from today.
              due_date: dueDateFor(isoDate(vietnamDay(at)), stored.procedure.processingDays),
              ...(request
                ? {
                    supplement_request: JSON.stringify({
                      ...request,
                      answeredAt: toVietnamIso(at),
                    }),
                  }
                : {}),
            },
          });
          // Moved by an officer meanwhile: nothing of this reply is kept.
          if (!ok) throw dossierError('not_allowed');
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // The same reply raced itself: the first one counts.
        const first = await seenFingerprint();
        if (first !== fingerprint) throw dossierError('conflict');
      }
      return reload(stored.row.code);
    },

    async cancel(owner: string, code: string, reason: string): Promise<Dossier> {
      const stored = await own(owner, code);
      // Withdrawing twice (a retry whose first answer was lost) is the same withdrawal.
      if (stored.row.status === 7) return stored.dossier;
      if (!stored.dossier.cancellable) throw dossierError('not_allowed');
      const note = citizenText(reason, 'reason', true);
      const moved = await db.transaction().execute(async (tx) => {
        const ok = await changeStatus(tx, stored, { status: 7, at: now(), note, citizen: true });
        if (ok) await releaseBookings(tx, stored.row.code);
        return ok;
      });
      if (!moved) {
        const again = await own(owner, code);
        if (again.row.status === 7) return again.dossier;
        throw dossierError('not_allowed');
      }
      return reload(stored.row.code);
    },

    async rate(owner: string, code: string, rating: Omit<Rating, 'ratedAt'>): Promise<Dossier> {
      const stored = await own(owner, code);
      if (stored.row.status !== 9 && stored.row.status !== 10) throw dossierError('not_allowed');
      if (!isObject(rating)) throw dossierError('unknown', { status: 400 });
      const sameAsKept = (kept: Rating) => {
        const again =
          typeof rating.comment === 'string' ? rating.comment.trim() || undefined : undefined;
        return kept.level === rating.level && kept.comment === again;
      };
      const kept = stored.dossier.rating;
      if (kept) {
        // Once only; the same rating again (a lost answer, retried) is not a second one.
        if (sameAsKept(kept)) return stored.dossier;
        throw dossierError('not_allowed');
      }
      if (!LEVELS.includes(rating.level)) throw invalid('level', 'invalid_option');
      const comment = citizenText(rating.comment, 'comment', rating.level === 'unsatisfied');
      const at = now();
      try {
        await db
          .insertInto('ratings')
          .values({
            subject_kind: 'dossier',
            subject_id: stored.row.code,
            citizen: owner,
            level: rating.level,
            comment: comment ?? null,
            rated_at: toVietnamIso(at),
            rated_ms: at,
          })
          .execute();
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const again = await own(owner, code);
        if (again.dossier.rating && sameAsKept(again.dossier.rating)) return again.dossier;
        throw dossierError('not_allowed');
      }
      return reload(stored.row.code);
    },
  };
}

export type CitizenDossiers = ReturnType<typeof createCitizenDossiers>;
