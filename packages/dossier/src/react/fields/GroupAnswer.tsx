// A repeating group ("Thành viên 1", "Thành viên 2"…): add and remove items, each a fieldset
// with its heading. After adding, focus goes to the new item's first box; after removing, to the
// next item (or the add button), and what happened is announced.
import { Button, ErrorMessage, FormGroup, formatMessage, Hint, useGovMini } from '@govmini/ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import { type FieldValues, useFieldArray, useFormContext, useFormState } from 'react-hook-form';
import type { Answers, GroupField } from '../../core/definition/types';
import { useDossierMessages, useLocalized } from '../messages';
import { FieldView } from './FieldView';
import type { AnswerFieldProps } from './field-props';
import { groupMessages } from './group-messages';

export function GroupAnswer({
  field,
  name,
  id,
  label,
  hint,
  asHeading,
}: AnswerFieldProps<GroupField>) {
  const t = useDossierMessages(groupMessages);
  const localized = useLocalized();
  useGovMini('GroupAnswer');
  const { fields: items, append, remove } = useFieldArray<FieldValues>({ name });
  const { getValues } = useFormContext<FieldValues>();
  // The group's own error (too few or too many items) sits at `<name>.root`.
  const { errors } = useFormState<FieldValues>({ name });
  const own = errors[name] as { root?: { message?: string }; message?: string } | undefined;
  const error = own?.root?.message ?? (typeof own?.message === 'string' ? own.message : undefined);
  const max = field.maxItems ?? 20;
  const min = field.minItems ?? 0;
  const itemIds = useMemo(() => field.fields.map((f) => f.id), [field.fields]);
  const itemLabel = (n: number) => formatMessage(localized(field.itemLabel), { n });
  const [status, setStatus] = useState('');
  const focusAfter = useRef<{ index: number } | null>(null);

  // A group that needs items starts with them, empty, ready to fill. Counted from the form's
  // current value, not this render's `items`: StrictMode runs the effect twice before re-rendering.
  // biome-ignore lint/correctness/useExhaustiveDependencies: checked again whenever the count changes (a reset)
  useEffect(() => {
    const current = getValues(name) as unknown;
    const count = Array.isArray(current) ? current.length : 0;
    if (count < min) append(Array.from({ length: min - count }, () => ({}) as Answers));
  }, [items.length, min, append, getValues, name]);

  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    const item = document.getElementById(`${id}-item-${target.index}`);
    (
      item?.querySelector<HTMLElement>('input, select, textarea, button') ??
      document.getElementById(`${id}-add`)
    )?.focus();
  });

  const Heading = asHeading ? 'h1' : 'h2';
  return (
    <FormGroup error={error}>
      <section id={id} className="gm-dossier-group" aria-labelledby={`${id}-title`} tabIndex={-1}>
        <Heading id={`${id}-title`} className={`gm-heading gm-heading--${asHeading ? 'xl' : 'l'}`}>
          {label}
        </Heading>
        {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        {items.map((item, index) => (
          <fieldset
            key={item.id}
            id={`${id}-item-${index}`}
            className="gm-fieldset gm-dossier-group__item"
          >
            <legend className="gm-fieldset__legend gm-dossier-group__legend">
              {itemLabel(index + 1)}
            </legend>
            {field.fields.map((inner) => (
              <FieldView
                key={inner.id}
                field={inner}
                path={`${name}.${index}.${inner.id}`}
                scope={`${name}.${index}`}
                scopeIds={itemIds}
                asHeading={false}
              />
            ))}
            {items.length > min && (
              <Button
                variant="secondary"
                onClick={() => {
                  focusAfter.current = { index: Math.min(index, items.length - 2) };
                  remove(index);
                  setStatus(t('group.removed', { item: itemLabel(index + 1) }));
                }}
              >
                {t('group.remove', { item: itemLabel(index + 1) })}
              </Button>
            )}
          </fieldset>
        ))}
        {items.length < max ? (
          <Button
            id={`${id}-add`}
            variant="secondary"
            onClick={() => {
              focusAfter.current = { index: items.length };
              append({} as Answers, { shouldFocus: false });
              setStatus(t('group.added', { item: itemLabel(items.length + 1) }));
            }}
          >
            {localized(field.addLabel)}
          </Button>
        ) : (
          <p>{t('group.full', { max })}</p>
        )}
        <p role="status" className="gm-visually-hidden">
          {status}
        </p>
      </section>
    </FormGroup>
  );
}
