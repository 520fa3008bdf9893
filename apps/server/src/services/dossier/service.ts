// The DossierService of openapi/dossier.yaml over the database: the session names the citizen
// (through the auth sessions), then each call is one of the modules beside this file. Errors
// are DossierErrors with the contract's codes; anything else is a bug and answers `server`.
import { type DossierService, dossierError, type PaymentAccount } from '@govmini/dossier/core';
import type { Database } from '../../db/database.ts';
import type { FileStorage } from '../../storage/files.ts';
import type { CitizenSessions } from '../auth/citizen-sessions.ts';
import { createCitizenDossiers } from './citizen.ts';
import { createDossierDesk, type DossierDesk } from './officer.ts';
import { createPayments } from './payments.ts';
import { createProcedureCatalogue, type ProcedureCatalogue } from './procedures.ts';
import { createSubmit } from './submit.ts';
import { createDossierUploads } from './uploads.ts';

export interface SqlDossierOptions {
  readonly db: Database;
  readonly citizens: CitizenSessions;
  readonly files: FileStorage;
  readonly now: () => number;
  /** Places per appointment slot (default 3, as the memory service). */
  readonly slotCapacity?: number;
  readonly maxUploadBytes: number;
  readonly maxPendingUploads: number;
  /** Where fees go when a procedure names no account (payments.ts). Default: none. */
  readonly paymentAccount?: () => Promise<PaymentAccount | undefined>;
}

export function createSqlDossierService(options: SqlDossierOptions): {
  service: DossierService;
  desk: DossierDesk;
  catalogue: ProcedureCatalogue;
} {
  const { db, now } = options;
  const catalogue = createProcedureCatalogue(db, { now, capacity: options.slotCapacity ?? 3 });
  const uploads = createDossierUploads({
    db,
    catalogue,
    files: options.files,
    now,
    maxBytes: options.maxUploadBytes,
    maxPending: options.maxPendingUploads,
  });
  const paymentAccount = options.paymentAccount ?? (async () => undefined);
  const citizen = createCitizenDossiers({ db, catalogue, now });
  const submit = createSubmit({ db, catalogue, now, paymentAccount });
  const payments = createPayments({ db, now });

  const session = async (token: unknown): Promise<string> => {
    const who =
      typeof token === 'string' && token ? await options.citizens.resolve(token) : undefined;
    if (!who) throw dossierError('unauthenticated');
    return who.zaloId;
  };

  const service: DossierService = {
    listProcedures: () => catalogue.list(),
    getProcedure: (id) => catalogue.definition(id),
    getAppointmentSlots: (procedureId, fieldId, range) =>
      catalogue.slots(procedureId, fieldId, range),
    submit: async (token, request) => submit(await session(token), request),
    listMine: async (token) => citizen.listMine(await session(token)),
    get: async (token, code) => citizen.get(await session(token), code),
    lookup: (code) => citizen.lookup(code),
    supplement: async (token, code, reply) => citizen.supplement(await session(token), code, reply),
    cancel: async (token, code, reason) => citizen.cancel(await session(token), code, reason),
    rate: async (token, code, rating) => citizen.rate(await session(token), code, rating),
    async reportTransfer(token, code) {
      const owner = await session(token);
      await payments.report(() => citizen.own(owner, code));
      return citizen.get(owner, code);
    },
    uploadAttachment: async (token, file, upload) =>
      uploads.upload(await session(token), file, upload),
    saveDraft: async (token, draft) => uploads.saveDraft(await session(token), draft),
    listDrafts: async (token) => uploads.listDrafts(await session(token)),
    deleteDraft: async (token, id) => uploads.deleteDraft(await session(token), id),
  };
  return {
    service,
    desk: createDossierDesk({ db, catalogue, uploads, payments, paymentAccount, now }),
    catalogue,
  };
}
