// Sign-in for officers: username and password, errors in a summary linked to the fields, a
// clear word when too many attempts locked sign-in for a while.
import { Button, ErrorSummary, Notice, Text, TextInput } from '@govmini/ui';
import { type FormEvent, useState } from 'react';
import type { SessionInfo } from '../../../src/staff/wire.ts';
import { ApiError, api } from '../api.ts';
import { commonMessages, errorKey } from '../common.messages.ts';
import { useMessages } from '../i18n.ts';
import { PageHeading } from '../parts.tsx';
import { loginMessages } from './login.messages.ts';

type Errors = Partial<Record<'username' | 'password', string>>;

export function LoginScreen({
  expired,
  onSignedIn,
}: {
  expired: boolean;
  onSignedIn: (session: SessionInfo) => void;
}) {
  const t = useMessages(loginMessages);
  const common = useMessages(commonMessages);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const found: Errors = {};
    if (!username) found.username = t('usernameRequired');
    if (!password) found.password = t('passwordRequired');
    setErrors(found);
    setFailure(undefined);
    if (found.username || found.password) return;
    setBusy(true);
    try {
      onSignedIn(await api.login(username, password));
    } catch (error) {
      const code = error instanceof ApiError ? error.code : 'unknown';
      if (code === 'invalid_credentials') setErrors({ username: t('wrong') });
      else setFailure(common(errorKey(code)));
    } finally {
      setBusy(false);
    }
  };

  const summary = (['username', 'password'] as const)
    .filter((field) => errors[field])
    .map((field) => ({ fieldId: `login-${field}`, message: errors[field] }));

  return (
    <div className="staff-narrow">
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <Text>{t('intro')}</Text>
      {expired && !failure && summary.length === 0 && (
        <Notice variant="warning" headingLevel={false}>
          {t('expired')}
        </Notice>
      )}
      {failure && (
        <Notice variant="error" headingLevel={false} announce tabIndex={-1}>
          {failure}
        </Notice>
      )}
      <ErrorSummary errors={summary} />
      <form onSubmit={submit} noValidate>
        <TextInput
          id="login-username"
          name="username"
          label={t('username')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          error={errors.username}
          maxWidth="lg"
        />
        <TextInput
          id="login-password"
          name="password"
          type="password"
          label={t('password')}
          autoComplete="current-password"
          error={errors.password}
          maxWidth="lg"
        />
        <Button type="submit" loading={busy}>
          {t('submit')}
        </Button>
      </form>
    </div>
  );
}
