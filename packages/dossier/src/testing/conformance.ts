// What every DossierService must do, as one Vitest suite: the memory service in-process, the
// same over HTTP on 127.0.0.1 (createHttpDossierService → createDossierHttpApp), and a
// province's real backend. The suite talks to the service only through DossierService and
// the subject's hooks (sessions for two citizens, officer actions), never through in-process
// state, so it runs the same against a server on the other end of a socket.
import { afterEach, describe, expect } from 'vitest';
import type { ProcedureDefinition } from '../core/definition/types';
import { DossierError, type DossierErrorCode, type DossierService } from '../core/service/types';
import { filesAndDraftsCases } from './conformance-files';
import { CONFORMANCE_PROCEDURE } from './conformance-fixture';
import { afterFilingCases } from './conformance-lifecycle';
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
): void {
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
    describe('procedures and submission', () => submitCases(make));
    describe('after filing', () => afterFilingCases(make));
    describe('attachments and drafts', () => filesAndDraftsCases(make));
  });
}
