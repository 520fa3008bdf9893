// The citizen's phone number at the point of need. Before Zalo's own prompt the screen says why
// the number is needed and waits for "Tiếp tục"; the one-time token Zalo then gives is exchanged
// by the province backend (through the controller), never read here. If the citizen refuses or
// Zalo fails, the number can be typed instead (PhoneInput: validation and the old-prefix
// question built in); a typed number is NOT verified: `onTyped` gets it in E.164 and the
// backend must verify it by other means (an SMS code, a call).
import { useFieldIds, useGovMini } from '@govmini/ui';
import { PhoneInput } from '@govmini/ui/phone';
import { parsePhone } from '@govmini/vn/phone';
import { type ReactNode, useRef, useState } from 'react';
import { useAuth } from '../AuthProvider/AuthProvider';
import { useAuthMessages } from '../messages';
import { maskPhoneForDisplay } from '../ProfileSummary/mask-phone';
import { phoneMessages } from './messages';
import { PointOfNeed } from './PointOfNeed';

export interface PhoneNumberRequestProps {
  /** Why this service needs the number, in plain words (shown before Zalo's prompt). */
  reason: ReactNode;
  /** The number Zalo shared, as the backend's exchange returned it (verified). */
  onPhone?: (phone: string) => void;
  /** A number the citizen typed, in E.164 (`+84912345678`). Unverified: check it server side. */
  onTyped: (e164: string) => void;
  /** Ask Zalo as soon as the screen shows (default true); false waits for "Tiếp tục". */
  autoStart?: boolean;
  /** Level of the screen's heading (default 2: usually a step inside a form). */
  headingLevel?: 1 | 2 | 3;
}

export function PhoneNumberRequest({
  reason,
  onPhone,
  onTyped,
  autoStart = true,
  headingLevel = 2,
}: PhoneNumberRequestProps) {
  const t = useAuthMessages(phoneMessages);
  const { locale, messages } = useGovMini('PhoneNumberRequest');
  const { requestPhoneNumber, status } = useAuth('PhoneNumberRequest');
  const fieldId = `${useFieldIds().control}-phone`;
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();

  /** The typed number in E.164 once it is valid; else says what is wrong. */
  const typed = () => {
    setError(undefined);
    if (text.trim() === '') return void setError(t('missing'));
    const result = parsePhone(text, { locale, ...(messages && { messages }) });
    if (result.ok) {
      onTyped(result.value.e164);
      return result.value.e164;
    }
    if (result.error.code === 'old_prefix') {
      // PhoneInput asks its own question ("Có phải số mới là …?") when the box loses focus.
      // Enter in the box submits without leaving it, so leave and come back.
      input.current?.focus();
      input.current?.blur();
      input.current?.focus();
      return;
    }
    setError(result.error.message);
  };

  return (
    <PointOfNeed
      t={t}
      request={(options) => requestPhoneNumber(options).then((r) => r.phone)}
      enabled={status === 'signed_in'}
      onValue={onPhone}
      autoStart={autoStart}
      headingLevel={headingLevel}
      reason={reason}
      fieldId={fieldId}
      error={error}
      typed={typed}
      done={(phone) => t('done', { phone: maskPhoneForDisplay(phone) })}
    >
      <PhoneInput
        ref={input}
        id={fieldId}
        label={t('label')}
        hint={t('hint')}
        value={text}
        onValueChange={(value) => {
          setText(value);
          if (error) setError(undefined);
        }}
        error={error}
      />
    </PointOfNeed>
  );
}
