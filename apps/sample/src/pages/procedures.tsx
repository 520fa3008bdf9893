// "Thủ tục hành chính": the procedures the province publishes, with a search that works with or
// without diacritics or by code (procedure-search.ts; what was typed is kept in the URL), each
// opening its filing journey.

import { useLocalized } from '@govmini/dossier';
import { Button, Notice, Spinner } from '@govmini/ui';
import { useId, useMemo } from 'react';
import { Page, useSearchParams } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { RouterLink } from '../dossier/internal-links';
import { procedurePath } from '../dossier/paths';
import { useProcedures } from '../dossier/use-procedures';
import { useI18n } from '../messages';
import { routes } from '../routes';
import { searchProcedures } from './procedure-search';

export function ProceduresPage() {
  const { t } = useI18n();
  const localized = useLocalized();
  const ids = { input: useId(), hint: useId(), status: useId() };
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const state = useProcedures();

  const all = state.status === 'ready' ? state.procedures : undefined;
  const shown = useMemo(
    () => (all ? searchProcedures(all, query).map((match) => match.procedure) : []),
    [all, query],
  );
  const statusText =
    state.status !== 'ready'
      ? ''
      : shown.length === 0
        ? t('procedures.empty', { query: query.trim() })
        : t('procedures.count', { count: shown.length });

  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        <h1 className="gm-heading-xl">{t('procedures.title')}</h1>
        <p className="gm-body">{t('procedures.intro')}</p>
        <div className="gm-field">
          <label className="gm-label" htmlFor={ids.input}>
            {t('procedures.searchLabel')}
          </label>
          <p className="gm-hint" id={ids.hint}>
            {t('procedures.searchHint')}
          </p>
          <input
            id={ids.input}
            className="gm-input"
            type="search"
            inputMode="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${ids.hint} ${ids.status}`}
            value={query}
            onChange={(event) =>
              setParams(event.target.value ? { q: event.target.value } : {}, { replace: true })
            }
          />
        </div>
        <p className="gm-result-count" id={ids.status} role="status">
          {statusText}
        </p>

        {state.status === 'loading' && <Spinner label={t('procedures.loading')} showLabel />}
        {state.status === 'failed' && (
          <Notice variant="warning" title={t('procedures.failed')} headingLevel={false}>
            <Button variant="secondary" onClick={state.retry}>
              {t('procedures.retry')}
            </Button>
          </Notice>
        )}
        {shown.length > 0 && (
          <ul className="gm-service-list">
            {shown.map((procedure) => (
              <li key={procedure.id}>
                <RouterLink className="gm-service-card" to={procedurePath(procedure.id)}>
                  <span className="gm-service-card__title">{localized(procedure.title)}</span>
                  <span className="gm-service-card__description">
                    {localized(procedure.summary)}
                  </span>
                  <span className="gm-service-card__meta">
                    {t('procedures.agency', { agency: localized(procedure.agency.name) })}
                  </span>
                </RouterLink>
              </li>
            ))}
          </ul>
        )}

        <h2 className="gm-heading-l">{t('procedures.yours')}</h2>
        <ul className="gm-link-list">
          <li>
            <RouterLink to={routes.drafts}>{t('drafts.title')}</RouterLink>
          </li>
          <li>
            <RouterLink to={routes.myDossiers}>{t('myDossiers.title')}</RouterLink>
          </li>
          <li>
            <RouterLink to={routes.lookup}>{t('lookup.title')}</RouterLink>
          </li>
        </ul>
      </main>
    </Page>
  );
}
