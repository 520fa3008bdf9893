// What a citizen reads when an answer needs fixing: what is wrong and what to do, naming the
// question (GOV.UK error-message style: "Vui lòng nhập họ và tên", never "Invalid input").
// Vietnamese first, plain and polite, no pronoun for the reader. Keys are the issue code, or
// `code.variant` for a more precise wording (variant from params.reason, .relative, .fieldType).
// Apps override any key as `dossier.answer.<key>` (same convention as the screens' catalogues).
import { type Catalogue, defineCatalogue, formatMessage, type Locale } from '@govmini/ui/core';
import { formatDate, formatVnd } from '@govmini/vn';
import { dossierLocalePack } from '../../locales/pack';
import type { AnswerIssue, AnswerIssueCode } from './api';
import { readIsoDate } from './expression';
import type { LocalizedText } from './types';

export type MessageLocale = Locale;

const vi = {
  required: 'Vui lòng nhập {labelLower}.',
  'required.select': 'Vui lòng chọn {labelLower}.',
  'required.question': 'Vui lòng chọn câu trả lời cho câu hỏi “{label}”.',
  'required.yesNo': 'Vui lòng chọn Có hoặc Không cho câu hỏi “{label}”.',
  'required.address': 'Vui lòng chọn tỉnh, thành phố và xã, phường cho {labelLower}.',
  'required.upload': 'Vui lòng tải lên {labelLower}.',
  'required.add': 'Vui lòng thêm {labelLower}.',
  'required.upload_missing': 'Tệp của {labelLower} chưa được gửi lên. Vui lòng tải lên lại.',
  too_short: '{label} phải có ít nhất {min} ký tự.',
  too_long: '{label} chỉ được tối đa {max} ký tự, hiện có {length}. Vui lòng rút gọn.',
  pattern: '{label} chưa đúng định dạng. Vui lòng kiểm tra lại.',
  not_a_number: '{label} chỉ gồm chữ số, ví dụ 3.',
  not_integer: '{label} phải là số nguyên, không có phần thập phân.',
  'not_integer.money': '{label} tính bằng đồng, không có số lẻ.',
  too_small: '{label} phải từ {min} trở lên.',
  too_large: '{label} phải từ {max} trở xuống.',
  invalid_date: '{label} phải là một ngày có thật, ví dụ 27/03/2007.',
  date_too_early: '{label} phải từ ngày {min} trở về sau.',
  'date_too_early.today': '{label} phải là hôm nay hoặc một ngày sau hôm nay.',
  date_too_late: '{label} phải trước hoặc đúng ngày {max}.',
  'date_too_late.today': '{label} không được sau ngày hôm nay.',
  invalid_option: 'Vui lòng chọn một trong các lựa chọn có sẵn cho {labelLower}.',
  too_few_selected: 'Vui lòng chọn ít nhất {min} mục cho {labelLower}.',
  too_many_selected: 'Chỉ được chọn tối đa {max} mục cho {labelLower}. Vui lòng bỏ bớt.',
  invalid_email: '{label} chưa đúng. Địa chỉ email có dạng ten@vidu.vn.',
  invalid_phone: '{label} chưa đúng. Vui lòng kiểm tra lại đầu số và từng chữ số.',
  'invalid_phone.not_digits': '{label} chỉ gồm chữ số, ví dụ 0912 345 678.',
  'invalid_phone.too_short':
    '{label} còn thiếu chữ số. Số di động có 10 chữ số, ví dụ 0912 345 678.',
  'invalid_phone.too_long': '{label} bị thừa chữ số. Số di động có 10 chữ số, ví dụ 0912 345 678.',
  'invalid_phone.old_prefix':
    '{label} dùng đầu số cũ, nay đã đổi thành {suggestion}. Vui lòng nhập số mới.',
  'invalid_phone.not_vietnamese': 'Vui lòng nhập số điện thoại Việt Nam, ví dụ 0912 345 678.',
  'invalid_phone.not_mobile':
    '{label} phải là số di động, ví dụ 0912 345 678, không phải số máy bàn.',
  invalid_cccd: '{label} phải có đủ 12 chữ số. Vui lòng kiểm tra lại trên thẻ căn cước.',
  'invalid_cccd.not_digits': '{label} chỉ gồm chữ số. Vui lòng xóa chữ cái và ký hiệu khác.',
  'invalid_cccd.length':
    '{label} phải có đủ 12 chữ số, số vừa nhập có {count}. Vui lòng kiểm tra lại trên thẻ căn cước.',
  'invalid_cccd.old_cmnd':
    'Đây là số chứng minh nhân dân cũ (9 chữ số), đã hết hạn. Vui lòng nhập số 12 chữ số trên thẻ căn cước.',
  'invalid_cccd.unknown_province':
    'Ba chữ số đầu của {labelLower} không phải mã tỉnh nào. Vui lòng đối chiếu từng số trên thẻ căn cước.',
  'invalid_cccd.future_birth_year':
    '{label} ứng với một năm sinh chưa tới. Có lẽ nhập nhầm một số, vui lòng kiểm tra lại.',
  cccd_mismatch: '{label} không khớp với ngày sinh hoặc giới tính đã khai. Vui lòng kiểm tra lại.',
  'cccd_mismatch.birth_year_mismatch':
    'Năm sinh {actual} không khớp với {labelLower} (số này ứng với năm sinh {expected}). Vui lòng kiểm tra lại một trong hai.',
  'cccd_mismatch.sex_mismatch':
    'Giới tính đã chọn không khớp với {labelLower}. Vui lòng kiểm tra lại giới tính hoặc số căn cước.',
  invalid_tax_code: '{label} chưa đúng: có thể nhập nhầm một chữ số. Vui lòng kiểm tra lại.',
  'invalid_tax_code.not_digits': '{label} chỉ gồm chữ số, ví dụ 0100233488.',
  'invalid_tax_code.length':
    '{label} có 10 chữ số, hoặc 13 chữ số đối với chi nhánh, ví dụ 0100233488-001.',
  invalid_plate: '{label} chưa đúng. Biển số có dạng 51A-123.45 hoặc 29-B1 123.45.',
  invalid_address: 'Vui lòng chọn lại {labelLower}.',
  'invalid_address.province': 'Vui lòng chọn tỉnh, thành phố cho {labelLower}.',
  'invalid_address.commune':
    'Vui lòng chọn xã, phường cho {labelLower} trong danh sách của tỉnh, thành phố đã chọn.',
  'invalid_address.street': 'Vui lòng nhập số nhà, tên đường hoặc thôn, ấp cho {labelLower}.',
  too_few_files: 'Vui lòng tải lên ít nhất {min} tệp cho {labelLower}.',
  too_many_files: 'Chỉ được tải lên tối đa {max} tệp cho {labelLower}. Vui lòng xóa bớt.',
  file_too_large: 'Tệp “{name}” lớn hơn {maxSize}. Vui lòng chọn tệp nhỏ hơn.',
  file_type: 'Tệp “{name}” không đúng loại. Vui lòng tải lên tệp {accept}.',
  too_few_items: 'Vui lòng thêm ít nhất {min} mục cho {labelLower}.',
  too_many_items: 'Chỉ được thêm tối đa {max} mục cho {labelLower}. Vui lòng xóa bớt.',
  invalid_slot: 'Lịch hẹn đã chọn không còn trống. Vui lòng chọn lịch hẹn khác.',
  'invalid_slot.past': 'Lịch hẹn đã chọn đã qua. Vui lòng chọn lịch hẹn khác.',
  'invalid_slot.shape': 'Lịch hẹn chưa được chọn đúng. Vui lòng chọn lại {labelLower}.',
  invalid_dossier_code:
    '{label} chưa đúng. Mã hồ sơ in trên giấy tiếp nhận, có dạng 000.00.06.H56-250715-0001.',
  invalid_value: '{label} chưa đúng. Vui lòng nhập lại.',
  rule: 'Vui lòng kiểm tra lại {labelLower}.',
  unknown_field: 'Thông tin này không thuộc thủ tục. Vui lòng tải lại trang rồi gửi lại.',
  item: '{itemLabel}: {message}',
  defaultLabel: 'Thông tin này',
} as const;

