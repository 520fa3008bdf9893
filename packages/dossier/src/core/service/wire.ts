// The JSON of openapi/dossier.yaml, shared by the HTTP client (reading answers) and the Hono
// app (writing them). Each reader checks the shape and keeps only the contract's properties:
// on the client a malformed answer becomes a `server` error instead of a crash three screens
// later; on the server nothing an implementation added (an owner id, a database column)
// leaves the process, and a public status can never carry answers.
import type { AnswerIssue } from '../definition/api';
import type {
  Answers,
  FileAnswer,
  LocalizedText,
  OnBehalf,
  ResultDelivery,
} from '../definition/types';
import { isDossierStatus } from './status';
import type {
  AppointmentSlot,
  Dossier,
  DossierPayment,
  DossierResult,
  DossierSummary,
  PaymentStatus,
  PublicDossierStatus,
  Rating,
  RatingLevel,
  RemoteDraft,
  StatusEvent,
  SupplementRequest,
} from './types';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const FIELD_HEADER = 'dossier-field-id';
export const PROCEDURE_HEADER = 'dossier-procedure-id';

type Obj = Record<string, unknown>;
export const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isInt = (value: unknown): value is number => Number.isSafeInteger(value);

/** `{ key: value }` when value is defined, else `{}` (for exactOptionalPropertyTypes). */
const opt = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/** Reads `value` with `read`; a missing property stays missing, a wrong one fails. */
function optional<T>(value: unknown, read: (v: unknown) => T | undefined): T | undefined | null {
  if (value === undefined) return undefined;
  const out = read(value);
  return out === undefined ? null : out;
}

class Malformed extends Error {}
const need = <T>(value: T | undefined | null): T => {
  if (value === undefined || value === null) throw new Malformed();
  return value;
};
const maybe = <T>(value: T | undefined | null): T | undefined => {
  if (value === null) throw new Malformed();
  return value;
};
const str = (value: unknown): string => (isString(value) ? value : need<string>(undefined));
const optStr = (value: unknown) => maybe(optional(value, (v) => (isString(v) ? v : undefined)));

/** Runs a reader; any malformed part makes the whole value undefined. */
function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof Malformed) return undefined;
    throw error;
  }
}

const localized = (value: unknown): LocalizedText => {
  if (!isObject(value)) throw new Malformed();
  return { vi: str(value.vi), ...opt('en', optStr(value.en)) };
};

const DELIVERY: readonly ResultDelivery[] = ['in_person', 'online', 'post'];
const delivery = (value: unknown): ResultDelivery =>
  need(DELIVERY.includes(value as ResultDelivery) ? (value as ResultDelivery) : undefined);
const status = (value: unknown) => need(isDossierStatus(value) ? value : undefined);

// Answers are the citizen's own words and files: passed through as JSON, checked to be an object.
const answers = (value: unknown): Answers => {
  if (!isObject(value)) throw new Malformed();
  return value as Answers;
};

function readFileAnswerStrict(value: unknown): FileAnswer {
  if (!isObject(value) || !isInt(value.size) || value.size < 0) throw new Malformed();
  return { id: str(value.id), name: str(value.name), type: str(value.type), size: value.size };
}

function onBehalf(value: unknown): OnBehalf {
  if (!isObject(value) || !isObject(value.filer)) throw new Malformed();
  const filer = value.filer;
  return {
    relationship: str(value.relationship),
    filer: {
      name: str(filer.name),
      ...opt('cccd', optStr(filer.cccd)),
      ...opt('phone', optStr(filer.phone)),
    },
  };
}

function statusEvent(value: unknown): StatusEvent {
  if (!isObject(value)) throw new Malformed();
  return {
    status: status(value.status),
    at: str(value.at),
    ...opt('note', optStr(value.note)),
    ...opt('by', optStr(value.by)),
  };
}

