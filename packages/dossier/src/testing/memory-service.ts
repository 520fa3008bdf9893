// A complete DossierService in memory, faithful to openapi/dossier.yaml, for tests, Storybook
// and the sample app. Sessions: `resolveSession(token)` names the citizen (by default the
// token *is* the user id, restricted to `users` when given — convenient in tests, never in
// production). Other citizens' dossiers answer `not_found`, not `forbidden`, so nobody can
// probe which codes exist. Validation is the phone's own validateAnswers (strict), so phone
// and backend never disagree. `controls` run the agency: the clock, officer actions, faults.
import type { WorkingDayCalendar } from '@govmini/vn/calendar';
import type { FileAnswer, PaymentAccount, ProcedureDefinition } from '../core/definition/types';
import { dossierError } from '../core/service/errors';
import { canonicalJson, checkSubmission } from '../core/service/submission';
import type { Dossier, DossierErrorCode, DossierService } from '../core/service/types';
import { createAgency } from './memory-agency';
import { createAttachmentStore, type StoredAttachment } from './memory-attachments';
import { createCitizenActions } from './memory-citizen';
import { createDraftStore } from './memory-drafts';
import { createPayments } from './memory-payments';
import { createProcedureCatalogue } from './memory-procedures';
import type { DossierOfficerActions } from './officer';

export interface MemoryDossierServiceOptions {
  /** The published procedures (checked with parseProcedure: a bad one throws at once). */
  procedures: readonly ProcedureDefinition[];
  /**
   * The service's clock: a start time (epoch ms or ISO 8601) that moves only with
   * `controls.advance`, or a function to follow (e.g. the platform's ManualClock `now`;
   * `advance` then adds to it). Default: real time.
   */
  now?: number | string | (() => number);
  /** Citizen ids accepted by the default `resolveSession`. Default: any plain token. */
  users?: readonly string[];
  /**
   * The citizen behind a session token, or undefined (`unauthenticated`). Default: the token
   * itself is the user id (letters, digits, `._:@-`, up to 128), one of `users` when given.
   */
  resolveSession?: (token: string) => string | undefined | Promise<string | undefined>;
  agency?: { acceptAfterWorkingHours?: number; auto?: boolean };
  /** Places per appointment slot (default 3). */
  slotCapacity?: number;
  /** Largest upload of any field, bytes (default 10 MB); a field's `maxBytes` may lower it. */
  maxUploadBytes?: number;
  calendar?: WorkingDayCalendar;
  /** Checks an address's commune exists (default: shape only). */
  communeExists?: (provinceCode: string, communeCode: string) => boolean;
  /**
   * Where fees are transferred when a procedure's fee names no account (the backend's account
   * per dossier). Without either, a fee is paid at the desk: no VietQR code.
   */
  paymentAccount?: PaymentAccount;
}

export interface MemoryDossierSnapshot {
  readonly dossier: Dossier;
  readonly owner: string;
  readonly idempotencyKey: string;
}

export interface MemoryFault {
  readonly code: DossierErrorCode;
  /** Fail after the call did its work (the answer is lost, as when a connection drops). */
  readonly after?: boolean;
  /** Only this method (default: any). */
  readonly method?: keyof DossierService;
}

export interface MemoryDossierControls extends DossierOfficerActions {
  /** Epoch ms of the service's clock. */
  now(): number;
  /** Moves the clock forward; dossiers move on as an agency would in that time. */
  advance(by: { minutes?: number; hours?: number; days?: number }): void;
  /**
   * The office has the fee's money: the payment is `paid` (reported or not); a dossier at
   * status 6 goes back to processing (4). `not_allowed` without a payment or once closed.
   */
  confirmPayment(code: string): Promise<void>;
  /** A reported transfer was not found: back to `unpaid`, with the reason the citizen reads. */
  declineTransfer(code: string, reason: string): Promise<void>;
  /** Every dossier, oldest first, with its owner and idempotency key. */
  dossiers(): MemoryDossierSnapshot[];
  /** Every stored upload, with its bytes. */
  attachments(): StoredAttachment[];
  /** The next `count` calls (of `fault.method`, if set) fail with `fault.code`. */
  failNext(count: number, fault: DossierErrorCode | MemoryFault): void;
}

/** Every method of the contract, payments included, and the agency's controls. */
export interface MemoryDossierService extends Required<DossierService> {
  readonly controls: MemoryDossierControls;
}

const USER_ID = /^[\w.:@-]{1,128}$/;

function clockFrom(now: MemoryDossierServiceOptions['now']): () => number {
  if (typeof now === 'function') return now;
  if (now === undefined) return () => Date.now();
  const start = typeof now === 'number' ? now : Date.parse(now);
  if (!Number.isFinite(start)) throw new RangeError(`createMemoryDossierService: bad now ${now}`);
  return () => start;
}

