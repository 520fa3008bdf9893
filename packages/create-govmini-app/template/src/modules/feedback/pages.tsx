// The feedback screens, from @govmini/feedback: send a report (one thing per page; kept on the
// phone and sent when the network is back), my reports and their answers, and the public
// answered reports (never with the reporter's identity). Loaded when first opened (module.tsx).
import { RequireAuth } from '@govmini/auth';
import {
  MyReports,
  OutboxStatus,
  PublicReportDetail,
  PublicReports,
  ReportDetail,
  ReportForm,
} from '@govmini/feedback';
import { useNavigate, useParams } from 'zmp-ui';
import { AppPage } from '../../components/app-page';
import { RouterLink } from '../../components/router-link';
import { useText } from '../../i18n';
import { feedbackMessages } from './messages';
import { paths } from './paths';

export function SendReportScreen() {
  const navigate = useNavigate();
  return (
    <AppPage>
      <RequireAuth location={paths.send}>
        <ReportForm myReportsHref={paths.mine} onExit={() => navigate('/')} />
      </RequireAuth>
    </AppPage>
  );
}

export function MyReportsScreen() {
  const t = useText(feedbackMessages);
  return (
    <AppPage>
      <RequireAuth location={paths.mine}>
        <OutboxStatus empty={null} />
        <MyReports
          renderLink={({ id, ...link }) => <RouterLink to={paths.myReport(id)} {...link} />}
          emptyAction={<RouterLink to={paths.send}>{t('mine.send')}</RouterLink>}
        />
      </RequireAuth>
    </AppPage>
  );
}

export function MyReportScreen() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  return (
    <AppPage>
      <RequireAuth location={paths.myReport(id)}>
        <ReportDetail id={id} onBack={() => navigate(paths.mine)} />
      </RequireAuth>
    </AppPage>
  );
}

export function PublicReportsScreen() {
  return (
    <AppPage>
      <PublicReports
        renderLink={({ id, ...link }) => <RouterLink to={paths.publicReport(id)} {...link} />}
      />
    </AppPage>
  );
}

export function PublicReportScreen() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  return (
    <AppPage>
      <PublicReportDetail id={id} onBack={() => navigate(paths.public)} />
    </AppPage>
  );
}
