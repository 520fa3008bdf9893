// What a citizen does with filed dossiers in the memory service: list and read their own,
// look one up by code without signing in (status only), answer a supplement request,
// withdraw, rate. Someone else's dossier is `not_found`, exactly like a code that does not
// exist, so codes cannot be probed.

import { parseDossierCode } from '@govmini/vn';
import { toIsoDate, toIsoDateTime, vietnamDay } from '@govmini/vn/calendar';
import { computeFee } from '../core/definition/flow';
import type {
  Answers,
  AppointmentAnswer,
  PaymentAccount,
  ProcedureDefinition,
} from '../core/definition/types';
import { openPayment } from '../core/payment/payment';
import { dossierError, invalidAnswers } from '../core/service/errors';
import {
  canonicalJson,
  checkAnswers,
  fieldsById,
  type SubmissionContext,
} from '../core/service/submission';
import {
  DOSSIER_STATUS,
  type Dossier,
  type DossierSummary,
  type PublicDossierStatus,
  type Rating,
  type RatingLevel,
  type SubmitRequest,
} from '../core/service/types';
import { wire } from '../core/service/wire';
import { type Agency, cancellableIn, type DossierRecord } from './memory-agency';
import type { AttachmentStore } from './memory-attachments';
import type { ProcedureCatalogue } from './memory-procedures';

const LEVELS: readonly RatingLevel[] = ['very_satisfied', 'satisfied', 'unsatisfied'];
const MAX_NOTE = 2000;
const KEY = /^[\x21-\x7e]{8,200}$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const summaryOf = (d: Dossier): DossierSummary => ({
  code: d.code,
  procedureId: d.procedureId,
  procedureTitle: d.procedureTitle,
  status: d.status,
  submittedAt: d.submittedAt,
  ...(d.dueDate ? { dueDate: d.dueDate } : {}),
  ...(d.payment ? { paymentStatus: d.payment.status } : {}),
});

