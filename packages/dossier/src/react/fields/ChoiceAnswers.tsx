// Choosing: a list (native select), one of a few (radios), several (checkboxes), yes or no.
import { Checkbox, CheckboxGroup, Radio, RadioGroup, Select } from '@govmini/ui';
import type {
  CheckboxField,
  RadioField,
  SelectField,
  YesNoField,
} from '../../core/definition/types';
import { useDossierMessages, useLocalized } from '../messages';
import { type AnswerFieldProps, useAnswer } from './field-props';
import { fieldMessages } from './messages';

export function SelectAnswer({
  field,
  name,
  id,
  label,
  hint,
  optional,
}: AnswerFieldProps<SelectField>) {
  const t = useDossierMessages(fieldMessages);
  const localized = useLocalized();
  const answer = useAnswer<string>(name);
  return (
    <Select
      id={id}
      name={name}
      ref={answer.ref}
      label={label}
      hint={hint}
      error={answer.error}
      optional={optional}
      value={answer.value ?? ''}
      onChange={(event) => answer.setValue(event.currentTarget.value || undefined)}
      onBlur={answer.onBlur}
    >
      <option value="">{t('selectPlaceholder')}</option>
      {field.options.map((option) => (
        <option key={option.value} value={option.value}>
          {localized(option.label)}
        </option>
      ))}
    </Select>
  );
}

export function RadioAnswer({
  field,
  name,
  id,
  label,
  hint,
  asHeading,
}: AnswerFieldProps<RadioField>) {
  const localized = useLocalized();
  const answer = useAnswer<string>(name);
  return (
    <RadioGroup
      id={id}
      name={name}
      ref={answer.ref}
      label={label}
      hint={hint}
      error={answer.error}
      legendAsHeading={asHeading}
      value={answer.value ?? ''}
      onValueChange={(value) => answer.setValue(value)}
    >
      {field.options.map((option) => (
        <Radio
          key={option.value}
          id={`${id}-${option.value}`}
          value={option.value}
          label={localized(option.label)}
          hint={option.hint && localized(option.hint)}
        />
      ))}
    </RadioGroup>
  );
}

export function CheckboxAnswer({
  field,
  name,
  id,
  label,
  hint,
  asHeading,
}: AnswerFieldProps<CheckboxField>) {
  const localized = useLocalized();
  const answer = useAnswer<readonly string[]>(name);
  return (
    <CheckboxGroup
      id={id}
      name={name}
      ref={answer.ref}
      label={label}
      hint={hint}
      error={answer.error}
      legendAsHeading={asHeading}
      value={answer.value ?? []}
      onValueChange={(value) => answer.setValue(value.length ? value : undefined)}
    >
      {field.options.map((option) => (
        <Checkbox
          key={option.value}
          id={`${id}-${option.value}`}
          value={option.value}
          label={localized(option.label)}
          hint={option.hint && localized(option.hint)}
        />
      ))}
    </CheckboxGroup>
  );
}

export function YesNoAnswer({ name, id, label, hint, asHeading }: AnswerFieldProps<YesNoField>) {
  const t = useDossierMessages(fieldMessages);
  const answer = useAnswer<boolean>(name);
  return (
    <RadioGroup
      id={id}
      name={name}
      ref={answer.ref}
      label={label}
      hint={hint}
      error={answer.error}
      legendAsHeading={asHeading}
      inline
      value={answer.value === undefined ? '' : answer.value ? 'yes' : 'no'}
      onValueChange={(value) => answer.setValue(value === 'yes')}
    >
      <Radio id={`${id}-yes`} value="yes" label={t('yes')} />
      <Radio id={`${id}-no`} value="no" label={t('no')} />
    </RadioGroup>
  );
}
