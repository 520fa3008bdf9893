// The one-box answers: text, e-mail, tax code, plate, long text, number, money and CCCD.
// What the citizen typed is kept as typed until it can be read; the answer then takes the
// stored form (plate canonical, đồng as a number, the 12 CCCD digits). The boxes are
// uncontrolled (see useTypedAnswer): a keystroke stores the answer without rendering anything,
// and the tidy form (plate "51A-123.45", "1.500.000 ₫") is written into the box on leaving it.
import { CCCDInput, TextArea, TextInput } from '@govmini/ui';
import {
  formatPlate,
  formatTaxCode,
  formatVnd,
  parsePlate,
  parseTaxCode,
  parseVnd,
} from '@govmini/vn';
import type {
  CccdField,
  EmailField,
  MoneyField,
  NumberField,
  PlateField,
  TaxCodeField,
  TextareaField,
  TextField,
} from '../../core/definition/types';
import { useDossierMessages, useLocalized } from '../messages';
import { type AnswerFieldProps, useTypedAnswer } from './field-props';
import { fieldMessages } from './messages';

const orUndefined = (text: string) => (text.trim() === '' ? undefined : text);

/** Plates and tax codes as written on the document ("51A-123.45"); other text as it is. */
function tidyText(type: TextAnswerType, text: string): string {
  if (type === 'plate') {
    const plate = parsePlate(text);
    return plate.ok ? formatPlate(plate.value.normalized) : text;
  }
  if (type === 'taxCode') {
    const code = parseTaxCode(text);
    return code.ok ? formatTaxCode(code.value) : text;
  }
  return text;
}

/** The stored answer: a plate or tax code canonical once it reads as one, else as typed. */
function storedText(type: TextAnswerType, text: string): string | undefined {
  if (type === 'plate') {
    const plate = parsePlate(text);
    if (plate.ok) return plate.value.normalized;
  }
  if (type === 'taxCode') {
    const code = parseTaxCode(text);
    if (code.ok) return code.value.value;
  }
  return orUndefined(text);
}

type TextAnswerType = (TextField | EmailField | TaxCodeField | PlateField)['type'];

export function TextAnswer({
  field,
  name,
  id,
  label,
  hint,
  optional,
}: AnswerFieldProps<TextField | EmailField | TaxCodeField | PlateField>) {
  const answer = useTypedAnswer<string>(name);
  const type = field.type;
  return (
    <TextInput
      id={id}
      name={name}
      label={label}
      hint={hint}
      error={answer.error}
      optional={optional}
      defaultValue={answer.initial === undefined ? '' : tidyText(type, answer.initial)}
      type={type === 'email' ? 'email' : 'text'}
      inputMode={type === 'email' ? 'email' : undefined}
      spellCheck={type === 'text' ? undefined : false}
      autoCapitalize={type === 'plate' ? 'characters' : undefined}
      autoComplete={field.autocomplete ?? (type === 'email' ? 'email' : 'off')}
      maxWidth={type === 'plate' || type === 'taxCode' ? 'md' : undefined}
      onChange={(event) => answer.setValue(storedText(type, event.currentTarget.value))}
      // Plates and tax codes are tidied when the citizen leaves the box, never while typing.
      onBlur={(event) => {
        const box = event.currentTarget;
        const tidy = tidyText(type, box.value);
        if (tidy !== box.value) box.value = tidy;
      }}
    />
  );
}

export function TextareaAnswer({
  field,
  name,
  id,
  label,
  hint,
  optional,
}: AnswerFieldProps<TextareaField>) {
  const answer = useTypedAnswer<string>(name);
  return (
    <TextArea
      id={id}
      name={name}
      label={label}
      hint={hint}
      error={answer.error}
      optional={optional}
      maxLength={field.maxLength}
      defaultValue={answer.initial ?? ''}
      onChange={(event) => answer.setValue(orUndefined(event.currentTarget.value))}
    />
  );
}

/** Reads "1.500.000", "1,5 triệu", "12" as a number; anything else stays text for the check. */
function readNumber(text: string, money: boolean): number | string | undefined {
  if (text.trim() === '') return undefined;
  if (money) {
    const amount = parseVnd(text);
    return amount.ok ? Number(amount.value) : text;
  }
  const normalized = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : text;
}

/** A number as the box shows it: money with dots and ₫ ("1.500.000 ₫"), text as it was typed. */
const showNumber = (value: number | string | undefined, money: boolean): string =>
  value === undefined ? '' : typeof value === 'number' && money ? formatVnd(value) : String(value);

export function NumberAnswer({
  field,
  name,
  id,
  label,
  hint,
  optional,
}: AnswerFieldProps<NumberField | MoneyField>) {
  const t = useDossierMessages(fieldMessages);
  const localized = useLocalized();
  const answer = useTypedAnswer<number | string>(name);
  const money = field.type === 'money';
  const unit =
    field.type === 'number' && field.unit ? t('unit', { unit: localized(field.unit) }) : undefined;
  const extra = money ? t('moneyHint') : unit;
  return (
    <TextInput
      id={id}
      name={name}
      label={label}
      hint={
        hint && extra ? (
          <>
            {hint} {extra}
          </>
        ) : (
          (hint ?? extra)
        )
      }
      error={answer.error}
      optional={optional}
      defaultValue={showNumber(answer.initial, money)}
      inputMode={money || (field.type === 'number' && field.integer) ? 'numeric' : 'decimal'}
      autoComplete={field.autocomplete ?? 'off'}
      maxWidth={money ? 'md' : 'sm'}
      onChange={(event) => answer.setValue(readNumber(event.currentTarget.value, money))}
      onBlur={(event) => {
        // "1500000" becomes "1.500.000 ₫" once read: the citizen sees what will be sent.
        const box = event.currentTarget;
        const value = readNumber(box.value, money);
        if (typeof value === 'number' && showNumber(value, money) !== box.value) {
          box.value = showNumber(value, money);
        }
      }}
    />
  );
}

export function CccdAnswer({
  field,
  name,
  id,
  label,
  hint,
  optional,
}: AnswerFieldProps<CccdField>) {
  const answer = useTypedAnswer<string>(name);
  return (
    <CCCDInput
      id={id}
      name={name}
      label={label}
      hint={hint}
      error={answer.error}
      optional={optional}
      autoComplete={field.autocomplete ?? 'off'}
      defaultValue={answer.initial ?? ''}
      onValueChange={(text) => {
        const digits = text.replace(/\s+/g, '');
        answer.setValue(orUndefined(/^\d+$/.test(digits) ? digits : text));
      }}
    />
  );
}
