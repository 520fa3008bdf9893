// One published report (`/phan-anh/:id`, no sign-in): what was reported, where, the photos,
// the agency's answer and how many people "cũng gặp" — never who reported it.
import { PublicReportDetail } from '@govmini/feedback';
import { Page, useNavigate, useParams } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { useFeedbackCommunes } from '../feedback/provider';
import { useI18n } from '../messages';
import { routes } from '../routes';

export function PublicReportDetailPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const id = useParams().id ?? '';
  // The commune's name is shown once the list has loaded.
  useFeedbackCommunes();
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        <PublicReportDetail id={id} onBack={() => navigate(routes.publicReports)} />
      </main>
    </Page>
  );
}
