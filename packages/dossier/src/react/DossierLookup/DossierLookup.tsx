// "Tra cứu hồ sơ": anyone with the appointment slip types the code (lower case, spaces, dots
// and dashes left out are all fine) and sees the status only: procedure, status, dates. No
// sign-in, no personal data. After each lookup focus moves to what it found (or didn't), so a
// screen reader hears it.
import {
  Button,
  ErrorSummary,
  Heading,
  Notice,
  StatusTag,
  SummaryList,
  TextInput,
  useGovMini,
} from '@govmini/ui';
import { parseDossierCode } from '@govmini/vn';
import {
  type FormEvent,
  forwardRef,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import type { PublicDossierStatus } from '../../core/service/types';
import {
  errorCodeOf,
  useServiceErrorText,
  useServiceErrorWords,
} from '../DossierDetail/service-error';
import { useDossier } from '../DossierProvider/context';
import { useDossierMessages, useLocalized } from '../messages';
import { DueDate } from '../StatusTimeline/DueDate';
import { formatDay } from '../StatusTimeline/dossier-dates';
import { dossierLookupMessages } from './messages';

export interface DossierLookupProps {
  /** Default 1 (a screen of its own). */
  headingLevel?: 1 | 2;
  /** A code to start with, e.g. from a scanned QR code or a link. */
  defaultCode?: string;
  /** Under a found status, e.g. a button "Đăng nhập để xem chi tiết". */
  signInAction?: ReactNode;
  /** `YYYY-MM-DD` for the days left; default today in Vietnam. */
  today?: string;
}

type Outcome =
  | { readonly kind: 'found'; readonly status: PublicDossierStatus }
  | { readonly kind: 'notFound'; readonly code: string }
  | { readonly kind: 'failed'; readonly error: unknown; readonly code: string };

export const DossierLookup = /* @__PURE__ */ forwardRef<HTMLElement, DossierLookupProps>(
  function DossierLookup({ headingLevel = 1, defaultCode = '', signInAction, today }, ref) {
    const t = useDossierMessages(dossierLookupMessages);
    const errorText = useServiceErrorText();
    const words = useServiceErrorWords();
    const localized = useLocalized();
    const { locale, messages } = useGovMini('DossierLookup');
    const { service } = useDossier('DossierLookup');
    const inputId = `${useId().replace(/:/g, '')}-code`;
    const sub = (headingLevel + 1) as 2 | 3;

    const [value, setValue] = useState(defaultCode);
    const [error, setError] = useState<string>();
    const [busy, setBusy] = useState(false);
    const [outcome, setOutcome] = useState<Outcome>();
    const outcomeHeading = useRef<HTMLHeadingElement>(null);
    const latest = useRef(0);

    useEffect(() => {
      if (outcome) outcomeHeading.current?.focus();
    }, [outcome]);

    const look = async (code: string) => {
      const id = ++latest.current;
      setBusy(true);
      try {
        const status = await service.lookup(code);
        if (id === latest.current) setOutcome({ kind: 'found', status });
      } catch (caught) {
        if (id !== latest.current) return;
        const missing = ['not_found', 'forbidden'].includes(errorCodeOf(caught));
        setOutcome(missing ? { kind: 'notFound', code } : { kind: 'failed', error: caught, code });
      } finally {
        if (id === latest.current) setBusy(false);
      }
    };

    const submit = (event: FormEvent) => {
      event.preventDefault();
      if (busy) return;
      const parsed = parseDossierCode(value, { locale, ...(messages && { messages }) });
      if (!parsed.ok) {
        setError(parsed.error.message);
        setOutcome(undefined);
        return;
      }
      setError(undefined);
      void look(parsed.value.code);
    };

    let result: ReactNode = null;
    if (outcome?.kind === 'found') {
      const s = outcome.status;
      result = (
        <section className="gm-dossier-lookup__result" aria-labelledby={`${inputId}-result`}>
          <Heading level={sub} size="m" id={`${inputId}-result`} ref={outcomeHeading} tabIndex={-1}>
            {t('resultTitle')}
          </Heading>
          <SummaryList>
            <SummaryList.Row label={t('code')} value={s.code} />
            <SummaryList.Row label={t('procedure')} value={localized(s.procedureTitle)} />
            <SummaryList.Row label={t('status')} value={<StatusTag status={s.status} />} />
            <SummaryList.Row
              label={t('submitted')}
              value={<time dateTime={s.submittedAt}>{formatDay(s.submittedAt)}</time>}
            />
            <SummaryList.Row
              label={t('due')}
              value={<DueDate dueDate={s.dueDate} status={s.status} today={today} />}
            />
            {s.completedAt && (
              <SummaryList.Row
                label={t('completed')}
                value={<time dateTime={s.completedAt}>{formatDay(s.completedAt)}</time>}
              />
            )}
          </SummaryList>
          <p className="gm-text gm-text--body">{t('statusOnly')}</p>
          {signInAction}
        </section>
      );
    } else if (outcome?.kind === 'notFound') {
      result = (
        <Notice variant="warning" headingLevel={false} className="gm-dossier-lookup__result">
          <Heading level={sub} size="s" ref={outcomeHeading} tabIndex={-1}>
            {t('notFoundTitle', { code: outcome.code })}
          </Heading>
          <p>{t('notFoundCheck')}</p>
          <ul>
            <li>{t('check.digits')}</li>
            <li>{t('check.province')}</li>
          </ul>
          <p>{t('notFoundContact')}</p>
        </Notice>
      );
    } else if (outcome?.kind === 'failed') {
      const code = outcome.code;
      result = (
        <Notice variant="error" headingLevel={false} className="gm-dossier-lookup__result">
          <Heading level={sub} size="s" ref={outcomeHeading} tabIndex={-1}>
            {t('failed')}
          </Heading>
          <p>{errorText(outcome.error)}</p>
          <Button variant="secondary" loading={busy} onClick={() => void look(code)}>
            {words('retry')}
          </Button>
        </Notice>
      );
    }

    return (
      <section ref={ref} className="gm-dossier-lookup" aria-labelledby={`${inputId}-title`}>
        <Heading level={headingLevel} id={`${inputId}-title`}>
          {t('title')}
        </Heading>
        <form noValidate onSubmit={submit}>
          <ErrorSummary errors={error ? [{ fieldId: inputId, message: error }] : []} />
          <p className="gm-text gm-text--body">{t('intro')}</p>
          <TextInput
            id={inputId}
            label={t('code')}
            hint={t('codeHint')}
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            error={error}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            enterKeyHint="search"
          />
          <Button type="submit" loading={busy}>
            {t('search')}
          </Button>
        </form>
        {result}
      </section>
    );
  },
);