function supplementRequest(value: unknown): SupplementRequest {
  if (!isObject(value) || !Array.isArray(value.documents)) throw new Malformed();
  return {
    requestedAt: str(value.requestedAt),
    reason: str(value.reason),
    documents: value.documents.map(str),
    ...opt('dueDate', optStr(value.dueDate)),
    ...opt('answeredAt', optStr(value.answeredAt)),
  };
}

function result(value: unknown): DossierResult {
  if (!isObject(value)) throw new Malformed();
  const pickup = value.pickup;
  const post = value.postAddress;
  if (pickup !== undefined && !isObject(pickup)) throw new Malformed();
  if (post !== undefined && !isObject(post)) throw new Malformed();
  if (value.attachments !== undefined && !Array.isArray(value.attachments)) throw new Malformed();
  return {
    delivery: delivery(value.delivery),
    ...opt('pickup', pickup && { place: str(pickup.place), hours: str(pickup.hours) }),
    ...opt(
      'postAddress',
      post && {
        recipient: str(post.recipient),
        provinceCode: str(post.provinceCode),
        communeCode: str(post.communeCode),
        ...opt('street', optStr(post.street)),
      },
    ),
    ...opt('note', optStr(value.note)),
    ...opt('attachments', (value.attachments as unknown[] | undefined)?.map(readFileAnswerStrict)),
  };
}

const LEVELS: readonly RatingLevel[] = ['very_satisfied', 'satisfied', 'unsatisfied'];
function rating(value: unknown): Rating {
  if (!isObject(value) || !LEVELS.includes(value.level as RatingLevel)) throw new Malformed();
  return {
    level: value.level as RatingLevel,
    ...opt('comment', optStr(value.comment)),
    ratedAt: str(value.ratedAt),
  };
}

const PAYMENT_STATUSES: readonly PaymentStatus[] = ['unpaid', 'pending_confirmation', 'paid'];
function payment(value: unknown): DossierPayment {
  if (!isObject(value) || !PAYMENT_STATUSES.includes(value.status as PaymentStatus)) {
    throw new Malformed();
  }
  if (!isInt(value.amount) || value.amount <= 0) throw new Malformed();
  const account = value.account;
  if (account !== undefined && !isObject(account)) throw new Malformed();
  return {
    status: value.status as PaymentStatus,
    amount: value.amount,
    transferContent: str(value.transferContent),
    ...opt(
      'account',
      account && {
        bankBin: str(account.bankBin),
        accountNumber: str(account.accountNumber),
        accountName: str(account.accountName),
      },
    ),
    ...opt('reportedAt', optStr(value.reportedAt)),
    ...opt('confirmedAt', optStr(value.confirmedAt)),
    ...opt('note', optStr(value.note)),
  };
}

/** What a summary and a full dossier share. */
function common(value: unknown): Omit<DossierSummary, 'paymentStatus'> {
  if (!isObject(value)) throw new Malformed();
  return {
    code: str(value.code),
    procedureId: str(value.procedureId),
    procedureTitle: localized(value.procedureTitle),
    status: status(value.status),
    submittedAt: str(value.submittedAt),
    ...opt('dueDate', optStr(value.dueDate)),
  };
}

function summary(value: unknown): DossierSummary {
  const paid = isObject(value) ? value.paymentStatus : undefined;
  if (paid !== undefined && !PAYMENT_STATUSES.includes(paid as PaymentStatus)) {
    throw new Malformed();
  }
  return { ...common(value), ...opt('paymentStatus', paid as PaymentStatus | undefined) };
}

function dossier(value: unknown): Dossier {
  if (!isObject(value) || !isInt(value.procedureVersion) || !Array.isArray(value.history)) {
    throw new Malformed();
  }
  if (typeof value.cancellable !== 'boolean') throw new Malformed();
  if (value.feeAmount !== undefined && !isInt(value.feeAmount)) throw new Malformed();
  return {
    ...common(value),
    procedureVersion: value.procedureVersion,
    answers: answers(value.answers),
    ...opt('onBehalf', value.onBehalf === undefined ? undefined : onBehalf(value.onBehalf)),
    resultDelivery: delivery(value.resultDelivery),
    history: value.history.map(statusEvent),
    ...opt(
      'supplementRequest',
      value.supplementRequest === undefined
        ? undefined
        : supplementRequest(value.supplementRequest),
    ),
    ...opt('result', value.result === undefined ? undefined : result(value.result)),
    ...opt('rating', value.rating === undefined ? undefined : rating(value.rating)),
    ...opt('feeAmount', value.feeAmount as number | undefined),
    ...opt('payment', value.payment === undefined ? undefined : payment(value.payment)),
    cancellable: value.cancellable,
    ...opt('completedAt', optStr(value.completedAt)),
  };
}

