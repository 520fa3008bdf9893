// An answer as the citizen reads it back (check answers, prefilled values): dates as people
// write them, đồng with dots, option labels instead of codes, unit names instead of codes.
import { type CalendarDate, formatDate, formatPlate, formatVnd, type Locale } from '@govmini/vn';
import type { AdminIndex } from '@govmini/vn/admin';
import type {
  AddressAnswer,
  AnswerValue,
  AppointmentAnswer,
  Field,
  FileAnswer,
  LocalizedText,
} from '../../core/definition/types';

export interface FormatContext {
  readonly locale: Locale;
  readonly localized: (text: LocalizedText | undefined) => string;
  readonly yes: string;
  readonly no: string;
  readonly adminIndex: AdminIndex | undefined;
}

/** `2026-12-03` (or the day of `2026-12-03T08:00:00+07:00`) as a calendar day. */
export function isoDay(iso: string): CalendarDate {
  const [year = 0, month = 0, day = 0] = iso.slice(0, 10).split('-').map(Number);
  return { year, month, day };
}

const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** `+84912345678` → `0912 345 678`. */
export function formatPhoneNational(value: string): string {
  if (!value.startsWith('+84')) return value;
  const national = `0${value.slice(3)}`;
  return national.startsWith('02')
    ? `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`
    : `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
}

/** "Số 12 ngõ 5, Phường Ba Đình, Thành phố Hà Nội". */
export function formatAddress(answer: AddressAnswer, index: AdminIndex | undefined): string {
  const commune = answer.communeCode ? index?.getCommune(answer.communeCode) : undefined;
  const province = answer.provinceCode ? index?.getProvince(answer.provinceCode) : undefined;
  return [answer.street, commune?.name, province?.name].filter(Boolean).join(', ');
}

/** The lines an answer is shown as (one for most; one per item for lists). Empty = unanswered. */
export function formatAnswer(
  field: Field,
  value: AnswerValue | undefined,
  ctx: FormatContext,
): string[] {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return [];
  const options = 'options' in field ? field.options : undefined;
  const optionLabel = (v: string) => ctx.localized(options?.find((o) => o.value === v)?.label) || v;
  switch (field.type) {
    case 'date':
      return [
        typeof value === 'string' && isIsoDate(value)
          ? formatDate(isoDay(value), 'long', { locale: ctx.locale })
          : String(value),
      ];
    case 'money':
      return [typeof value === 'number' ? formatVnd(value, { locale: ctx.locale }) : String(value)];
    case 'number': {
      const unit = field.unit ? ` ${ctx.localized(field.unit)}` : '';
      return [
        typeof value === 'number'
          ? `${new Intl.NumberFormat(ctx.locale).format(value)}${unit}`
          : String(value),
      ];
    }
    case 'yesNo':
      return [value === true ? ctx.yes : value === false ? ctx.no : String(value)];
    case 'select':
    case 'radio':
      return [optionLabel(String(value))];
    case 'checkbox':
      return (value as readonly string[]).map(optionLabel);
    case 'phone':
      return [formatPhoneNational(String(value))];
    case 'cccd':
      return [String(value).replace(/^(\d{3})(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3 $4')];
    case 'plate':
      return [formatPlate(String(value))];
    case 'address':
      return [formatAddress(value as AddressAnswer, ctx.adminIndex)];
    case 'file':
    case 'photo':
      return (value as readonly FileAnswer[]).map((file) => file.name);
    case 'appointment': {
      const slot = value as AppointmentAnswer;
      return [
        `${slot.start.slice(11, 16)}, ${formatDate(isoDay(slot.start), 'full', { locale: ctx.locale })}`,
      ];
    }
    case 'group':
    case 'info':
      return [];
    default:
      return [String(value)];
  }
}
