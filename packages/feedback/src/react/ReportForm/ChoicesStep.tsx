// The choices in plain words: show the sender's name or not, allow publishing or keep it with
// the agency (two questions, radios with nothing preselected: a default would choose for the
// citizen, GOV.UK), and "Báo cho tôi khi có trả lời" — only ticking it asks Zalo for permission
// to notify, at that moment, never before.
import { isPlatformError } from '@govmini/platform';
import { Checkbox, Heading, Notice, Radio, RadioGroup } from '@govmini/ui';
import { useState } from 'react';
import { useFeedback } from '../FeedbackProvider/context';
import { useFeedbackMessages } from '../messages';
import type { YesNo } from './draft';
import { FIELD, type StepIssue } from './issues';
import { reportFormMessages } from './messages';

export interface ChoicesStepProps {
  showName: YesNo | undefined;
  publish: YesNo | undefined;
  notify: boolean;
  onChange: (change: { showName?: YesNo; publish?: YesNo; notify?: boolean }) => void;
  issues: readonly StepIssue[];
}

export function ChoicesStep({ showName, publish, notify, onChange, issues }: ChoicesStepProps) {
  const t = useFeedbackMessages(reportFormMessages);
  const { platform } = useFeedback('ReportForm');
  const [asking, setAsking] = useState(false);
  const [refusal, setRefusal] = useState<'refused' | 'failed'>();
  const errorOf = (fieldId: string) => issues.find((i) => i.fieldId === fieldId)?.message;

  const toggleNotify = async (wanted: boolean) => {
    setRefusal(undefined);
    if (!wanted) return onChange({ notify: false });
    if (asking) return;
    setAsking(true);
    onChange({ notify: true }); // ticked at once; undone below if Zalo says no
    try {
      const allowed = await platform.oa.requestNotifications();
      if (!allowed) {
        onChange({ notify: false });
        setRefusal('refused');
      }
    } catch (error) {
      onChange({ notify: false });
      setRefusal(isPlatformError(error, 'user_cancelled') ? 'refused' : 'failed');
    } finally {
      setAsking(false);
    }
  };

  return (
    <>
      <Heading level={1}>{t('choices.title')}</Heading>
      <RadioGroup
        id={FIELD.showName}
        label={t('showName.label')}
        value={showName ?? ''}
        onValueChange={(v) => onChange({ showName: v as YesNo })}
        error={errorOf(FIELD.showName)}
      >
        <Radio
          id={`${FIELD.showName}-yes`}
          value="yes"
          label={t('showName.yes')}
          hint={t('showName.yesHint')}
        />
        <Radio
          id={`${FIELD.showName}-no`}
          value="no"
          label={t('showName.no')}
          hint={t('showName.noHint')}
        />
      </RadioGroup>
      <RadioGroup
        id={FIELD.publish}
        label={t('publish.label')}
        value={publish ?? ''}
        onValueChange={(v) => onChange({ publish: v as YesNo })}
        error={errorOf(FIELD.publish)}
      >
        <Radio
          id={`${FIELD.publish}-yes`}
          value="yes"
          label={t('publish.yes')}
          hint={t('publish.yesHint')}
        />
        <Radio
          id={`${FIELD.publish}-no`}
          value="no"
          label={t('publish.no')}
          hint={t('publish.noHint')}
        />
      </RadioGroup>
      <Checkbox
        id="feedback-notify"
        label={t('notify.label')}
        hint={t('notify.hint')}
        checked={notify}
        aria-busy={asking || undefined}
        onChange={(event) => void toggleNotify(event.currentTarget.checked)}
      />
      {refusal && (
        <Notice variant="warning" headingLevel={false} announce>
          {t(`notify.${refusal}`)}
        </Notice>
      )}
    </>
  );
}
