// What every FeedbackService must do, as one Vitest suite: the memory service in-process, the
// same over HTTP on 127.0.0.1 (createHttpFeedbackService → createFeedbackHttpApp), the Open311
// adapter against a GeoReport v2 server, and a province's real backend. The suite talks to the
// service only through FeedbackService and the subject's hooks (sessions for two citizens,
// agency actions, location tokens), never through in-process state. A backend that cannot do
// something (Open311 has no supporters) declares it in `capabilities`; those cases are still
// listed, as skipped with the reason in their title, so the output states what was not checked.
import { afterEach, describe, expect, it } from 'vitest';
import {
  type FeedbackCategory,
  FeedbackError,
  type FeedbackErrorCode,
  type FeedbackService,
} from '../core/types';
import { CONFORMANCE_CATEGORIES } from './conformance-fixture';
import { answersNotSupported, followUpCases, unsupportedCases } from './conformance-followup';
import { photoUrlCases } from './conformance-photos';
import { publicCases } from './conformance-public';
import { submitCases } from './conformance-submit';

/** Behaviours a backend may lack. All default to true; declare `false` for the missing ones. */
export interface FeedbackCapabilities {
  /** "Tôi cũng gặp": support(), supporter counts, supporters' own view. */
  readonly supporters: boolean;
  /** rate(), once, after the answer. */
  readonly rating: boolean;
  /** confirmResolved(): "Đã được giải quyết chưa?", reopening. */
  readonly reopen: boolean;
  /** findDuplicates(). */
  readonly duplicates: boolean;
  /** resolveLocation() with the subject's issueLocationToken. */
  readonly locationTokens: boolean;
  /** Exactly once per idempotency key, and `conflict` for a reused key. */
  readonly idempotency: boolean;
  /** Photos typed by their bytes and size-limited by the backend itself. */
  readonly photoSniffing: boolean;
  /** `publish: false` keeps a report out of every public answer. */
  readonly privateReports: boolean;
  /** reporterName on public reports whose reporter chose `showName`. */
  readonly showName: boolean;
  /** listPublic filters by commune and by date. */
  readonly publicFilters: boolean;
  /** listPublic text search, diacritics optional. */
  readonly publicSearch: boolean;
  /** listPublic cursors ("Xem thêm"). */
  readonly paging: boolean;
  /** The subject has agency hooks (receive, answer, reject, close). */
  readonly agency: boolean;
  /** An answered report is closed later, as its own step (GeoReport v2 answers by closing). */
  readonly closing: boolean;
  /**
   * Photo URLs load as `<img src>` loads them (no session header): a private report's for its
   * reporter, through a URL made for their session that expires; never for anyone else. Needs
   * the subject's `expirePhotoUrls` (and `loadPhoto` when fetch cannot reach the URLs).
   */
  readonly privatePhotoUrls: boolean;
}

export const ALL_CAPABILITIES: FeedbackCapabilities = {
  supporters: true,
  rating: true,
  reopen: true,
  duplicates: true,
  locationTokens: true,
  idempotency: true,
  photoSniffing: true,
  privateReports: true,
  showName: true,
  publicFilters: true,
  publicSearch: true,
  paging: true,
  agency: true,
  closing: true,
  privatePhotoUrls: true,
};

/** What the suite gives the backend under test: publish these categories, start the clock here. */
export interface FeedbackConformanceFixture {
  readonly categories: readonly FeedbackCategory[];
  /** A working-day morning in Vietnam. */
  readonly startAt: string;
}

export const CONFORMANCE_FIXTURE: FeedbackConformanceFixture = {
  categories: CONFORMANCE_CATEGORIES,
  // Tuesday 1 December 2026, 08:00 in Vietnam: a working day, the office open.
  startAt: '2026-12-01T08:00:00+07:00',
};

export interface ConformanceCitizen {
  /** A live session token. */
  readonly session: string;
  /** The name the backend knows for this citizen (shown only with `showName`). */
  readonly name: string;
  /** What must never appear in a public answer: the user id, the phone number… */
  readonly secrets: readonly string[];
}

