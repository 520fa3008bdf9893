// The checks of one answered field, by type. Answers may come from anywhere (a tampered
// request, an old draft), so every value is checked for its kind before anything else, and
// nothing here throws. Params feed the citizen messages in messages.ts.
import { crossCheckCccd, parseCccd, parseDossierCode, parsePlate, parseTaxCode } from '@govmini/vn';
import { getProvince } from '@govmini/vn/admin';
import { parsePhone } from '@govmini/vn/phone';
import type { AnswerIssue, AnswerIssueCode } from './api';
import { DEFAULT_ACCEPT, DEFAULT_MAX_BYTES, DEFAULT_MAX_FILES } from './defaults';
import { readIsoDate, shiftIsoDate } from './expression';
import type { Answers, AnswerValue, DateBound, Field, NamedValidator, TextField } from './types';

export interface FieldCheckContext {
  /** Issue path of this field: `fullName`, or `members.2.name` in a group item. */
  readonly path: string;
  readonly today: string;
  /** Effective answers of the procedure (hidden fields pruned). */
  readonly answers: Answers;
  /** Effective answers of the current group item, if any. */
  readonly item?: Answers | undefined;
  readonly communeExists?: ((provinceCode: string, communeCode: string) => boolean) | undefined;
  /** Label and item number params added to every issue of the field. */
  readonly params: Readonly<Record<string, string | number>>;
}

type Params = Record<string, string | number>;
type Emit = (
  code: AnswerIssueCode,
  params?: Params,
  extra?: { path?: string; message?: AnswerIssue['message'] },
) => void;

const STREET_MAX = 200;
// Deliberately simple (RFC 5322 is not what people mistype): one @, a dot in the domain, no spaces.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;
const OFFSET_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const patterns = new Map<string, RegExp | null>();
function compiled(regex: string): RegExp | null {
  let re = patterns.get(regex);
  if (re === undefined) {
    try {
      re = new RegExp(`^(?:${regex})$`, 'u');
    } catch {
      re = null; // parseProcedure reports it; an unparsed definition must not crash validation
    }
    patterns.set(regex, re);
  }
  return re;
}

/** The ISO date a bound stands for today. */
export function resolveBound(bound: DateBound, today: string): string | undefined {
  if (bound === 'today') return today;
  if (typeof bound === 'string') return readIsoDate(bound) ? bound : undefined;
  return shiftIsoDate(today, bound.todayOffsetDays);
}

/** The CCCD options' "today": only its year matters, so mid-year avoids time-zone edges. */
const cccdToday = (today: string) => new Date(Number(today.slice(0, 4)), 6, 1);

function checkNamed(validator: NamedValidator, text: string, today: string, emit: Emit) {
  switch (validator) {
    case 'cccd': {
      const r = parseCccd(text, { today: cccdToday(today) });
      if (!r.ok) emit('invalid_cccd', { reason: r.error.code });
      return;
    }
    case 'taxCode': {
      const r = parseTaxCode(text);
      if (!r.ok) emit('invalid_tax_code', { reason: r.error.code });
      return;
    }
    case 'plate': {
      // A plausible special series the parser cannot decode is accepted, not blocked.
      const r = parsePlate(text);
      if (!r.ok && r.error.code !== 'unrecognised') emit('invalid_plate', { reason: r.error.code });
      return;
    }
    case 'phone': {
      const r = parsePhone(text);
      if (!r.ok) emit('invalid_phone', { reason: r.error.code });
      return;
    }
    case 'email':
      if (text.length > 254 || !EMAIL.test(text)) emit('invalid_email');
      return;
    case 'dossierCode': {
      const r = parseDossierCode(text);
      if (!r.ok) emit('invalid_dossier_code', { reason: r.error.code });
      return;
    }
  }
}

function checkText(
  field: TextField | Extract<Field, { type: 'textarea' }>,
  value: string,
  today: string,
  emit: Emit,
) {
  const text = value.normalize('NFC').trim();
  const length = [...text].length;
  if (field.minLength !== undefined && length < field.minLength)
    emit('too_short', { min: field.minLength, length });
  if (field.maxLength !== undefined && length > field.maxLength)
    emit('too_long', { max: field.maxLength, length });
  if (field.type === 'text' && field.pattern) {
    const re = compiled(field.pattern.regex);
    if (re && !re.test(text)) emit('pattern', {}, { message: field.pattern.message });
  }
  for (const validator of field.validators ?? []) checkNamed(validator, text, today, emit);
}

