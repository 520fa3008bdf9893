// The agency side of the memory service. Left alone, a report moves as at a commune office
// that answers on Huế-S: received in office hours (default one working hour after it was
// sent), handled, answered about halfway through the category's answer time with a
// plausible Vietnamese answer, and closed some days after the answer. A reopened report
// ("chưa được giải quyết") is answered again a working day later. Officers can also act
// explicitly. Time is read lazily: every call first catches up with the clock, so an
// external clock works as well as `controls.advance`.
import {
  addWorkingDays,
  addWorkingHours,
  toIsoDate,
  toIsoDateTime,
  vietnamDay,
  vietnamHolidays,
  type WorkingDayCalendar,
} from '@govmini/vn/calendar';
import { feedbackError } from '../core/errors';
import type { OfficialAnswer, ReportEvent, ReportPhoto, ReportStatus } from '../core/types';
import { simulatedAnswer } from './memory-answers';
import type { AgencyStep, ReportRecord } from './memory-records';

export interface MemoryAgencyOptions {
  /** `false`: nothing moves by itself, only through officer actions (default true). */
  auto?: boolean;
  /** Working hours from sending to receipt (default 1). */
  receiveAfterHours?: number;
  /** Share of the category's answer time at which it answers (default 0.5). */
  answerAt?: number;
  /** Calendar days from the answer to closing it (default 7). */
  closeAfterDays?: number;
  /** Working hours to answer a reopened report (default 8: one working day). */
  reanswerAfterHours?: number;
  calendar?: WorkingDayCalendar;
}

/** What an officer does in the back office; the conformance suite's agency hooks. */
export interface FeedbackOfficerActions {
  /** `sent` → `received`; the expected answer date is set from today. */
  receive(reportId: string): Promise<void>;
  /** `sent` or `received` → `in_progress`, passing through the steps not taken yet. */
  start(reportId: string): Promise<void>;
  /** Any open status before the answer → `answered` (through the steps not taken yet). */
  answer(
    reportId: string,
    answer?: { text?: string; attachments?: readonly ReportPhoto[] },
  ): Promise<void>;
  /** `sent`, `received` or `in_progress` → `rejected`, with the reason the citizen reads. */
  reject(reportId: string, reason: string): Promise<void>;
  /** `answered` → `closed`. */
  close(reportId: string): Promise<void>;
}

const DAY_MS = 86_400_000;

export function createAgency(options: MemoryAgencyOptions & { now: () => number }) {
  const auto = options.auto ?? true;
  const calendar = options.calendar ?? vietnamHolidays;
  const records = new Map<string, ReportRecord>();
  const hours = (from: number, h: number) => addWorkingHours(from, h, calendar);

  const setStatus = (
    record: ReportRecord,
    status: ReportStatus,
    at: number,
    extra: Pick<ReportEvent, 'note' | 'reopened'> = {},
  ) => {
    const event: ReportEvent = { status, at: toIsoDateTime(at), ...extra };
    record.status = status;
    record.history = [...record.history, event];
  };
  const plan = (record: ReportRecord, step: AgencyStep, at: number) => {
    record.next = auto ? { step, at } : undefined;
  };

  const receive = (record: ReportRecord, at: number) => {
    setStatus(record, 'received', at);
    record.dueDate = toIsoDate(
      addWorkingDays(vietnamDay(at), record.category.answerDays, calendar),
    );
    plan(record, 'start', hours(at, 1));
  };
  const start = (record: ReportRecord, at: number) => {
    setStatus(record, 'in_progress', at);
    const share = options.answerAt ?? 0.5;
    const received = Date.parse(record.history.find((e) => e.status === 'received')?.at ?? '');
    const due = hours(
      Number.isFinite(received) ? received : at,
      record.category.answerDays * 8 * share,
    );
    plan(record, 'answer', Math.max(due, hours(at, 1)));
  };
  const answer = (
    record: ReportRecord,
    at: number,
    given: { text?: string; attachments?: readonly ReportPhoto[] } = {},
  ) => {
    const official: OfficialAnswer = {
      agency: { ...record.category.agency.name },
      answeredAt: toIsoDateTime(at),
      text: given.text ?? simulatedAnswer(record.category.icon, record.answers),
      attachments: (given.attachments ?? []).map((photo) => ({ ...photo })),
    };
    record.answers++;
    record.answer = official;
    setStatus(record, 'answered', at);
    plan(record, 'close', at + (options.closeAfterDays ?? 7) * DAY_MS);
  };
  const close = (record: ReportRecord, at: number, note?: string) => {
    setStatus(record, 'closed', at, note ? { note } : {});
    record.next = undefined;
  };

  const run = (record: ReportRecord, step: AgencyStep, at: number) => {
    if (step === 'receive') receive(record, at);
    else if (step === 'start') start(record, at);
    else if (step === 'answer') answer(record, at);
    else close(record, at);
  };

  /** Catches every report up with the clock, step by step at the times they were due. */
  const tick = () => {
    const now = options.now();
    for (const record of records.values()) {
      while (record.next && record.next.at <= now) {
        const { step, at } = record.next;
        record.next = undefined;
        run(record, step, at);
      }
    }
  };

  const find = (id: string): ReportRecord => {
    tick();
    const record = records.get(id);
    if (!record) throw feedbackError('not_found');
    return record;
  };
  const expect = (record: ReportRecord, allowed: readonly ReportStatus[]) => {
    if (!allowed.includes(record.status)) throw feedbackError('not_allowed');
  };
  // An officer skipping ahead still goes through the desk: the history shows every step.
  const catchUp = (record: ReportRecord, to: 'received' | 'in_progress', at: number) => {
    if (record.status === 'sent') receive(record, at);
    if (to === 'in_progress' && record.status === 'received') start(record, at);
  };

  const officer: FeedbackOfficerActions = {
    async receive(id) {
      const record = find(id);
      expect(record, ['sent']);
      receive(record, options.now());
    },
    async start(id) {
      const record = find(id);
      expect(record, ['sent', 'received']);
      catchUp(record, 'in_progress', options.now());
    },
    async answer(id, given) {
      const record = find(id);
      expect(record, ['sent', 'received', 'in_progress']);
      const now = options.now();
      catchUp(record, 'in_progress', now);
      answer(record, now, given);
    },
    async reject(id, reason) {
      const record = find(id);
      expect(record, ['sent', 'received', 'in_progress']);
      const note = String(reason ?? '').trim();
      if (!note) throw new RangeError('controls.reject: the citizen must be told why');
      setStatus(record, 'rejected', options.now(), { note });
      record.next = undefined;
    },
    async close(id) {
      const record = find(id);
      expect(record, ['answered']);
      close(record, options.now());
    },
  };

  return {
    records,
    officer,
    tick,
    find,
    /** A new report: waits for the desk. */
    filed(record: ReportRecord) {
      records.set(record.id, record);
      plan(record, 'receive', hours(options.now(), options.receiveAfterHours ?? 1));
    },
    /** "Chưa được giải quyết": back to work, answered again after a working day. */
    reopen(record: ReportRecord, at: number) {
      setStatus(record, 'in_progress', at, { reopened: true });
      plan(record, 'answer', hours(at, options.reanswerAfterHours ?? 8));
    },
    /** "Đã được giải quyết": nothing left to do. */
    resolved(record: ReportRecord, at: number) {
      if (record.status === 'answered') {
        close(record, at, 'Người phản ánh xác nhận vấn đề đã được giải quyết.');
      }
    },
  };
}

export type Agency = ReturnType<typeof createAgency>;
