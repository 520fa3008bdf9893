// The simulated agency, sped up so that a newcomer trying the app sees a report answered while
// watching: 10 s after a report is sent the desk receives it, 15 s later an officer starts on
// it, and 30 s after that the agency answers (the text is the memory service's plausible
// answer for the kind of problem) — under a minute in all. A report reopened with "Chưa được
// giải quyết" is answered again 30 s later. A real agency takes working days (the category's
// `answerDays`); the memory service's own clock-driven agency would too, so it is switched off
// (`auto: false`) and this drives the same officer actions on real time instead, so every date
// the citizen reads is today's.
//
// `catchUp()` does whatever is due; the backend calls it before answering any call, and
// `start()` also runs it every second so that a screen left open sees the change (subscribe).
import type { ReportStatus } from '@govmini/feedback';
import type { MemoryFeedbackService } from '@govmini/feedback/testing';

/** Real milliseconds from a report reaching a status to the agency's next step. */
export const AGENCY_DELAYS_MS = {
  sent: 10_000,
  received: 15_000,
  in_progress: 30_000,
} as const satisfies Partial<Record<ReportStatus, number>>;

export interface AgencyChange {
  readonly reportId: string;
  readonly status: ReportStatus;
}

export interface SpedUpAgency {
  /** Takes every step that is due by now. */
  catchUp(): Promise<void>;
  /** Answers at once (the developer's "Giả lập cơ quan trả lời ngay"). */
  answerNow(reportId: string): Promise<void>;
  /** Every step the agency takes. */
  subscribe(listener: (change: AgencyChange) => void): () => void;
  /** Runs `catchUp` every second until the returned function is called. */
  start(): () => void;
}

type Waiting = keyof typeof AGENCY_DELAYS_MS;
const isWaiting = (status: ReportStatus): status is Waiting => status in AGENCY_DELAYS_MS;

export function createSpedUpAgency(
  backend: MemoryFeedbackService,
  now: () => number = Date.now,
): SpedUpAgency {
  const listeners = new Set<(change: AgencyChange) => void>();
  const tell = (reportId: string) => {
    const status = backend.controls.reports().find((r) => r.report.id === reportId)?.report.status;
    if (status) for (const listener of listeners) listener({ reportId, status });
  };
  const step = async (reportId: string, status: Waiting) => {
    const officer = backend.controls;
    if (status === 'sent') await officer.receive(reportId);
    else if (status === 'received') await officer.start(reportId);
    else await officer.answer(reportId);
  };

  let running: Promise<void> | undefined;
  const run = async () => {
    // One step per report and pass: the next step counts from the time this one was taken.
    for (const { report } of backend.controls.reports()) {
      if (!isWaiting(report.status)) continue;
      const since = Date.parse(report.history.at(-1)?.at ?? report.createdAt);
      if (now() - since < AGENCY_DELAYS_MS[report.status]) continue;
      try {
        await step(report.id, report.status);
        tell(report.id);
      } catch (error) {
        // The citizen or the developer moved it meanwhile; the next pass sees where it is.
        console.warn('[sample] simulated agency skipped a step:', error);
      }
    }
  };

  const catchUp = () => {
    running ??= run().finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    catchUp,
    async answerNow(reportId) {
      await backend.controls.answer(reportId);
      tell(reportId);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      const timer = setInterval(() => void catchUp(), 1000);
      return () => clearInterval(timer);
    },
  };
}
