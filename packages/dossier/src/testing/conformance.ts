// What every DossierService must do, as one Vitest suite: the memory service in-process, the
// same over HTTP on 127.0.0.1 (createHttpDossierService → createDossierHttpApp), and a
// province's real backend. The suite talks to the service only through DossierService and
// the subject's hooks (sessions for two citizens, officer actions), never through in-process
// state, so it runs the same against a server on the other end of a socket. A backend that
// cannot do something optional (take payments) declares it in `capabilities`; those cases are
// still listed, as skipped with the reason in their title, so the output says what was not
// checked.
import { afterEach, describe, expect, it } from 'vitest';
import type { ProcedureDefinition } from '../core/definition/types';
import { DossierError, type DossierErrorCode, type DossierService } from '../core/service/types';
import { filesAndDraftsCases } from './conformance-files';
import { CONFORMANCE_PROCEDURE } from './conformance-fixture';
import { afterFilingCases } from './conformance-lifecycle';
import { paymentCases, paymentsUnsupportedCases } from './conformance-payments';
import { submitCases } from './conformance-submit';
import type { DossierOfficerActions } from './officer';

/** What the suite asks of the service it tests. Read it in `makeSubject`. */
export interface DossierConformanceSetup {
  /** Publish exactly these procedures (the suite's fixture, CONFORMANCE_PROCEDURE). */
  readonly procedures: readonly ProcedureDefinition[];
  /** The service's clock must read this at the start: a working-day morning in Vietnam. */
  readonly startAt: string;
}

export interface DossierConformanceSubject {
  readonly service: DossierService;
  /** Live session tokens of two different citizens. */
  readonly citizens: readonly [string, string];
  /** A token the service must refuse with `unauthenticated` (made up, expired or revoked). */
  readonly invalidSession: string;
  /** The back office, acting on dossiers by code. */
  readonly officer: DossierOfficerActions;
  dispose?(): Promise<void> | void;
}

export const CONFORMANCE_SETUP: DossierConformanceSetup = {
  procedures: [CONFORMANCE_PROCEDURE],
  // Tuesday 1 December 2026, 08:00 in Vietnam: a working day, the desk open.
  startAt: '2026-12-01T08:00:00+07:00',
};

/** A fresh subject per test; disposed after it. */
export type MakeSubject = () => Promise<DossierConformanceSubject>;

/** Optional parts of the contract. All default to true; declare `false` for the missing ones. */
export interface DossierCapabilities {
  /**
   * Fees paid by transfer: `Dossier.payment`, `reportTransfer`, and the officer's
   * `confirmPayment` / `declineTransfer`. Without them, `reportTransfer` answers `not_supported`.
   */
  readonly payments: boolean;
}

export const ALL_DOSSIER_CAPABILITIES: DossierCapabilities = { payments: true };

export interface DossierConformanceOptions {
  readonly capabilities?: Partial<DossierCapabilities>;
}

/** `it`, or `it.skip` with the reason in the title when a capability is declared missing. */
export type Case = (
  needs: readonly (keyof DossierCapabilities)[],
  title: string,
  test: () => Promise<void>,
) => void;

export async function expectDossierError(
  promise: Promise<unknown>,
  code: DossierErrorCode,
): Promise<DossierError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected DossierError "${code}"`).toBeInstanceOf(DossierError);
  const error = caught as DossierError;
  expect(error.code, error.message).toBe(code);
  return error;
}

export function describeDossierServiceConformance(
  name: string,
  makeSubject: (setup: DossierConformanceSetup) => Promise<DossierConformanceSubject>,
  options: DossierConformanceOptions = {},
): void {
  const capabilities: DossierCapabilities = {
    ...ALL_DOSSIER_CAPABILITIES,
    ...options.capabilities,
  };
  const missing = (Object.keys(capabilities) as (keyof DossierCapabilities)[]).filter(
    (key) => !capabilities[key],
  );
  describe(`DossierService conformance: ${name}`, () => {
    let subjects: DossierConformanceSubject[] = [];
    afterEach(async () => {
      const current = subjects;
      subjects = [];
      for (const subject of current) await subject.dispose?.();
    });
    const make: MakeSubject = async () => {
      const subject = await makeSubject(CONFORMANCE_SETUP);
      subjects.push(subject);
      return subject;
    };
    const test: Case = (needs, title, body) => {
      const lacking = needs.filter((need) => !capabilities[need]);
      if (lacking.length === 0) it(title, body);
      else it.skip(`${title} — SKIPPED: ${name} declares it cannot do ${lacking.join(', ')}`, body);
    };

    if (missing.length > 0) {
      // One visible line in the output naming everything this backend does not do.
      it.skip(`declared missing capabilities: ${missing.join(', ')}`, () => undefined);
    }
    describe('procedures and submission', () => submitCases(make));
    describe('after filing', () => afterFilingCases(make));
    describe('attachments and drafts', () => filesAndDraftsCases(make));
    describe('paying a fee', () => {
      paymentCases(make, test);
      if (!capabilities.payments) paymentsUnsupportedCases(make, test);
    });
  });
}
