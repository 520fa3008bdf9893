// "Gửi phản ánh" (`/phan-anh/gui`): @govmini/feedback's ReportForm, one thing per page
// (category, description, photos, blurring, location, choices, check), then similar reports
// nearby ("Tôi cũng gặp") and the outbox: sent at once, or kept on the phone with its photos
// and sent when the network is back. Sending needs sign-in: RequireAuth shows Zalo sign-in in
// place, and the citizen carries on here. The form keeps its page in its draft (on the phone),
// so a reload opens the same page with nothing lost.
import { RequireAuth } from '@govmini/auth';
import { ReportForm } from '@govmini/feedback';
import { Spinner } from '@govmini/ui';
import { Page, useNavigate } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { useFeedbackText } from '../feedback/messages';
import { useFeedbackCommunes } from '../feedback/provider';
import { useI18n } from '../messages';
import { routes } from '../routes';

export function ReportSendPage() {
  const { t } = useI18n();
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        <RequireAuth location={routes.sendReport}>
          <SendReport />
        </RequireAuth>
      </main>
    </Page>
  );
}

function SendReport() {
  const text = useFeedbackText();
  const navigate = useNavigate();
  // The location page offers the 2025 communes: wait for them, as a saved commune could not be
  // shown without. Failing (offline on the first visit), the commune is typed instead.
  const communes = useFeedbackCommunes();
  if (communes === 'loading') return <Spinner label={text('communesLoading')} showLabel />;
  return <ReportForm myReportsHref={routes.myReports} onExit={() => navigate(routes.home)} />;
}
