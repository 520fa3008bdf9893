// Decree 45/2020: what the State already holds is not asked again. A prefilled answer is shown
// for the citizen to confirm, with where it came from and a "Thay đổi" to correct it; once
// changed, the ordinary field takes over.
import { useGovMini } from '@govmini/ui';
import { type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { AnswerValue, Field } from '../../core/definition/types';
import { DossierContext } from '../DossierProvider/context';
import { useDossierMessages, useLocalized } from '../messages';
import { fieldDomId } from './field-props';
import { formatAnswer } from './format-answer';
import { fieldMessages } from './messages';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function PrefillGate({
  field,
  name,
  label,
  children,
}: {
  field: Field;
  name: string;
  label: ReactNode;
  children: ReactNode;
}) {
  const dossier = useContext(DossierContext);
  const known = field.prefill ? dossier?.prefill[field.prefill] : undefined;
  const value = useWatch({ name }) as AnswerValue | undefined;
  const [editing, setEditing] = useState(false);
  const focusField = useRef(false);
  useEffect(() => {
    if (!editing || !focusField.current) return;
    focusField.current = false;
    const element = document.getElementById(fieldDomId(name));
    (element?.matches('input, select, textarea')
      ? element
      : element?.querySelector('input')
    )?.focus();
  }, [editing, name]);
  if (editing || known === undefined || !same(value, known)) return <>{children}</>;
  return (
    <PrefilledAnswer
      field={field}
      id={fieldDomId(name)}
      label={label}
      value={known}
      adminIndex={dossier?.adminIndex}
      onChange={() => {
        focusField.current = true;
        setEditing(true);
      }}
    />
  );
}

export function PrefilledAnswer({
  field,
  id,
  label,
  value,
  adminIndex,
  onChange,
}: {
  field: Field;
  id: string;
  label: ReactNode;
  value: AnswerValue;
  adminIndex: Parameters<typeof formatAnswer>[2]['adminIndex'];
  onChange: () => void;
}) {
  const t = useDossierMessages(fieldMessages);
  const localized = useLocalized();
  const { locale } = useGovMini('PrefilledAnswer');
  const lines = formatAnswer(field, value, {
    locale,
    localized,
    yes: t('yes'),
    no: t('no'),
    adminIndex,
  });
  const source = field.prefill?.startsWith('chip.') ? t('prefill.chip') : t('prefill.profile');
  return (
    <div className="gm-form-group gm-dossier-prefilled">
      <dl className="gm-summary-list">
        <div className="gm-summary-list__row">
          <dt className="gm-summary-list__key">{label}</dt>
          <dd className="gm-summary-list__value">
            {lines.join(', ')}
            <span className="gm-hint gm-dossier-prefilled__source">{source}</span>
          </dd>
          <dd className="gm-summary-list__actions">
            <button type="button" id={id} className="gm-summary-list__action" onClick={onChange}>
              {t('prefill.change')} <span className="gm-visually-hidden">{label}</span>
            </button>
          </dd>
        </div>
      </dl>
    </div>
  );
}