function publicStatus(value: unknown): PublicDossierStatus {
  if (!isObject(value)) throw new Malformed();
  return {
    code: str(value.code),
    procedureTitle: localized(value.procedureTitle),
    status: status(value.status),
    submittedAt: str(value.submittedAt),
    ...opt('dueDate', optStr(value.dueDate)),
    ...opt('completedAt', optStr(value.completedAt)),
  };
}

function draft(value: unknown): RemoteDraft {
  if (!isObject(value) || !isInt(value.procedureVersion) || !Number.isFinite(value.updatedAt)) {
    throw new Malformed();
  }
  return {
    id: str(value.id),
    procedureId: str(value.procedureId),
    procedureVersion: value.procedureVersion,
    answers: answers(value.answers),
    pageId: str(value.pageId),
    ...opt('onBehalf', value.onBehalf === undefined ? undefined : onBehalf(value.onBehalf)),
    updatedAt: value.updatedAt as number,
  };
}

function slot(value: unknown): AppointmentSlot {
  if (!isObject(value) || !isInt(value.remaining) || value.remaining < 0) throw new Malformed();
  return {
    id: str(value.id),
    start: str(value.start),
    end: str(value.end),
    remaining: value.remaining,
  };
}

function issue(value: unknown): AnswerIssue {
  if (!isObject(value)) throw new Malformed();
  const params = value.params;
  if (params !== undefined && !isObject(params)) throw new Malformed();
  const cleanParams = params
    ? Object.fromEntries(
        Object.entries(params).filter(([, v]) => typeof v === 'string' || typeof v === 'number'),
      )
    : undefined;
  return {
    path: str(value.path),
    code: str(value.code) as AnswerIssue['code'],
    ...opt('params', cleanParams as Record<string, string | number> | undefined),
    ...opt('message', value.message === undefined ? undefined : localized(value.message)),
  };
}

const list =
  <T>(read: (v: unknown) => T) =>
  (value: unknown): T[] => {
    if (!Array.isArray(value)) throw new Malformed();
    return value.map(read);
  };

/** Contract readers: the value with only the contract's properties, or undefined if malformed. */
export const wire = {
  dossier: (value: unknown) => attempt(() => dossier(value)),
  summaries: (value: unknown) => attempt(() => list(summary)(value)),
  publicStatus: (value: unknown) => attempt(() => publicStatus(value)),
  draft: (value: unknown) => attempt(() => draft(value)),
  drafts: (value: unknown) => attempt(() => list(draft)(value)),
  file: (value: unknown) => attempt(() => readFileAnswerStrict(value)),
  slots: (value: unknown) => attempt(() => list(slot)(value)),
  /** Malformed issues are dropped one by one: the rest still point at the right fields. */
  issues: (value: unknown) =>
    Array.isArray(value) ? value.flatMap((v) => attempt(() => issue(v)) ?? []) : undefined,
  onBehalf: (value: unknown) => attempt(() => onBehalf(value)),
};

/**
 * `Content-Disposition: attachment; filename*=UTF-8''…` (RFC 6266/8187): headers are ASCII,
 * file names are Vietnamese.
 */
export function contentDisposition(name: string): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename*=UTF-8''${encoded}`;
}

/** The file name from a Content-Disposition header (`filename*` first, then `filename`). */
export function fileNameFromDisposition(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      return undefined;
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;\s]+)/i.exec(header);
  return plain?.[1] ?? plain?.[2];
}
