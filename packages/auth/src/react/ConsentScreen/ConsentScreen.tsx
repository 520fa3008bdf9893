// Consent that counts (Law 91/2025, Decree 356/2025): every pending purpose in plain words,
// required ones apart from optional ones, and for each an explicit "Đồng ý" / "Không đồng ý"
// radio pair with nothing chosen beforehand (GOV.UK: a checkbox cannot show a refusal, and
// silence is not consent). Submitting with a purpose unanswered, or a required one refused,
// shows an ErrorSummary that says why and what can be done instead.
import {
  Button,
  ErrorSummary,
  type ErrorSummaryItem,
  Heading,
  Radio,
  RadioGroup,
  Text,
  useFieldIds,
} from '@govmini/ui';
import { type FormEvent, useState } from 'react';
import type { ConsentPurpose } from '../../core/types';
import { useAuth } from '../AuthProvider/AuthProvider';
import { actions, stack } from '../layout';
import { useAuthMessages, useLocalized } from '../messages';
import { consentMessages } from './messages';
import { PurposeSection } from './PurposeDetails';

type Answer = '' | 'granted' | 'refused';

export interface ConsentScreenProps {
  /** The purposes to ask about; default: the pending ones while the state is `consenting`. */
  purposes?: readonly ConsentPurpose[];
  /** Level of the screen's heading (default 1). */
  headingLevel?: 1 | 2;
  /** "Không dùng dịch vụ lúc này"; default: back to signed out (`cancelConsent`). */
  onCancel?: () => void;
}

export function ConsentScreen({ purposes: given, headingLevel = 1, onCancel }: ConsentScreenProps) {
  const t = useAuthMessages(consentMessages);
  const localize = useLocalized();
  const { state, decideConsents, cancelConsent } = useAuth('ConsentScreen');
  const purposes = given ?? (state.status === 'consenting' ? state.pending : []);
  const idPrefix = useFieldIds().control;
  const fieldId = (p: ConsentPurpose) => `${idPrefix}-${p.id}`;
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  // Errors change only on submit: the summary takes focus whenever its list changes.
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const required = purposes.filter((p) => p.required);
  const optional = purposes.filter((p) => !p.required);
  const sub = headingLevel + 1;

  const validate = () => {
    const found: Record<string, string> = {};
    for (const p of purposes) {
      const answer = answers[p.id] ?? '';
      const title = localize(p.title).text;
      if (answer === '') found[p.id] = t('undecided', { title });
      else if (p.required && answer === 'refused') found[p.id] = t('requiredRefused', { title });
    }
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await decideConsents(
        Object.fromEntries(purposes.map((p) => [p.id, answers[p.id] as 'granted' | 'refused'])),
      );
    } finally {
      setBusy(false);
    }
  };

  const summary: ErrorSummaryItem[] = purposes
    .filter((p) => errors[p.id])
    .map((p) => ({ fieldId: fieldId(p), message: errors[p.id] }));
  const refusedRequired = required.some((p) => errors[p.id] && answers[p.id] === 'refused');

  const purposeBlock = (p: ConsentPurpose) => (
    <PurposeSection
      key={p.id}
      purpose={p}
      titleId={`${fieldId(p)}-title`}
      level={(sub + 1) as 3 | 4}
    >
      <RadioGroup
        id={fieldId(p)}
        name={fieldId(p)}
        label={t('question', { title: localize(p.title).text })}
        inline
        value={answers[p.id] ?? ''}
        onValueChange={(value) => setAnswers((prev) => ({ ...prev, [p.id]: value as Answer }))}
        error={errors[p.id]}
      >
        <Radio value="granted" label={t('grant')} />
        <Radio value="refused" label={t('refuse')} />
      </RadioGroup>
    </PurposeSection>
  );
  return (
    <form
      className="gm-auth-screen"
      style={stack}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <ErrorSummary
        errors={summary}
        description={refusedRequired ? t('requiredHelp') : undefined}
      />
      <Heading level={headingLevel} size="xl">
        {t('title')}
      </Heading>
      <Text variant="lead">{t('lead')}</Text>
      {purposes.length === 0 ? <Text>{t('empty')}</Text> : null}
      {([required, optional] as const).map((group, index) => {
        const kind = index === 0 ? 'required' : 'optional';
        return group.length > 0 ? (
          <section
            key={kind}
            className="gm-auth-group"
            style={stack}
            aria-labelledby={`${idPrefix}-${kind}`}
          >
            <Heading level={sub as 2 | 3} size="l" id={`${idPrefix}-${kind}`}>
              {t(`${kind}Heading`)}
            </Heading>
            <Text secondary>{t(`${kind}Hint`)}</Text>
            {group.map(purposeBlock)}
          </section>
        ) : null;
      })}
      {purposes.length > 0 ? (
        <div className="gm-auth-actions" style={actions}>
          <Button type="submit" fullWidth loading={busy}>
            {t('submit')}
          </Button>
          <Button variant="secondary" fullWidth onClick={() => (onCancel ?? cancelConsent)()}>
            {t('cancel')}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