export function createCitizenActions(options: {
  agency: Agency;
  procedures: ProcedureCatalogue;
  attachments: AttachmentStore;
  now: () => number;
  communeExists?: (provinceCode: string, communeCode: string) => boolean;
  /** Where fees are transferred when the procedure names no account. */
  paymentAccount?: PaymentAccount | undefined;
}) {
  const { agency, procedures, attachments, now } = options;

  const context = (owner: string, procedure: ProcedureDefinition): SubmissionContext => ({
    today: toIsoDate(vietnamDay(now())),
    attachment: (id) => attachments.get(owner, id),
    slotAvailable: (fieldId, answer) => procedures.slotAvailable(procedure.id, fieldId, answer),
    ...(options.communeExists ? { communeExists: options.communeExists } : {}),
  });

  const find = (code: unknown): DossierRecord | undefined => {
    const parsed = parseDossierCode(code);
    return parsed.ok ? agency.records.get(parsed.value.code) : undefined;
  };
  const own = (owner: string, code: unknown): DossierRecord => {
    const record = find(code);
    if (!record || record.owner !== owner) throw dossierError('not_found');
    return record;
  };

  /** Books the appointment answers that are new, frees those given up. */
  const rebook = (record: DossierRecord, before: Answers, after: Answers) => {
    const fields = fieldsById(record.procedure);
    for (const [id, field] of fields) {
      if (field.type !== 'appointment') continue;
      const was = before[id] as AppointmentAnswer | undefined;
      const now = after[id] as AppointmentAnswer | undefined;
      if (was?.slotId === now?.slotId) continue;
      if (was) {
        const key = `${record.procedure.id}|${id}|${was.slotId}`;
        const index = record.bookings.indexOf(key);
        if (index >= 0) {
          record.bookings.splice(index, 1);
          procedures.release(key);
        }
      }
      if (now) record.bookings.push(procedures.book(record.procedure.id, id, now.slotId));
    }
  };

  const text = (value: unknown, path: string, required: boolean): string | undefined => {
    if (value !== undefined && typeof value !== 'string')
      throw dossierError('unknown', { status: 400 });
    const trimmed = value?.trim() ?? '';
    if (required && !trimmed) throw invalidAnswers([{ path, code: 'required' }]);
    if (trimmed.length > MAX_NOTE) {
      throw invalidAnswers([{ path, code: 'too_long', params: { max: MAX_NOTE } }]);
    }
    return trimmed || undefined;
  };

  return {
    context,
    own,

    file(input: {
      owner: string;
      idempotencyKey: string;
      fingerprint: string;
      procedure: ProcedureDefinition;
      request: SubmitRequest;
      answers: Answers;
      code: string;
      at: number;
    }): DossierRecord {
      const { procedure, request, at } = input;
      const fee = computeFee(procedure, input.answers);
      // A known fee is due from filing; an assessed one waits for the officer (status 6).
      const payment = openPayment(procedure, input.code, fee, options.paymentAccount);
      const onBehalf = request.onBehalf === undefined ? undefined : wire.onBehalf(request.onBehalf);
      const record: DossierRecord = {
        owner: input.owner,
        idempotencyKey: input.idempotencyKey,
        fingerprint: input.fingerprint,
        procedure,
        next: undefined,
        completeAt: undefined,
        supplementKeys: new Map(),
        bookings: [],
        dossier: {
          code: input.code,
          procedureId: procedure.id,
          procedureTitle: procedure.title,
          status: DOSSIER_STATUS.submitted,
          submittedAt: toIsoDateTime(at),
          procedureVersion: procedure.version,
          answers: input.answers,
          ...(onBehalf ? { onBehalf } : {}),
          resultDelivery: request.resultDelivery,
          history: [{ status: DOSSIER_STATUS.submitted, at: toIsoDateTime(at), by: 'citizen' }],
          ...(fee === undefined ? {} : { feeAmount: fee }),
          ...(payment ? { payment } : {}),
          cancellable: cancellableIn(procedure, DOSSIER_STATUS.submitted),
        },
      };
      rebook(record, {}, input.answers);
      agency.filed(record);
      return record;
    },

    listMine(owner: string): DossierSummary[] {
      return [...agency.records.values()]
        .filter((record) => record.owner === owner)
        .map((record) => summaryOf(record.dossier))
        .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt) || b.code.localeCompare(a.code));
    },

    lookup(code: string): PublicDossierStatus {
      const record = find(code);
      if (!record) throw dossierError('not_found');
      const d = record.dossier;
      return {
        code: d.code,
        procedureTitle: d.procedureTitle,
        status: d.status,
        submittedAt: d.submittedAt,
        ...(d.dueDate ? { dueDate: d.dueDate } : {}),
        ...(d.completedAt ? { completedAt: d.completedAt } : {}),
      };
    },

    supplement(
      owner: string,
      code: string,
      reply: { note?: string; answers?: Answers; idempotencyKey: string },
    ): Dossier {
      const record = own(owner, code);
      if (
        !isObject(reply) ||
        typeof reply.idempotencyKey !== 'string' ||
        !KEY.test(reply.idempotencyKey)
      ) {
        throw dossierError('unknown', { status: 400 });
      }
      const fingerprint = canonicalJson({ note: reply.note, answers: reply.answers });
      const seen = record.supplementKeys.get(reply.idempotencyKey);
      if (seen !== undefined) {
        if (seen !== fingerprint) throw dossierError('conflict');
        return record.dossier;
      }
      if (record.dossier.status !== DOSSIER_STATUS.supplementRequested) {
        throw dossierError('not_allowed');
      }
      if (reply.answers !== undefined && !isObject(reply.answers)) {
        throw dossierError('unknown', { status: 400 });
      }
      const changes =
        reply.answers && Object.keys(reply.answers).length > 0 ? reply.answers : undefined;
      const note = text(reply.note, 'note', !changes);
      const before = record.dossier.answers;
      const checked = checkAnswers(
        record.procedure,
        changes ? { ...before, ...changes } : before,
        context(owner, record.procedure),
        before,
      );
      if (!checked.ok) throw invalidAnswers(checked.issues);
      rebook(record, before, checked.answers);
      const at = now();
      agency.setStatus(
        record,
        DOSSIER_STATUS.processing,
        at,
        { citizen: true, ...(note ? { note } : {}) },
        {
          answers: checked.answers,
          ...(record.dossier.supplementRequest
            ? {
                supplementRequest: {
                  ...record.dossier.supplementRequest,
                  answeredAt: toIsoDateTime(at),
                },
              }
            : {}),
        },
      );
      agency.resumed(record, at);
      record.supplementKeys.set(reply.idempotencyKey, fingerprint);
      return record.dossier;
    },

    cancel(owner: string, code: string, reason: string): Dossier {
      const record = own(owner, code);
      // Withdrawing twice (a retry whose first answer was lost) is the same withdrawal.
      if (record.dossier.status === DOSSIER_STATUS.withdrawn) return record.dossier;
      if (!record.dossier.cancellable) throw dossierError('not_allowed');
      const note = text(reason, 'reason', true);
      agency.setStatus(record, DOSSIER_STATUS.withdrawn, now(), {
        citizen: true,
        ...(note ? { note } : {}),
      });
      record.next = undefined;
      for (const key of record.bookings.splice(0)) procedures.release(key);
      return record.dossier;
    },

    rate(owner: string, code: string, rating: Omit<Rating, 'ratedAt'>): Dossier {
      const record = own(owner, code);
      const { status } = record.dossier;
      if (status !== DOSSIER_STATUS.completed && status !== DOSSIER_STATUS.returned) {
        throw dossierError('not_allowed');
      }
      if (!isObject(rating)) throw dossierError('unknown', { status: 400 });
      const { level } = rating;
      const kept = record.dossier.rating;
      if (kept) {
        // Once only; the same rating again (a lost answer, retried) is not a second one.
        const again =
          typeof rating.comment === 'string' ? rating.comment.trim() || undefined : undefined;
        if (kept.level === level && kept.comment === again) return record.dossier;
        throw dossierError('not_allowed');
      }
      if (!LEVELS.includes(level))
        throw invalidAnswers([{ path: 'level', code: 'invalid_option' }]);
      const comment = text(rating.comment, 'comment', level === 'unsatisfied');
      record.dossier = {
        ...record.dossier,
        rating: { level, ...(comment ? { comment } : {}), ratedAt: toIsoDateTime(now()) },
      };
      return record.dossier;
    },
  };
}
