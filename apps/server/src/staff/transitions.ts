// Which status an officer may move a dossier to from each status, and what each move needs.
// One table for the staff API (which enforces it) and the console (which offers only these),
// so the form never shows a choice the server refuses. Plain data, no imports: the console
// bundles it as is. Status 7 (withdrawn) is the citizen's alone; 5 → 4 happens when the
// citizen answers a supplement request, so neither is an officer's move.

export type StatusCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/** The officer action behind a move (DossierOfficerActions, plus the two the console adds). */
export type StaffAction =
  | 'accept'
  | 'startProcessing'
  | 'requestSupplement'
  | 'requestPayment'
  | 'confirmPayment'
  | 'reject'
  | 'complete'
  | 'returnResult';

/** The fields a move asks for, in the order the form shows them. */
export type TransitionField =
  | 'reason'
  | 'documents'
  | 'dueDate'
  | 'amount'
  | 'resultNote'
  | 'pickupPlace'
  | 'pickupHours';

export interface Transition {
  readonly to: StatusCode;
  readonly action: StaffAction;
  readonly required: readonly TransitionField[];
  readonly optional: readonly TransitionField[];
}

const move = (
  to: StatusCode,
  action: StaffAction,
  required: readonly TransitionField[] = [],
  optional: readonly TransitionField[] = [],
): Transition => ({ to, action, required, optional });

const accept = move(2, 'accept');
const refuse = move(3, 'reject', ['reason']);
const start = move(4, 'startProcessing');
const supplement = move(5, 'requestSupplement', ['reason', 'documents', 'dueDate']);
const payment = move(6, 'requestPayment', ['amount']);
const stop = move(8, 'reject', ['reason']);
// What the result is (số, ngày ký, what to bring): the citizen reads it with status 9.
const complete = move(9, 'complete', ['resultNote'], ['pickupPlace', 'pickupHours']);
const handOver = move(10, 'returnResult');

/**
 * Moves by current status. The agency's rules (DossierOfficerActions): refuse only a new
 * dossier (→ 3), stop one already accepted (→ 8); a supplement request from 1, 2 or 4; fees
 * from 2 or 4; completion from 1, 2 or 4 passes through the steps not taken yet.
 */
export const TRANSITIONS: Readonly<Record<StatusCode, readonly Transition[]>> = {
  1: [accept, refuse, supplement, complete],
  2: [start, supplement, payment, stop, complete],
  3: [],
  4: [supplement, payment, stop, complete],
  5: [stop],
  6: [{ ...start, action: 'confirmPayment' }, stop],
  7: [],
  8: [],
  9: [handOver],
  10: [],
};

export const transitionsFrom = (status: StatusCode): readonly Transition[] =>
  TRANSITIONS[status] ?? [];

export const findTransition = (from: StatusCode, to: number): Transition | undefined =>
  transitionsFrom(from).find((t) => t.to === to);

/** Longest texts an officer may write, in characters (the citizen reads them on a phone). */
export const STAFF_LIMITS = {
  reason: 2000,
  document: 300,
  documents: 20,
  resultNote: 2000,
  pickupPlace: 300,
  pickupHours: 300,
  answer: 4000,
  answerPhotos: 5,
  /** Whole đồng; more than any fee in the national fee schedule. */
  amount: 1_000_000_000,
} as const;

/** What an officer may do with a report in each status (FeedbackOfficerActions' rules). */
export const REPORT_ACTIONS = {
  sent: ['receive', 'start', 'answer', 'reject'],
  received: ['start', 'answer', 'reject'],
  in_progress: ['answer', 'reject'],
  answered: ['close'],
  closed: [],
  rejected: [],
} as const satisfies Record<
  string,
  readonly ('receive' | 'start' | 'answer' | 'reject' | 'close')[]
>;
