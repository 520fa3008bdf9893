// One field of a page: shown only while its condition holds (watching only the answers the
// condition names), marked optional when it is, confirmed instead of asked when the State
// already knows the answer, and drawn by the renderer of its type.
import { type ReactNode, useContext, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { collectReferences, holds } from '../../core/definition/expression';
import type { Answers, Expression, Field } from '../../core/definition/types';
import { useLocalized } from '../messages';
import { CheckboxAnswer, RadioAnswer, SelectAnswer, YesNoAnswer } from './ChoiceAnswers';
import { DateAnswer } from './DateAnswer';
import { type AnswerFieldProps, fieldDomId } from './field-props';
import { type FormMeta, FormMetaContext } from './form-meta';
import { InfoAnswer } from './InfoAnswer';
import { LazyAnswer, lazyAnswers } from './lazy-answers';
import { PrefillGate } from './PrefillGate';
import { CccdAnswer, NumberAnswer, TextAnswer, TextareaAnswer } from './TextAnswers';

export interface FieldViewProps {
  readonly field: Field;
  /** Form path of the answer. */
  readonly path: string;
  /** Inside a group item: the item's path and its fields (names there resolve to the item first). */
  readonly scope?: string | undefined;
  readonly scopeIds?: readonly string[] | undefined;
  /** The page's only question, without a page title: its legend is the page heading. */
  readonly asHeading: boolean;
  /** The page's heading already says the label (a single box): keep it for screen readers only. */
  readonly labelHidden?: boolean | undefined;
}

export function FieldView(props: FieldViewProps) {
  const { field } = props;
  const conditional =
    field.visibleWhen !== undefined ||
    (field.required !== undefined && typeof field.required !== 'boolean');
  return conditional ? (
    <ConditionalField {...props} />
  ) : (
    <FieldBody {...props} optional={field.required !== true} />
  );
}

/**
 * Watches the answers the conditions name (and no others): inside a group item, the item's own
 * fields first, as the engine resolves them.
 */
function useConditionAnswers(
  expressions: readonly (Expression | undefined)[],
  scope: string | undefined,
  scopeIds: readonly string[] | undefined,
) {
  const names = useMemo(
    () => [...new Set(expressions.flatMap((e) => collectReferences(e).map((r) => r.fieldId)))],
    [expressions],
  );
  const inItem = (n: string) => scope !== undefined && scopeIds?.includes(n) === true;
  const values = useWatch({
    name: names.map((n) => (inItem(n) ? `${scope}.${n}` : n)),
  }) as unknown[];
  const answers: Record<string, unknown> = {};
  const item: Record<string, unknown> = {};
  names.forEach((n, i) => {
    (inItem(n) ? item : answers)[n] = values[i];
  });
  return {
    answers: answers as Answers,
    options: scope ? { scope: item as Answers, scopeFieldIds: scopeIds } : {},
  };
}

function ConditionalField(props: FieldViewProps) {
  const { field, scope, scopeIds } = props;
  const requiredWhen =
    field.required === undefined || typeof field.required === 'boolean'
      ? undefined
      : field.required;
  const expressions = useMemo(
    () => [field.visibleWhen, requiredWhen],
    [field.visibleWhen, requiredWhen],
  );
  const { answers, options } = useConditionAnswers(expressions, scope, scopeIds);
  if (!holds(field.visibleWhen, answers, options)) return null;
  const required =
    requiredWhen === undefined
      ? field.required === true
      : holds(requiredWhen, answers, options, false);
  return <FieldBody {...props} optional={!required} />;
}

function FieldBody({
  field,
  path,
  asHeading,
  labelHidden,
  optional,
}: FieldViewProps & { optional: boolean }) {
  const localized = useLocalized();
  const meta = useContext(FormMetaContext);
  const common: AnswerFieldProps = {
    field,
    name: path,
    id: fieldDomId(path),
    label: labelHidden ? (
      <span className="gm-visually-hidden">{localized(field.label)}</span>
    ) : (
      localized(field.label)
    ),
    hint: field.hint ? localized(field.hint) : undefined,
    optional,
    asHeading,
  };
  const body = renderField(common, meta);
  return field.prefill && meta.usePrefill ? (
    <PrefillGate field={field} name={path} label={common.label}>
      {body}
    </PrefillGate>
  ) : (
    body
  );
}

function renderField(props: AnswerFieldProps, meta: FormMeta): ReactNode {
  const field = props.field;
  // Each case narrows `field`; the renderers take their own field type.
  const as = <F extends Field>(f: F) => ({ ...props, field: f });
  switch (field.type) {
    case 'text':
    case 'email':
    case 'taxCode':
    case 'plate':
      return <TextAnswer {...as(field)} />;
    case 'textarea':
      return <TextareaAnswer {...as(field)} />;
    case 'number':
    case 'money':
      return <NumberAnswer {...as(field)} />;
    case 'cccd':
      return <CccdAnswer {...as(field)} />;
    // The heavy renderers most pages lack are fetched apart (see lazy-answers).
    case 'phone':
      return <LazyAnswer part={lazyAnswers.phone} props={as(field)} />;
    case 'date':
      return <DateAnswer {...as(field)} />;
    case 'select':
      return <SelectAnswer {...as(field)} />;
    case 'radio':
      return <RadioAnswer {...as(field)} />;
    case 'checkbox':
      return <CheckboxAnswer {...as(field)} />;
    case 'yesNo':
      return <YesNoAnswer {...as(field)} />;
    case 'address':
      return <LazyAnswer part={lazyAnswers.address} props={as(field)} />;
    case 'file':
    case 'photo':
      return <LazyAnswer part={lazyAnswers.file} props={as(field)} />;
    case 'group':
      return <LazyAnswer part={lazyAnswers.group} props={as(field)} />;
    case 'info':
      return <InfoAnswer {...as(field)} />;
    case 'appointment':
      return (
        <LazyAnswer
          part={lazyAnswers.appointment}
          props={{ ...as(field), procedureId: meta.procedureId }}
        />
      );
  }
}
