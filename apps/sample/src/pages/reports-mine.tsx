// "Phản ánh của tôi" (`/phan-anh/cua-toi`, sign-in): the reports still waiting on this phone
// (offline, retrying: "Đang chờ gửi"), then those the backend has, each with its status. When
// a waiting report goes out, the list is read again, so it moves from one to the other.
import { RequireAuth } from '@govmini/auth';
import { MyReports, OutboxStatus, useFeedback } from '@govmini/feedback';
import { Heading } from '@govmini/ui';
import { useEffect, useRef, useState } from 'react';
import { Page } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { AppLink, withId } from '../feedback/app-link';
import { useFeedbackText } from '../feedback/messages';
import { useI18n } from '../messages';
import { routes } from '../routes';

export function MyReportsPage() {
  const { t } = useI18n();
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        <RequireAuth location={routes.myReports}>
          <Reports />
        </RequireAuth>
      </main>
    </Page>
  );
}

function Reports() {
  const text = useFeedbackText();
  const { outbox } = useFeedback('MyReportsPage');
  // Bumped when a waiting report reaches the backend: the list is read again. Focus on the
  // waiting report (its "Thử gửi lại ngay") goes with it: it moves to the list's heading.
  const [sent, setSent] = useState(0);
  const list = useRef<HTMLElement>(null);
  const hadFocus = useRef(false);
  useEffect(
    () =>
      outbox.subscribe((entry) => {
        if (entry.state !== 'sent') return;
        hadFocus.current = !!document.activeElement?.closest('main');
        setSent((n) => n + 1);
      }),
    [outbox],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each new copy
  useEffect(() => {
    if (!hadFocus.current) return;
    hadFocus.current = false;
    requestAnimationFrame(() => {
      if (document.activeElement === document.body)
        list.current?.querySelector<HTMLElement>('h2')?.focus();
    });
  }, [sent]);
  return (
    <>
      <Heading level={1}>{text('myReportsTitle')}</Heading>
      <OutboxStatus empty={null} />
      <MyReports
        key={sent}
        ref={list}
        title={text('sentTitle')}
        headingLevel={2}
        renderLink={({ id, children, ...link }) => (
          <AppLink to={withId(routes.myReport, id)} {...link}>
            {children}
          </AppLink>
        )}
      />
      <ul className="tinh-mau-links">
        <li>
          <AppLink to={routes.sendReport}>{text('newReport')}</AppLink>
        </li>
        <li>
          <AppLink to={routes.publicReports}>{text('publicReports')}</AppLink>
        </li>
      </ul>
    </>
  );
}