function sexOf(value: unknown): 'male' | 'female' | undefined {
  return value === 'male' || value === 'female' ? value : undefined;
}

function checkCccd(
  field: Extract<Field, { type: 'cccd' }>,
  value: string,
  ctx: FieldCheckContext,
  emit: Emit,
) {
  const result = parseCccd(value, { today: cccdToday(ctx.today) });
  if (!result.ok) {
    const code = result.error.code;
    const count = value.replace(/[\s.-]/g, '').length;
    emit('invalid_cccd', { reason: code, ...(code === 'length' && { count }) });
    return;
  }
  const read = (id: string | undefined) =>
    id === undefined
      ? undefined
      : ctx.item && Object.hasOwn(ctx.item, id)
        ? ctx.item[id]
        : ctx.answers[id];
  const dob = readIsoDate(read(field.crossCheck?.dateOfBirth));
  const sex = sexOf(read(field.crossCheck?.sex));
  const mismatches = crossCheckCccd(result.value, {
    ...(dob && { dateOfBirth: { year: dob.year } }),
    ...(sex && { sex }),
  });
  for (const m of mismatches) {
    emit('cccd_mismatch', { reason: m.code, expected: m.expected, actual: m.actual });
  }
}

function checkAddress(
  field: Extract<Field, { type: 'address' }>,
  value: unknown,
  ctx: FieldCheckContext,
  emit: Emit,
) {
  if (!isRecord(value)) return emit('invalid_value');
  const { provinceCode, communeCode, street } = value;
  if (
    typeof provinceCode !== 'string' ||
    !/^\d{2}$/.test(provinceCode) ||
    !getProvince(provinceCode)
  ) {
    return emit('invalid_address', { reason: 'province' });
  }
  if (
    typeof communeCode !== 'string' ||
    !/^\d{1,6}$/.test(communeCode) ||
    (ctx.communeExists && !ctx.communeExists(provinceCode, communeCode))
  ) {
    return emit('invalid_address', { reason: 'commune' });
  }
  if (field.street !== false) {
    if (typeof street !== 'string' || street.trim() === '')
      emit('invalid_address', { reason: 'street' });
    else if ([...street.trim()].length > STREET_MAX)
      emit('too_long', { max: STREET_MAX, length: [...street.trim()].length });
  }
}

function accepts(accept: readonly string[], type: string) {
  const lower = type.toLowerCase();
  return accept.some((a) => a === lower || (a.endsWith('/*') && lower.startsWith(a.slice(0, -1))));
}

/** `image/jpeg` → `JPG`: what a citizen recognises. */
export function formatAccept(accept: readonly string[]): string {
  const names: Record<string, string> = {
    'image/jpeg': 'JPG',
    'application/pdf': 'PDF',
    'image/*': 'ảnh',
  };
  return [...new Set(accept.map((a) => names[a] ?? (a.split('/')[1] ?? a).toUpperCase()))].join(
    ', ',
  );
}

function checkFiles(
  field: Extract<Field, { type: 'file' | 'photo' }>,
  value: unknown,
  ctx: FieldCheckContext,
  emit: Emit,
) {
  if (!Array.isArray(value)) return emit('invalid_value');
  const maxFiles = field.maxFiles ?? DEFAULT_MAX_FILES;
  if (value.length > maxFiles) emit('too_many_files', { max: maxFiles, count: value.length });
  if (field.minFiles !== undefined && value.length < field.minFiles)
    emit('too_few_files', { min: field.minFiles, count: value.length });
  const maxBytes = field.maxBytes ?? DEFAULT_MAX_BYTES[field.type];
  const accept = field.accept ?? DEFAULT_ACCEPT[field.type];
  for (const [i, file] of value.entries()) {
    const path = `${ctx.path}.${i}`;
    if (
      !isRecord(file) ||
      typeof file.id !== 'string' ||
      typeof file.name !== 'string' ||
      typeof file.type !== 'string' ||
      typeof file.size !== 'number' ||
      !(file.size >= 0)
    ) {
      emit('invalid_value', {}, { path });
      continue;
    }
    if (!accepts(accept, file.type))
      emit('file_type', { name: file.name, accept: formatAccept(accept) }, { path });
    if (file.size > maxBytes)
      emit('file_too_large', { name: file.name, max: maxBytes, size: file.size }, { path });
  }
}

