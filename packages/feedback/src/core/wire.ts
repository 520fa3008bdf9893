// The JSON of openapi/feedback.yaml, shared by the HTTP client (reading answers) and the Hono
// app (writing them). Each reader checks the shape and keeps only the contract's properties:
// on the client a malformed answer becomes a `server` error instead of a crash three screens
// later; on the server nothing an implementation added (a reporter id, a phone number, a
// database column) leaves the process — a public report can carry no identity because its
// reader has no place for one. Mirrors @govmini/dossier's wire.ts.
import { isReportStatus } from './status';
import type {
  FeedbackCategory,
  LocalizedText,
  MyReport,
  OfficialAnswer,
  Page,
  PublicReport,
  RatingLevel,
  ReportEvent,
  ReportIssue,
  ReportLocation,
  ReportPhoto,
  ReportRating,
} from './types';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

type Obj = Record<string, unknown>;
export const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isInt = (value: unknown): value is number => Number.isSafeInteger(value);
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** `{ key: value }` when value is defined, else `{}` (for exactOptionalPropertyTypes). */
const opt = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

class Malformed extends Error {}
const fail = (): never => {
  throw new Malformed();
};
const obj = (value: unknown): Obj => (isObject(value) ? value : fail());
const str = (value: unknown): string => (typeof value === 'string' ? value : fail());
const optStr = (value: unknown): string | undefined =>
  value === undefined ? undefined : str(value);
const bool = (value: unknown): boolean => (typeof value === 'boolean' ? value : fail());
const list = <T>(value: unknown, read: (v: unknown) => T): T[] =>
  Array.isArray(value) ? value.map(read) : fail();

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
  const o = obj(value);
  return { vi: str(o.vi), ...opt('en', optStr(o.en)) };
};

const ICONS = new Set([
  'road',
  'flood',
  'rubbish',
  'light',
  'tree',
  'water',
  'noise',
  'traffic',
  'building',
  'office',
  'safety',
  'other',
]);

function category(value: unknown): FeedbackCategory {
  const o = obj(value);
  const agency = obj(o.agency);
  if (!ICONS.has(o.icon as string) || !isInt(o.answerDays) || o.answerDays < 0) fail();
  return {
    id: str(o.id),
    title: localized(o.title),
    description: localized(o.description),
    icon: o.icon as FeedbackCategory['icon'],
    agency: { id: str(agency.id), name: localized(agency.name) },
    answerDays: o.answerDays as number,
    ...opt('notice', o.notice === undefined ? undefined : localized(o.notice)),
  };
}

function location(value: unknown): ReportLocation {
  const o = obj(value);
  if (o.kind === 'commune') {
    return {
      kind: 'commune',
      provinceCode: str(o.provinceCode),
      communeCode: str(o.communeCode),
      place: str(o.place),
    };
  }
  if (o.kind !== 'device' || !isNumber(o.latitude) || !isNumber(o.longitude)) fail();
  return {
    kind: 'device',
    latitude: o.latitude as number,
    longitude: o.longitude as number,
    ...opt('provinceCode', optStr(o.provinceCode)),
    ...opt('communeCode', optStr(o.communeCode)),
    ...opt('address', optStr(o.address)),
    ...opt('place', optStr(o.place)),
  };
}

const deviceLocation = (value: unknown) => {
  const read = location(value);
  return read.kind === 'device' ? read : fail();
};

function photo(value: unknown): ReportPhoto {
  const o = obj(value);
  const size = (v: unknown) => (v === undefined ? undefined : isInt(v) && v > 0 ? v : fail());
  return {
    id: str(o.id),
    url: str(o.url),
    type: str(o.type),
    ...opt('width', size(o.width)),
    ...opt('height', size(o.height)),
    ...opt('expiresAt', optStr(o.expiresAt)),
  };
}

function answer(value: unknown): OfficialAnswer {
  const o = obj(value);
  return {
    agency: localized(o.agency),
    answeredAt: str(o.answeredAt),
    text: str(o.text),
    attachments: list(o.attachments, photo),
  };
}

