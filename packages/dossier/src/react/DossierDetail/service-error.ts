// What a citizen reads when the backend says no: the package's catalogue (core/service/
// messages.ts: what happened, then what to do; an app overrides `dossier.error.<code>`), except
// that `forbidden` and `not_found` read the same here, so nobody learns whether someone else's
// dossier code exists.
import { useGovMini } from '@govmini/ui';
import { useCallback } from 'react';
import { dossierErrorMessage } from '../../core/service/messages';
import { DossierError, type DossierErrorCode } from '../../core/service/types';
import { defineDossierMessages, useDossierMessages } from '../messages';

export const serviceErrorMessages = defineDossierMessages(
  'dossier.serviceError.',
  {
    notFound:
      'Không tìm thấy hồ sơ này trong tài khoản. Vui lòng kiểm tra lại mã hồ sơ trên giấy hẹn trả kết quả.',
    retry: 'Thử lại',
  },
  {
    notFound:
      'This application was not found in the account. Please check the code on the appointment slip.',
    retry: 'Try again',
  },
);

/** The error's code; anything that is not a DossierError counts as `unknown`. */
export const errorCodeOf = (error: unknown): DossierErrorCode =>
  error instanceof DossierError ? error.code : 'unknown';

/** `(error) => text` for any error a DossierService call threw, in the current locale. */
export function useServiceErrorText(): (error: unknown) => string {
  const t = useDossierMessages(serviceErrorMessages);
  const { locale, messages } = useGovMini('@govmini/dossier');
  return useCallback(
    (error: unknown) => {
      const code = errorCodeOf(error);
      if (code === 'forbidden' || code === 'not_found') return t('notFound');
      return messages?.[`dossier.error.${code}`] ?? dossierErrorMessage(code, locale);
    },
    [t, locale, messages],
  );
}

/** The catalogue's other words (`retry`). */
export function useServiceErrorWords() {
  return useDossierMessages(serviceErrorMessages);
}
