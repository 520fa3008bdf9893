// An appointment at the office: the free times of the coming days from the backend, loaded
// here, chosen in AppointmentSlots (a day, then a time).
import {
  Button,
  ErrorMessage,
  Fieldset,
  FormGroup,
  Hint,
  Notice,
  Spinner,
  useGovMini,
} from '@govmini/ui';
import { formatDate, todayInVietnam } from '@govmini/vn';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import type {
  AppointmentAnswer as Appointment,
  AppointmentField,
} from '../../core/definition/types';
import type { AppointmentSlot } from '../../core/service/types';
import { useDossier } from '../DossierProvider/context';
import { useDossierMessages } from '../messages';
import { AppointmentSlots, wallTime } from './AppointmentSlots';
import { type AnswerFieldProps, useAnswer } from './field-props';
import { isoDay } from './format-answer';
import { slotMessages } from './slot-messages';

/** Which procedure the slots are asked for: set by QuestionPage. */
export interface AppointmentContext {
  readonly procedureId: string;
}

export function AppointmentAnswer({
  field,
  name,
  id,
  label,
  hint,
  asHeading,
  procedureId,
}: AnswerFieldProps<AppointmentField> & AppointmentContext) {
  const t = useDossierMessages(slotMessages);
  const { locale } = useGovMini('AppointmentAnswer');
  const { service } = useDossier('AppointmentAnswer');
  const answer = useAnswer<Appointment>(name);
  const days = field.horizonDays ?? 14;
  const [slots, setSlots] = useState<AppointmentSlot[] | 'loading' | 'failed'>('loading');

  const load = useCallback(() => {
    let live = true;
    setSlots('loading');
    const d = todayInVietnam();
    const from = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    service
      .getAppointmentSlots(procedureId, field.id, { from, days })
      .then((found) => live && setSlots(found))
      .catch(() => live && setSlots('failed'));
    return () => {
      live = false;
    };
  }, [service, procedureId, field.id, days]);
  useEffect(load, [load]);

  const chosen = answer.value?.slotId;
  let body: ReactNode;
  if (slots === 'loading') {
    body = <Spinner label={t('slot.loading')} />;
  } else if (slots === 'failed') {
    body = (
      <Notice variant="warning" headingLevel={false} title={t('slot.failed')}>
        <Button variant="secondary" onClick={load}>
          {t('slot.retry')}
        </Button>
      </Notice>
    );
  } else if (!chosen && !slots.some((slot) => slot.remaining > 0)) {
    body = <p>{t('slot.none', { days })}</p>;
  } else {
    body = (
      <AppointmentSlots
        id={id}
        name={name}
        slots={slots}
        chosen={answer.value}
        onChoose={(slot) => answer.setValue({ slotId: slot.id, start: slot.start, end: slot.end })}
      />
    );
  }

  return (
    <FormGroup error={answer.error}>
      <Fieldset
        id={id}
        ref={answer.ref}
        legend={label}
        legendAsHeading={asHeading}
        className="gm-dossier-slots"
        aria-describedby={
          [hint && `${id}-hint`, answer.error && `${id}-error`].filter(Boolean).join(' ') ||
          undefined
        }
      >
        {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
        {answer.error && <ErrorMessage id={`${id}-error`}>{answer.error}</ErrorMessage>}
        {answer.value && (
          <p className="gm-dossier-field__note">
            {t('slot.chosen', {
              when: `${wallTime(answer.value.start)}, ${formatDate(isoDay(answer.value.start), 'full', { locale })}`,
            })}
          </p>
        )}
        {body}
      </Fieldset>
    </FormGroup>
  );
}
