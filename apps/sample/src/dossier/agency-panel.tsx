// For developers trying the sample: the simulated agency acts on this dossier at once, as an
// officer would in the back office, instead of waiting for office hours to pass (left alone,
// the agency accepts within 2 working hours and completes within the procedure's time). With
// apps/server (issue 9/10) officers work in their own back office and this panel goes.
import { DOSSIER_STATUS, type Dossier } from '@govmini/dossier';
import { exampleProcedures } from '@govmini/dossier/examples';
import { Button, Notice } from '@govmini/ui';
import { useId, useRef, useState } from 'react';
import { useI18n } from '../messages';
import { simulatedBackend } from './backend';

type Action = 'accept' | 'supplement' | 'complete' | 'return';

const actionsFor = (status: Dossier['status']): Action[] => {
  switch (status) {
    case DOSSIER_STATUS.submitted:
      return ['accept', 'supplement'];
    case DOSSIER_STATUS.accepted:
    case DOSSIER_STATUS.processing:
      return ['complete', 'supplement'];
    case DOSSIER_STATUS.completed:
      return ['return'];
    default:
      return [];
  }
};

export function AgencyPanel({ code, onActed }: { code: string; onActed: () => void }) {
  const { t } = useI18n();
  const headingId = useId();
  const [done, setDone] = useState('');
  const [failed, setFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const dossier = simulatedBackend?.controls
    .dossiers()
    .find((d) => d.dossier.code === code)?.dossier;
  if (!simulatedBackend || !dossier) return null;
  const { controls } = simulatedBackend;

  const act = async (action: Action) => {
    setFailed(false);
    try {
      if (action === 'accept') await controls.accept(code);
      else if (action === 'complete') await controls.complete(code);
      else if (action === 'return') await controls.returnResult(code);
      else {
        const procedure = exampleProcedures.find((p) => p.id === dossier.procedureId);
        // The officer names a document the procedure asks for (not the form made by the app).
        const document = procedure?.documents.find((d) => d.id !== 'to-khai');
        await controls.requestSupplement(code, {
          reason: t('agency.supplementReason'),
          documents: [document?.title.vi ?? t('agency.supplementDocument')],
        });
      }
      setDone(t(`agency.done.${action}`));
      onActed();
      // The button pressed may be gone (the status moved on): focus stays in the panel.
      heading.current?.focus();
    } catch {
      setFailed(true);
    }
  };

  const actions = actionsFor(dossier.status);
  return (
    <section className="gm-agency-panel" aria-labelledby={headingId}>
      <h2 className="gm-heading-l" id={headingId} ref={heading} tabIndex={-1}>
        {t('agency.title')}
      </h2>
      <p className="gm-body">{t('agency.intro')}</p>
      {actions.length === 0 && <p className="gm-body">{t('agency.nothing')}</p>}
      <div className="gm-agency-panel__actions">
        {actions.map((action) => (
          <Button key={action} variant="secondary" onClick={() => void act(action)}>
            {t(`agency.${action}`)}
          </Button>
        ))}
      </div>
      <p role="status" className="gm-body">
        {done}
      </p>
      {failed && <Notice variant="warning" title={t('agency.failed')} headingLevel={false} />}
    </section>
  );
}
