// What a citizen reads when the backend says no: the package's catalogue (core/service/
// messages.ts: what happened, then what to do; an app overrides `dossier.error.<code>`), except
// that `forbidden` and `not_found` read the same here, so nobody learns whether someone else's
// dossier code exists.
import { useCallback } from 'react';
import { dossierErrorMessages, isDossierErrorCode } from '../../core/service/messages';
import { DossierError, type DossierErrorCode } from '../../core/service/types';
import { defineDossierMessages, useDossierMessages } from '../messages';

export const serviceErrorMessages = /* @__PURE__ */ defineDossierMessages('dossier.serviceError.', {
  notFound:
    'Không tìm thấy hồ sơ này trong tài khoản. Vui lòng kiểm tra lại mã hồ sơ trên giấy hẹn trả kết quả.',
  retry: 'Thử lại',
});

/** The error's code; anything that is not a DossierError counts as `unknown`. */
export const errorCodeOf = (error: unknown): DossierErrorCode =>
  error instanceof DossierError ? error.code : 'unknown';

/** `(error) => text` for any error a DossierService call threw, in the current locale. */
export function useServiceErrorText(): (error: unknown) => string {
  const t = useDossierMessages(serviceErrorMessages);
  const errorText = useDossierMessages(dossierErrorMessages);
  return useCallback(
    (error: unknown) => {
      const code = errorCodeOf(error);
      if (code === 'forbidden' || code === 'not_found') return t('notFound');
      return errorText(isDossierErrorCode(code) ? code : 'unknown');
    },
    [t, errorText],
  );
}

/** The catalogue's other words (`retry`). */
export function useServiceErrorWords() {
  return useDossierMessages(serviceErrorMessages);
}
