// Tells the citizen, on every screen, that the phone is offline and nothing typed is lost.
import { useOnline } from '@govmini/platform/react';
import { useI18n } from '../messages';

export function OfflineBanner() {
  const online = useOnline();
  const { t } = useI18n();
  // The live region is always in the page so that its change is announced.
  return (
    <div className={online ? undefined : 'gm-offline-banner'} role="status" aria-live="polite">
      {online ? null : t('offline.banner')}
    </div>
  );
}
