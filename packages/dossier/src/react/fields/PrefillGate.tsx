// Decree 45/2020: what the State already holds is not asked again. A prefilled answer is shown
// for the citizen to confirm, with where it came from and a "Thay đổi" to correct it; once
// changed, the ordinary field takes over. The confirmation itself (PrefilledAnswer, with the
// answer formatting) is fetched apart, with the procedure's other renderers (lazy-answers).
import { type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { AnswerValue, Field } from '../../core/definition/types';
import { DossierContext } from '../DossierProvider/context';
import { fieldDomId } from './field-props';
import { LazyAnswer, lazyAnswers } from './lazy-answers';

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
    <LazyAnswer
      part={lazyAnswers.prefilled}
      props={{
        field,
        id: fieldDomId(name),
        label,
        value: known,
        adminIndex: dossier?.adminIndex,
        onChange: () => {
          focusField.current = true;
          setEditing(true);
        },
      }}
    />
  );
}
