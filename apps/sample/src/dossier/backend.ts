// The province's dossier backend. In server mode (src/backend/index.ts) it is the reference
// server's dossier contract through `createHttpDossierService`: dossiers are kept in its
// database and officers move them on in its staff console.
//
// In memory mode it is simulated in the browser: @govmini/dossier's memory service publishing
// the three example procedures, with its agency simulator moving each dossier on real time, in
// office hours, as a one-stop desk would (accepted within 2 working hours, then processed and
// completed within the procedure's time). The detail page's developer panel (agency-panel.tsx)
// lets an officer act at once instead of waiting. Filed dossiers are gone after a reload
// (drafts and the outbox are not: they live in platform storage, on the phone).
//
// Fees: the judicial record names its own (made-up) account; any other fee — the late birth
// registration's, one the officer sets at status 6 — goes to the province's account below, as
// the reference server's seed does (apps/server/src/db/seed.ts, TINH_MAU_PAYMENT_ACCOUNT), so a
// fee shows a VietQR code in either mode. In server mode the server names the account.
import type { DossierService, PaymentAccount } from '@govmini/dossier';
import { exampleProcedures } from '@govmini/dossier/examples';
import { createMemoryDossierService, type MemoryDossierService } from '@govmini/dossier/testing';
import { inMemory } from '../backend/index';
import { server, sessions } from '../backend/services';

/** Tỉnh Mẫu's receiving account: MADE UP, like the province (the name says so in bank apps). */
export const TINH_MAU_PAYMENT_ACCOUNT: PaymentAccount = {
  bankBin: '970405',
  accountNumber: '0000000000012',
  accountName: 'TINH MAU - TAI KHOAN MAU KHONG CO THAT',
};

/**
 * The in-browser service, in memory mode only: a server-mode build leaves it out (the developer
 * panel, which acts only on dossiers it holds, then shows nothing; officers use the staff
 * console instead).
 */
export const simulatedBackend: MemoryDossierService | undefined = inMemory
  ? createMemoryDossierService({
      procedures: exampleProcedures,
      paymentAccount: TINH_MAU_PAYMENT_ACCOUNT,
      // The session tokens @govmini/auth's AuthProvider sends are the auth backend's.
      resolveSession: (token) => sessions?.citizenOf(token),
    })
  : undefined;

/** What every dossier screen talks to. */
export const dossierService: DossierService =
  server?.dossier ?? (simulatedBackend as MemoryDossierService);
