// "Đăng xuất", asked before it is done: signing out removes the citizen's data from the phone,
// unfinished dossiers and unsent reports included, so the question says so and the safe answer
// (staying signed in) has the focus.
import { useAuth } from '@govmini/auth';
import { Button, Heading, Notice, Text } from '@govmini/ui';
import { ConfirmDialog } from '@govmini/ui/dialog';
import { useId, useState } from 'react';
import { useI18n } from '../messages';

export function SignOutSection({ onSignedOut }: { onSignedOut?: () => void }) {
  const { t } = useI18n();
  const { signOut } = useAuth('SignOutSection');
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState(false);
  const headingId = useId();
  const confirm = async () => {
    setFailed(false);
    try {
      await signOut();
      onSignedOut?.();
    } catch {
      setFailed(true);
    } finally {
      setAsking(false);
    }
  };
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('signOut.title')}
      </Heading>
      <Text>{t('signOut.body')}</Text>
      {failed && (
        <Notice variant="error" headingLevel={false} announce>
          <p>{t('signOut.failed')}</p>
        </Notice>
      )}
      <Button variant="warning" onClick={() => setAsking(true)}>
        {t('signOut.button')}
      </Button>
      <ConfirmDialog
        open={asking}
        title={t('signOut.confirmTitle')}
        confirmLabel={t('signOut.confirm')}
        cancelLabel={t('signOut.cancel')}
        destructive
        onConfirm={confirm}
        onCancel={() => setAsking(false)}
      >
        <p>{t('signOut.confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