function event(value: unknown): ReportEvent {
  const o = obj(value);
  if (!isReportStatus(o.status)) fail();
  if (o.reopened !== undefined && o.reopened !== true) fail();
  return {
    status: o.status as ReportEvent['status'],
    at: str(o.at),
    ...opt('note', optStr(o.note)),
    ...opt('reopened', o.reopened as true | undefined),
  };
}

const LEVELS: readonly RatingLevel[] = ['very_satisfied', 'satisfied', 'unsatisfied'];
function rating(value: unknown): ReportRating {
  const o = obj(value);
  if (!LEVELS.includes(o.level as RatingLevel)) fail();
  return {
    level: o.level as RatingLevel,
    ...opt('comment', optStr(o.comment)),
    ratedAt: str(o.ratedAt),
  };
}

function publicReport(value: unknown): PublicReport {
  const o = obj(value);
  if (!isReportStatus(o.status) || !isInt(o.supporters) || o.supporters < 0) fail();
  return {
    id: str(o.id),
    code: str(o.code),
    categoryId: str(o.categoryId),
    description: str(o.description),
    photos: list(o.photos, photo),
    location: location(o.location),
    status: o.status as PublicReport['status'],
    history: list(o.history, event),
    ...opt('answer', o.answer === undefined ? undefined : answer(o.answer)),
    supporters: o.supporters as number,
    ...opt('reporterName', optStr(o.reporterName)),
    createdAt: str(o.createdAt),
    ...opt('dueDate', optStr(o.dueDate)),
  };
}

function myReport(value: unknown): MyReport {
  const o = obj(value);
  if (o.role !== 'reporter' && o.role !== 'supporter') fail();
  const resolved = o.resolved === undefined ? undefined : obj(o.resolved);
  return {
    ...publicReport(value),
    showName: bool(o.showName),
    publish: bool(o.publish),
    ...opt('rating', o.rating === undefined ? undefined : rating(o.rating)),
    ...opt(
      'resolved',
      resolved && {
        resolved: bool(resolved.resolved),
        at: str(resolved.at),
        ...opt('comment', optStr(resolved.comment)),
      },
    ),
    subscribed: bool(o.subscribed),
    role: o.role as MyReport['role'],
  };
}

function page(value: unknown): Page<PublicReport> {
  const o = obj(value);
  if (o.total !== undefined && !(isInt(o.total) && o.total >= 0)) fail();
  return {
    items: list(o.items, publicReport),
    ...opt('nextCursor', optStr(o.nextCursor)),
    ...opt('total', o.total as number | undefined),
  };
}

const ISSUE_PATHS = new Set([
  'categoryId',
  'description',
  'photoIds',
  'location',
  'rating',
  'comment',
]);
const ISSUE_CODES = new Set([
  'required',
  'too_long',
  'control_characters',
  'too_few_photos',
  'too_many_photos',
  'unknown_photo',
  'unknown_category',
  'invalid_location',
  'comment_required',
]);

function issue(value: unknown): ReportIssue {
  const o = obj(value);
  if (!ISSUE_PATHS.has(o.path as string) || !ISSUE_CODES.has(o.code as string)) fail();
  const params =
    o.params === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(obj(o.params)).filter(([, v]) => typeof v === 'string' || isNumber(v)),
        );
  return {
    path: o.path as ReportIssue['path'],
    code: o.code as ReportIssue['code'],
    ...opt('params', params as Record<string, string | number> | undefined),
  };
}

/** Contract readers: the value with only the contract's properties, or undefined if malformed. */
export const wire = {
  categories: (value: unknown) => attempt(() => list(value, category)),
  deviceLocation: (value: unknown) => attempt(() => deviceLocation(value)),
  location: (value: unknown) => attempt(() => location(value)),
  photo: (value: unknown) => attempt(() => photo(value)),
  publicReport: (value: unknown) => attempt(() => publicReport(value)),
  publicReports: (value: unknown) => attempt(() => list(value, publicReport)),
  myReport: (value: unknown) => attempt(() => myReport(value)),
  myReports: (value: unknown) => attempt(() => list(value, myReport)),
  page: (value: unknown) => attempt(() => page(value)),
  /** Malformed issues are dropped one by one: the rest still point at the right parts. */
  issues: (value: unknown) =>
    Array.isArray(value) ? value.flatMap((v) => attempt(() => issue(v)) ?? []) : undefined,
};