function checkAppointment(value: unknown, today: string, emit: Emit) {
  if (!isRecord(value)) return emit('invalid_slot', { reason: 'shape' });
  const { slotId, start, end } = value;
  const valid =
    typeof slotId === 'string' &&
    slotId !== '' &&
    typeof start === 'string' &&
    OFFSET_DATETIME.test(start) &&
    typeof end === 'string' &&
    OFFSET_DATETIME.test(end) &&
    Date.parse(start) < Date.parse(end);
  if (!valid) return emit('invalid_slot', { reason: 'shape' });
  // The slot's day in Vietnam must not have passed.
  const day = new Date(Date.parse(start as string) + 7 * 3_600_000).toISOString().slice(0, 10);
  if (day < today) emit('invalid_slot', { reason: 'past' });
}

/** Problems with one answered (non-empty) value of a non-group field. */
export function checkFieldValue(
  field: Field,
  value: AnswerValue,
  ctx: FieldCheckContext,
): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  const emit: Emit = (code, params = {}, extra = {}) => {
    const all = { ...ctx.params, ...params };
    issues.push({
      path: extra.path ?? ctx.path,
      code,
      ...(Object.keys(all).length ? { params: all } : {}),
      ...(extra.message ? { message: extra.message } : {}),
    });
  };
  switch (field.type) {
    case 'text':
    case 'textarea':
      if (typeof value !== 'string') emit('invalid_value');
      else checkText(field, value, ctx.today, emit);
      break;
    case 'number':
    case 'money': {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        emit('not_a_number');
        break;
      }
      if ((field.type === 'money' || field.integer) && !Number.isInteger(value))
        emit('not_integer', { fieldType: field.type });
      const min = field.min ?? (field.type === 'money' ? 0 : undefined);
      if (min !== undefined && value < min) emit('too_small', { min, fieldType: field.type });
      if (field.max !== undefined && value > field.max)
        emit('too_large', { max: field.max, fieldType: field.type });
      break;
    }
    case 'date': {
      if (!readIsoDate(value)) {
        emit('invalid_date');
        break;
      }
      const min = field.min === undefined ? undefined : resolveBound(field.min, ctx.today);
      const max = field.max === undefined ? undefined : resolveBound(field.max, ctx.today);
      const relative = (bound: DateBound | undefined) =>
        bound === 'today' ? { relative: 'today' } : {};
      if (min && (value as string) < min) emit('date_too_early', { min, ...relative(field.min) });
      if (max && (value as string) > max) emit('date_too_late', { max, ...relative(field.max) });
      break;
    }
    case 'select':
    case 'radio':
      if (typeof value !== 'string' || !field.options.some((o) => o.value === value))
        emit('invalid_option');
      break;
    case 'checkbox': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        emit('invalid_value');
        break;
      }
      const chosen = new Set(value as readonly string[]);
      if (
        [...chosen].some((v) => !field.options.some((o) => o.value === v)) ||
        chosen.size !== value.length
      ) {
        emit('invalid_option');
      }
      if (field.minSelected !== undefined && chosen.size < field.minSelected)
        emit('too_few_selected', { min: field.minSelected });
      if (field.maxSelected !== undefined && chosen.size > field.maxSelected)
        emit('too_many_selected', { max: field.maxSelected });
      break;
    }
    case 'yesNo':
      if (typeof value !== 'boolean') emit('invalid_option');
      break;
    case 'email':
    case 'phone':
    case 'taxCode':
    case 'plate':
      if (typeof value !== 'string') emit('invalid_value');
      else if (field.type === 'phone') {
        const r = parsePhone(value);
        if (!r.ok)
          emit('invalid_phone', {
            reason: r.error.code,
            ...(r.error.suggestion && { suggestion: r.error.suggestion }),
          });
        else if (field.mobileOnly && r.value.kind !== 'mobile')
          emit('invalid_phone', { reason: 'not_mobile' });
      } else checkNamed(field.type, value.trim(), ctx.today, emit);
      break;
    case 'cccd':
      if (typeof value !== 'string') emit('invalid_value');
      else checkCccd(field, value, ctx, emit);
      break;
    case 'address':
      checkAddress(field, value, ctx, emit);
      break;
    case 'file':
    case 'photo':
      checkFiles(field, value, ctx, emit);
      break;
    case 'appointment':
      checkAppointment(value, ctx.today, emit);
      break;
    case 'group':
    case 'info':
      break;
  }
  return issues;
}
