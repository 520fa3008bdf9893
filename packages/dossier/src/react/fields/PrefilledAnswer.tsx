// A prefilled answer for the citizen to confirm (see PrefillGate): the value in words, where it
// came from, and "Thay đổi". Fetched apart, with the procedure's other renderers (lazy-answers).
import { useGovMini } from '@govmini/ui';
import type { ReactNode } from 'react';
import type { AnswerValue, Field } from '../../core/definition/types';
import { useDossierMessages, useLocalized } from '../messages';
import { formatAnswer } from './format-answer';
import { fieldMessages } from './messages';

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
