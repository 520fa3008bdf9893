// What the 10 standard statuses mean for the citizen's next step: can it still be withdrawn,
// rated, how many working days are left until the appointment date (ngày hẹn trả).
import { fromDayNumber, toDayNumber } from '@govmini/vn';
import {
  addWorkingDays,
  type CalendarDate,
  fromIsoDate,
  toIsoDate,
  vietnamDay,
  vietnamHolidays,
  type WorkingDayCalendar,
} from '@govmini/vn/calendar';
import { DOSSIER_STATUS, type Dossier, type DossierStatusCode, type DossierSummary } from './types';

export type DossierStatusKey = keyof typeof DOSSIER_STATUS;

const KEYS = /* @__PURE__ */ Object.fromEntries(
  Object.entries(DOSSIER_STATUS).map(([key, code]) => [code, key]),
) as Record<DossierStatusCode, DossierStatusKey>;

/** `4` → `processing`: the DOSSIER_STATUS key, e.g. for message keys or CSS hooks. */
export function statusKey(code: DossierStatusCode): DossierStatusKey {
  const key = KEYS[code];
  if (!key) throw new RangeError(`statusKey: ${code} is not a dossier status (1–10)`);
  return key;
}

export const isDossierStatus = (value: unknown): value is DossierStatusCode =>
  typeof value === 'number' && Object.hasOwn(KEYS, value);

const FINAL: ReadonlySet<DossierStatusCode> = new Set([
  DOSSIER_STATUS.rejected,
  DOSSIER_STATUS.withdrawn,
  DOSSIER_STATUS.stopped,
  DOSSIER_STATUS.returned,
]);

/** Nothing more will happen: not accepted, withdrawn, stopped, or the result handed over. */
export function isFinal(status: DossierStatusCode | Pick<DossierSummary, 'status'>): boolean {
  return FINAL.has(typeof status === 'number' ? status : status.status);
}

/** Statuses the citizen acts on: more documents (5) or fees (6). */
export function needsCitizen(status: DossierStatusCode | Pick<DossierSummary, 'status'>): boolean {
  const code = typeof status === 'number' ? status : status.status;
  return code === DOSSIER_STATUS.supplementRequested || code === DOSSIER_STATUS.paymentRequested;
}

/** Rating is offered once, when there is a result (status 9 or 10). */
export function canRate(dossier: Pick<Dossier, 'status' | 'rating'>): boolean {
  return (
    (dossier.status === DOSSIER_STATUS.completed || dossier.status === DOSSIER_STATUS.returned) &&
    dossier.rating === undefined
  );
}

/** The backend's `cancellable`, and never once there is a result or the dossier is closed. */
export function canCancel(dossier: Pick<Dossier, 'status' | 'cancellable'>): boolean {
  return (
    dossier.cancellable && !isFinal(dossier.status) && dossier.status !== DOSSIER_STATUS.completed
  );
}

/** Can the citizen answer a "Yêu cầu bổ sung" now? */
export function canSupplement(dossier: Pick<Dossier, 'status'>): boolean {
  return dossier.status === DOSSIER_STATUS.supplementRequested;
}

type DayInput = string | Date | CalendarDate;

function toDay(input: DayInput, name: string): CalendarDate {
  if (input instanceof Date) return vietnamDay(input.getTime());
  if (typeof input === 'string') {
    // A date-time counts as the day it falls on in Vietnam.
    const day = fromIsoDate(input) ?? (input.length > 10 ? dayOfInstant(input) : undefined);
    if (!day)
      throw new RangeError(`${name}: expected YYYY-MM-DD or an ISO date-time, got "${input}"`);
    return day;
  }
  return input;
}

function dayOfInstant(text: string): CalendarDate | undefined {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : vietnamDay(ms);
}

/**
 * Working days from `today` to `due`: positive = days left (working days after today up to and
 * including the due day), 0 = due today, negative = working days late (after the due day up to
 * and including today). Different days never read as "due today": due Monday, seen on the
 * Saturday before, is 1 day left; due Friday, seen on the Saturday after, is 1 day late.
 */
export function workingDaysLeft(
  today: DayInput,
  due: DayInput,
  calendar: WorkingDayCalendar = vietnamHolidays,
): number {
  const from = toDayNumber(toDay(today, 'workingDaysLeft'));
  const to = toDayNumber(toDay(due, 'workingDaysLeft'));
  if (from === to) return 0;
  const [start, end, sign] = from < to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = start + 1; day <= end; day++)
    if (calendar.isWorkingDay(fromDayNumber(day))) count++;
  return sign * Math.max(count, 1);
}

/**
 * Working days from `today` to the appointment date (see workingDaysLeft). `undefined` without
 * an appointment date, or once a result exists or the dossier is closed.
 */
export function daysLeft(
  dossier: Pick<DossierSummary, 'status' | 'dueDate'>,
  today: DayInput,
  calendar?: WorkingDayCalendar,
): number | undefined {
  if (!dossier.dueDate || isFinal(dossier.status) || dossier.status === DOSSIER_STATUS.completed) {
    return undefined;
  }
  return workingDaysLeft(today, dossier.dueDate, calendar);
}

/**
 * Ngày hẹn trả: `processingDays` working days after acceptance (the day of acceptance does not
 * count; a day off counts as the next working day), as `YYYY-MM-DD`.
 */
export function dueDateFor(accepted: DayInput, processingDays: number): string {
  return toIsoDate(addWorkingDays(toDay(accepted, 'dueDateFor'), processingDays));
}