export function createMemoryDossierService(
  options: MemoryDossierServiceOptions,
): MemoryDossierService {
  const base = clockFrom(options.now);
  let offset = 0;
  const now = () => base() + offset;

  const users = options.users ? new Set(options.users) : undefined;
  const resolveSession =
    options.resolveSession ??
    ((token: string) => (USER_ID.test(token) && (!users || users.has(token)) ? token : undefined));
  const session = async (token: unknown): Promise<string> => {
    const user = typeof token === 'string' && token ? await resolveSession(token) : undefined;
    if (!user) throw dossierError('unauthenticated');
    return user;
  };

  const procedures = createProcedureCatalogue(options.procedures, {
    now,
    capacity: options.slotCapacity ?? 3,
    ...(options.calendar ? { calendar: options.calendar } : {}),
  });
  const agency = createAgency({ ...options.agency, paymentAccount: options.paymentAccount, now });
  const payments = createPayments({ agency, now });
  const attachments = createAttachmentStore({
    now,
    procedures,
    maxBytes: options.maxUploadBytes ?? 10 * 1024 * 1024,
  });
  const drafts = createDraftStore();
  const citizen = createCitizenActions({
    agency,
    procedures,
    attachments,
    now,
    ...(options.communeExists ? { communeExists: options.communeExists } : {}),
    paymentAccount: options.paymentAccount,
  });

  const idempotency = new Map<string, string>();
  const sequences = new Map<string, number>();

  const faults: (MemoryFault & { left: number })[] = [];
  const takeFault = (method: keyof DossierService, after: boolean) => {
    const fault = faults.find(
      (f) => f.left > 0 && !!f.after === after && (!f.method || f.method === method),
    );
    if (!fault) return undefined;
    fault.left--;
    if (fault.left === 0) faults.splice(faults.indexOf(fault), 1);
    return dossierError(fault.code);
  };
  const guard =
    <A extends unknown[], R>(method: keyof DossierService, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const before = takeFault(method, false);
      if (before) throw before;
      agency.tick();
      // Copies both ways: callers can neither change stored state nor see later changes.
      const result = structuredClone(await fn(...(structuredClone(args) as A)));
      const after = takeFault(method, true);
      if (after) throw after;
      return result;
    };

  const service: Required<DossierService> = {
    listProcedures: guard('listProcedures', async () => procedures.list()),
    getProcedure: guard('getProcedure', async (id: string) => procedures.get(id)),
    getAppointmentSlots: guard('getAppointmentSlots', async (procedureId, fieldId, range) =>
      procedures.slots(procedureId, fieldId, range),
    ),

    submit: guard('submit', async (token, request) => {
      const owner = await session(token);
      const { idempotencyKey } = request;
      if (typeof idempotencyKey !== 'string' || !/^[\x21-\x7e]{8,200}$/.test(idempotencyKey)) {
        throw dossierError('unknown', { status: 400 });
      }
      // Everything from here to the insert is synchronous: two racing retries cannot both file.
      const fingerprint = canonicalJson({
        procedureId: request.procedureId,
        procedureVersion: request.procedureVersion,
        answers: request.answers,
        onBehalf: request.onBehalf,
        resultDelivery: request.resultDelivery,
      });
      const seen = idempotency.get(`${owner}\n${idempotencyKey}`);
      const first = seen === undefined ? undefined : agency.records.get(seen);
      if (first) {
        if (first.fingerprint !== fingerprint) throw dossierError('conflict');
        return first.dossier;
      }
      const procedure = procedures.definition(request.procedureId);
      if (request.procedureVersion !== procedure.version) throw dossierError('procedure_changed');
      const checked = checkSubmission(procedure, request, citizen.context(owner, procedure));
      if (!checked.ok) throw dossierError('invalid_answers', { issues: checked.issues });

      const at = now();
      const record = citizen.file({
        owner,
        idempotencyKey,
        fingerprint,
        procedure,
        request,
        answers: checked.answers,
        code: procedures.nextCode(sequences, procedure.agency.unitCode, at),
        at,
      });
      idempotency.set(`${owner}\n${idempotencyKey}`, record.dossier.code);
      return record.dossier;
    }),

    listMine: guard('listMine', async (token) => citizen.listMine(await session(token))),
    get: guard('get', async (token, code) => citizen.own(await session(token), code).dossier),
    lookup: guard('lookup', async (code) => citizen.lookup(code)),
    supplement: guard('supplement', async (token, code, reply) =>
      citizen.supplement(await session(token), code, reply),
    ),
    cancel: guard('cancel', async (token, code, reason) =>
      citizen.cancel(await session(token), code, reason),
    ),
    rate: guard('rate', async (token, code, rating) =>
      citizen.rate(await session(token), code, rating),
    ),
    reportTransfer: guard('reportTransfer', async (token, code) =>
      payments.reportTransfer(citizen.own(await session(token), code)),
    ),

    // Not through `guard`'s structuredClone: a Blob and an AbortSignal are not data.
    async uploadAttachment(token, file, upload): Promise<FileAnswer> {
      const before = takeFault('uploadAttachment', false);
      if (before) throw before;
      const owner = await session(token);
      const answer = await attachments.upload(owner, file, upload);
      const after = takeFault('uploadAttachment', true);
      if (after) throw after;
      return answer;
    },

    saveDraft: guard('saveDraft', async (token, draft) => drafts.save(await session(token), draft)),
    listDrafts: guard('listDrafts', async (token) => drafts.list(await session(token))),
    deleteDraft: guard('deleteDraft', async (token, id) => drafts.remove(await session(token), id)),
  };

  const controls: MemoryDossierControls = {
    now,
    advance({ minutes = 0, hours = 0, days = 0 }) {
      const ms = ((days * 24 + hours) * 60 + minutes) * 60_000;
      if (!(ms >= 0)) throw new RangeError('controls.advance: time only moves forward');
      offset += ms;
      agency.tick();
    },
    ...agency.officer,
    async confirmPayment(code) {
      payments.confirm(code);
    },
    async declineTransfer(code, reason) {
      payments.decline(code, reason);
    },
    dossiers: () => {
      agency.tick();
      return [...agency.records.values()].map((r) =>
        structuredClone({ dossier: r.dossier, owner: r.owner, idempotencyKey: r.idempotencyKey }),
      );
    },
    attachments: () => attachments.all(),
    failNext(count, fault) {
      const spec = typeof fault === 'string' ? { code: fault } : fault;
      if (!(Number.isSafeInteger(count) && count > 0)) return;
      faults.push({ ...spec, left: count });
    },
  };

  return { ...service, controls };
}