export type AnswerMessageKey = keyof typeof vi;
// Every issue code has a message (tsc fails here when a code is added without one).
const _everyCode: Record<AnswerIssueCode, string> = vi;
void _everyCode;

/**
 * The citizen messages for answer issues: Vietnamese here, English in the dossier locale pack
 * (loaded on demand). Full keys are `dossier.answer.<key>`, which is also how an app overrides one.
 */
export const answerIssueMessages: Catalogue<AnswerMessageKey, 'dossier.answer.'> =
  /* @__PURE__ */ defineCatalogue(dossierLocalePack, 'dossier.answer.', vi);

export interface AnswerIssueMessageOptions {
  readonly locale?: MessageLocale | undefined;
  /** The question's label; default: the label the validator put in the issue's params. */
  readonly label?: string | LocalizedText | undefined;
  /** Replacements, keyed `dossier.answer.<key>`, e.g. `dossier.answer.required`. */
  readonly messages?: Readonly<Record<string, string>> | undefined;
}

const QUESTION = /[?？]\s*$/;
const SELECT_TYPES = new Set(['select', 'radio', 'checkbox', 'appointment']);

/** "Họ và tên" → "họ và tên", but "CCCD của cha" stays (an acronym keeps its capitals). */
export function lowerFirst(text: string): string {
  const [first = '', second = ''] = [...text];
  if (second && second === second.toUpperCase() && second !== second.toLowerCase()) return text;
  return first.toLowerCase() + text.slice(first.length);
}

