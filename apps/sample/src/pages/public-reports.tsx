// "Phản ánh đã được trả lời" (`/phan-anh`, no sign-in): reports other citizens allowed to be
// published, with the agencies' answers — filtered by kind, commune and time, searched with or
// without diacritics, "Xem thêm" for more. Never the reporter's identity.
import { PublicReports } from '@govmini/feedback';
import { Page } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { AppLink, withId } from '../feedback/app-link';
import { SAMPLE_PROVINCE_CODE } from '../feedback/categories';
import { useFeedbackText } from '../feedback/messages';
import { useFeedbackCommunes } from '../feedback/provider';
import { useI18n } from '../messages';
import { routes } from '../routes';

export function PublicReportsPage() {
  const { t } = useI18n();
  const text = useFeedbackText();
  // The commune filter fills in once the list has loaded; the reports do not wait for it.
  useFeedbackCommunes();
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        <PublicReports
          provinceCode={SAMPLE_PROVINCE_CODE}
          renderLink={({ id, children, ...link }) => (
            <AppLink to={withId(routes.publicReport, id)} {...link}>
              {children}
            </AppLink>
          )}
        />
        <ul className="tinh-mau-links">
          <li>
            <AppLink to={routes.sendReport}>{text('sendReport')}</AppLink>
          </li>
          <li>
            <AppLink to={routes.myReports}>{text('myReports')}</AppLink>
          </li>
        </ul>
      </main>
    </Page>
  );
}
