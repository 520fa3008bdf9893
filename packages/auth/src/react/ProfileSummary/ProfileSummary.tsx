// Who is signed in: name, phone and CCCD, the numbers masked (`09•• ••• 678`, `001••••••345`).
// Screen readers hear "đã che một phần, tận cùng là 6 7 8" instead of a string of bullets.
import { Heading, SummaryList, SummaryListRow, Text } from '@govmini/ui';
import { maskCccd } from '@govmini/vn';
import type { CitizenProfile } from '../../core/types';
import { useAuth } from '../AuthProvider/AuthProvider';
import { useAuthMessages } from '../messages';
import { maskPhoneForDisplay } from './mask-phone';
import { profileMessages } from './messages';

export interface ProfileSummaryProps {
  /** Default: the signed-in citizen's profile. */
  profile?: CitizenProfile;
  /** A CCCD number the app holds (never shown in full). */
  cccd?: string;
  /** Level of the heading (default 2); `false` for no heading. */
  headingLevel?: 2 | 3 | 4 | false;
}

export function ProfileSummary({ profile: given, cccd, headingLevel = 2 }: ProfileSummaryProps) {
  const t = useAuthMessages(profileMessages);
  const auth = useAuth('ProfileSummary');
  const profile = given ?? auth.profile;
  const masked = (shown: string) => (
    <>
      <span aria-hidden="true" className="gm-auth-masked">
        {shown}
      </span>
      <span className="gm-visually-hidden">
        {t('masked', { last: shown.slice(-3).split('').join(' ') })}
      </span>
    </>
  );
  return (
    <section className="gm-auth-profile">
      {headingLevel ? (
        <Heading level={headingLevel} size="m">
          {t('title')}
        </Heading>
      ) : null}
      {profile ? (
        <SummaryList>
          <SummaryListRow label={t('name')} value={profile.name} />
          <SummaryListRow
            label={t('phone')}
            value={profile.phone ? masked(maskPhoneForDisplay(profile.phone)) : undefined}
          />
          {cccd ? <SummaryListRow label={t('cccd')} value={masked(maskCccd(cccd))} /> : null}
        </SummaryList>
      ) : (
        <Text>{t('notSignedIn')}</Text>
      )}
    </section>
  );
}
