// One of the citizen's reports (`/phan-anh/cua-toi/:id`, sign-in): status, history, the
// agency's answer, "Đã được giải quyết chưa?" and the rating, from @govmini/feedback's
// ReportDetail. The simulated agency moves the report on while the citizen watches: each step
// reloads the report and is announced. Under it, on the dev server only, the developer's
// "Giả lập cơ quan trả lời ngay" (src/feedback/agency-panel.tsx).
import { RequireAuth } from '@govmini/auth';
import { ReportDetail, reportStatusText } from '@govmini/feedback';
import { useEffect, useRef, useState } from 'react';
import { Page, useNavigate, useParams } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { AgencyPanel } from '../feedback/agency-panel';
import { withId } from '../feedback/app-link';
import { agency } from '../feedback/backend';
import { useFeedbackText } from '../feedback/messages';
import { useFeedbackCommunes } from '../feedback/provider';
import { useI18n } from '../messages';
import { routes } from '../routes';

export function ReportDetailPage() {
  const { t } = useI18n();
  const id = useParams().id ?? '';
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        <RequireAuth location={withId(routes.myReport, id)}>
          <Detail id={id} />
        </RequireAuth>
      </main>
    </Page>
  );
}

function Detail({ id }: { id: string }) {
  const { locale } = useI18n();
  const text = useFeedbackText();
  const navigate = useNavigate();
  // The commune's name is shown once the list has loaded.
  useFeedbackCommunes();
  // Bumped when the agency acts on this report: the detail reads it again (ReportDetail has
  // no refresh of its own). Focus inside it would go with the old copy: it goes to the new h1.
  const [version, setVersion] = useState(0);
  const [news, setNews] = useState('');
  const [changed, setChanged] = useState(0);
  const detail = useRef<HTMLElement>(null);
  const refocus = useRef(false);
  useEffect(
    () =>
      agency?.subscribe((change) => {
        if (change.reportId !== id) return;
        refocus.current = !!detail.current?.contains(document.activeElement);
        setVersion((v) => v + 1);
        setNews(text('updated', { status: reportStatusText(change.status, locale).label }));
      }),
    [id, locale, text],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each new copy
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    detail.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [version]);
  return (
    <>
      <ReportDetail
        key={version}
        ref={detail}
        id={id}
        onBack={() => navigate(routes.myReports)}
        onChange={() => setChanged((n) => n + 1)}
      />
      {/* Outside the detail, which is replaced on each update: read out once per change. */}
      <p role="status" className="gm-visually-hidden">
        {news}
      </p>
      {import.meta.env.DEV && <AgencyPanel reportId={id} changed={changed} />}
    </>
  );
}