/** The back office, acting on reports by id. */
export interface FeedbackAgencyHooks {
  receive(reportId: string): Promise<void>;
  answer(reportId: string, answer?: { text?: string }): Promise<void>;
  reject(reportId: string, reason: string): Promise<void>;
  close(reportId: string): Promise<void>;
}

export interface FeedbackConformanceSubject {
  readonly service: FeedbackService;
  /** Two different citizens. */
  readonly citizens: readonly [ConformanceCitizen, ConformanceCitizen];
  /** A token the service must refuse with `unauthenticated` (made up, expired or revoked). */
  readonly invalidSession: string;
  /** Required unless `capabilities.agency` is false. */
  readonly agency?: FeedbackAgencyHooks;
  /** A one-time location token for a point; required unless `locationTokens` is false. */
  issueLocationToken?(point: { latitude: number; longitude: number }): string | Promise<string>;
  /** The backend's largest photo, bytes (default 10 MiB): one byte more is `too_large`. */
  readonly photoLimitBytes?: number;
  /**
   * Loads a URL as an `<img>` does — no session header — or with `session` as a bearer token.
   * Default: fetch (redirects followed).
   */
  loadPhoto?(url: string, session?: string): Promise<LoadedPhoto>;
  /**
   * Moves the backend's clock past the life of every photo URL given out so far, sessions
   * staying live. Required unless `privatePhotoUrls` is false.
   */
  expirePhotoUrls?(): Promise<void> | void;
  dispose?(): Promise<void> | void;
}

/** What loading a URL gave: the status and, for a 2XX, the bytes. */
export interface LoadedPhoto {
  readonly status: number;
  readonly bytes: Uint8Array;
}

export interface FeedbackConformanceSetup {
  readonly capabilities?: Partial<FeedbackCapabilities>;
  /** A fresh subject per test; disposed after it. */
  make(fixture: FeedbackConformanceFixture): Promise<FeedbackConformanceSubject>;
}

export type MakeSubject = () => Promise<FeedbackConformanceSubject>;

/** `it`, or `it.skip` with the reason in the title when a capability is declared missing. */
export type Case = (
  needs: readonly (keyof FeedbackCapabilities)[],
  title: string,
  test: () => Promise<void>,
) => void;

export async function expectFeedbackError(
  promise: Promise<unknown>,
  code: FeedbackErrorCode,
): Promise<FeedbackError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected FeedbackError "${code}"`).toBeInstanceOf(FeedbackError);
  const error = caught as FeedbackError;
  expect(error.code, error.message).toBe(code);
  return error;
}

export function describeFeedbackServiceConformance(
  name: string,
  setup:
    | FeedbackConformanceSetup
    | ((fixture: FeedbackConformanceFixture) => Promise<FeedbackConformanceSubject>),
): void {
  const { make: makeSubject, capabilities: declared = {} } =
    typeof setup === 'function' ? { make: setup, capabilities: {} } : setup;
  const capabilities: FeedbackCapabilities = { ...ALL_CAPABILITIES, ...declared };
  const missing = (Object.keys(capabilities) as (keyof FeedbackCapabilities)[]).filter(
    (key) => !capabilities[key],
  );

  describe(`FeedbackService conformance: ${name}`, () => {
    let subjects: FeedbackConformanceSubject[] = [];
    afterEach(async () => {
      const current = subjects;
      subjects = [];
      for (const subject of current) await subject.dispose?.();
    });
    const make: MakeSubject = async () => {
      const subject = await makeSubject(CONFORMANCE_FIXTURE);
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
      if (answersNotSupported(capabilities)) {
        describe('what it cannot do, it says so', () => unsupportedCases(make, capabilities));
      }
    }
    describe('sending a report', () => submitCases(make, test, capabilities));
    describe('public reports', () => publicCases(make, test, capabilities));
    describe('following up', () => followUpCases(make, test, capabilities));
    describe('photo URLs', () => photoUrlCases(make, test));
  });
}
