// For developers trying the sample: the simulated agency answers this report at once instead
// of after its sped-up minute (agency.ts). Rendered only by the dev server (`vite`), never in a
// build: with apps/server (issue 9/10) officers answer from their own back office.
import { Button, Notice } from '@govmini/ui';
import { useEffect, useId, useReducer, useRef, useState } from 'react';
import { agency, simulatedFeedback } from './backend';
import { useFeedbackText } from './messages';

const ANSWERABLE = new Set(['sent', 'received', 'in_progress']);

/** `changed`: bumped by the page when the citizen changed the report (e.g. reopened it). */
export function AgencyPanel({ reportId }: { reportId: string; changed?: number }) {
  const text = useFeedbackText();
  // Read again whenever the agency acts (the parent re-renders it after the citizen acts).
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(
    () => agency?.subscribe((change) => change.reportId === reportId && rerender()),
    [reportId],
  );
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [done, setDone] = useState('');
  const [failed, setFailed] = useState(false);
  const report = simulatedFeedback?.controls
    .reports()
    .find((r) => r.report.id === reportId)?.report;
  if (!agency || !report) return null;
  const desk = agency;
  const answerable = ANSWERABLE.has(report.status);

  const answer = async () => {
    setFailed(false);
    setDone('');
    try {
      await desk.answerNow(reportId);
      setDone(text('agency.done'));
      // The button is gone once answered: focus stays in the panel.
      heading.current?.focus();
    } catch {
      setFailed(true);
    }
  };

  return (
    <section className="tinh-mau-agency" aria-labelledby={headingId}>
      <h2 className="gm-heading-l" id={headingId} ref={heading} tabIndex={-1}>
        {text('agency.title')}
      </h2>
      <p className="gm-body">{text('agency.intro')}</p>
      {answerable ? (
        <Button variant="secondary" onClick={() => void answer()}>
          {text('agency.answer')}
        </Button>
      ) : (
        !done && <p className="gm-body">{text('agency.nothing')}</p>
      )}
      <p role="status" className="gm-body">
        {done}
      </p>
      {failed && <Notice variant="warning" title={text('agency.failed')} headingLevel={false} />}
    </section>
  );
}
