// Not a question: something the citizen should know at this point ("Lệ phí được miễn cho…").
import { Notice } from '@govmini/ui';
import type { InfoField } from '../../core/definition/types';
import { useLocalized } from '../messages';
import type { AnswerFieldProps } from './field-props';

export function InfoAnswer({ field, id, label }: AnswerFieldProps<InfoField>) {
  const localized = useLocalized();
  return (
    <Notice id={id} variant={field.tone ?? 'info'} title={label} headingLevel={2}>
      <p>{localized(field.body)}</p>
    </Notice>
  );
}
