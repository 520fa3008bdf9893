// A phone number: shown as typed ("0912 345 678"), stored in E.164 once it reads as one. Its own
// file because @govmini/ui/phone carries the phone metadata: procedures without a phone field
// don't load it (the journey imports this lazily, see FieldView).
import { PhoneInput } from '@govmini/ui/phone';
import { parsePhone } from '@govmini/vn/phone';
import type { PhoneField } from '../../core/definition/types';
import { type AnswerFieldProps, useAnswer } from './field-props';

/** `+84912345678` → `0912345678`; other text as it is. */
const asTyped = (value: string | undefined) =>
  value?.startsWith('+84') ? `0${value.slice(3)}` : (value ?? '');

export default function PhoneAnswer({
  field,
  name,
  id,
  label,
  hint,
  optional,
}: AnswerFieldProps<PhoneField>) {
  const answer = useAnswer<string>(name);
  return (
    <PhoneInput
      id={id}
      name={name}
      ref={answer.ref}
      label={label}
      hint={hint}
      error={answer.error}
      optional={optional}
      autoComplete={field.autocomplete ?? 'tel'}
      defaultValue={asTyped(answer.value)}
      onValueChange={(text) => {
        if (text.trim() === '') return answer.setValue(undefined);
        const phone = parsePhone(text);
        answer.setValue(phone.ok ? phone.value.e164 : text);
      }}
      onBlur={answer.onBlur}
    />
  );
}