function variantOf(issue: AnswerIssue, label: string): string | undefined {
  const p = issue.params ?? {};
  if (issue.code === 'required') {
    if (p.reason === 'upload_missing') return 'upload_missing';
    const type = String(p.fieldType ?? '');
    if (type === 'yesNo') return 'yesNo';
    if (SELECT_TYPES.has(type)) return QUESTION.test(label) ? 'question' : 'select';
    if (type === 'address') return 'address';
    if (type === 'file' || type === 'photo') return 'upload';
    if (type === 'group') return 'add';
    return QUESTION.test(label) ? 'question' : undefined;
  }
  if (p.relative !== undefined) return String(p.relative);
  if (p.reason !== undefined) return String(p.reason);
  if (p.fieldType !== undefined) return String(p.fieldType);
  return undefined;
}

const pick = (text: string | LocalizedText | undefined, locale: MessageLocale) =>
  text === undefined
    ? undefined
    : typeof text === 'string'
      ? text
      : ((locale === 'en' ? text.en : undefined) ?? text.vi);

function formatBytes(bytes: number, locale: MessageLocale): string {
  const mb = bytes / (1024 * 1024);
  const value = mb >= 1 ? Math.round(mb * 10) / 10 : Math.round((bytes / 1024) * 10) / 10;
  const number = locale === 'vi' ? String(value).replace('.', ',') : String(value);
  return `${number} ${mb >= 1 ? 'MB' : 'KB'}`;
}

function formatValue(
  name: string,
  value: string | number,
  issue: AnswerIssue,
  locale: MessageLocale,
): string {
  if (typeof value === 'string') {
    const date = readIsoDate(value);
    if (date && (issue.code === 'date_too_early' || issue.code === 'date_too_late')) {
      return formatDate(date, locale === 'vi' ? 'short' : 'long', { locale });
    }
    return value;
  }
  // Quantities get thousands separators; years and digit counts (expected, actual…) do not.
  if (name !== 'min' && name !== 'max') return String(value);
  if (issue.params?.fieldType === 'money') return formatVnd(value, { locale });
  return value.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB');
}

/**
 * The message for one answer issue, in the locale (`vi` by default). A `rule` or `pattern`
 * issue carries its own message from the definition; others come from the catalogue.
 */
export function answerIssueMessage(
  issue: AnswerIssue,
  options: MessageLocale | AnswerIssueMessageOptions = {},
): string {
  const opts = typeof options === 'string' ? { locale: options } : options;
  const { pack, prefix } = answerIssueMessages;
  // Until the English pack has loaded, the whole message is Vietnamese (label, dates and numbers
  // too), never English words in a Vietnamese sentence.
  const locale: MessageLocale = opts.locale === 'en' && pack.isLoaded('en') ? 'en' : 'vi';
  const template = (key: AnswerMessageKey) =>
    opts.messages?.[prefix + key] ?? pack.text(locale, prefix + key) ?? vi[key];
  const p = issue.params ?? {};
  const label =
    pick(opts.label, locale) ??
    (locale === 'en' && typeof p.labelEn === 'string' ? p.labelEn : undefined) ??
    (typeof p.label === 'string' ? p.label : undefined) ??
    template('defaultLabel');

  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(p))
    params[name] = formatValue(name, value, issue, locale);
  params.label = label;
  params.labelLower = lowerFirst(label);
  if (typeof p.max === 'number' && issue.code === 'file_too_large')
    params.maxSize = formatBytes(p.max, locale);

  let message: string;
  if ((issue.code === 'rule' || issue.code === 'pattern') && issue.message) {
    message = pick(issue.message, locale) ?? '';
  } else {
    const variant = variantOf(issue, label);
    const specific = variant && (`${issue.code}.${variant}` as AnswerMessageKey);
    const key: AnswerMessageKey =
      specific && specific in vi ? specific : (issue.code as AnswerIssueCode);
    message = formatMessage(template(key) ?? template('invalid_value'), params);
  }
  const itemLabel =
    locale === 'en' && typeof p.itemLabelEn === 'string' ? p.itemLabelEn : p.itemLabel;
  return typeof itemLabel === 'string'
    ? formatMessage(template('item'), { itemLabel, message })
    : message;
}
