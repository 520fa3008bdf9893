// "Tra cứu địa bàn mới": find a province or commune by its new or old name, diacritics optional.
import { type AdminSearchResult, legacyProvincesOf } from '@govmini/vn/admin';
import { useEffect, useId, useMemo, useState } from 'react';
import { Page, useSearchParams } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { useI18n } from '../messages';
import { useAdminIndex } from './use-admin-index';

const LIMIT = 20;

export function AdminSearchPage() {
  const { t } = useI18n();
  const ids = { input: useId(), hint: useId(), status: useId() };
  // The query lives in the URL, so a reload or the back button never loses what was typed.
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const { status, index, retry } = useAdminIndex();

  const results = useMemo(
    () => (query.trim() ? index.search(query, { limit: LIMIT + 1 }) : []),
    [index, query],
  );
  const shown = results.slice(0, LIMIT);

  const statusText = !query.trim()
    ? t('search.prompt')
    : results.length === 0
      ? t('search.empty', { query: query.trim() })
      : results.length > LIMIT
        ? t('search.countMore', { count: LIMIT })
        : t('search.count', { count: results.length });
  // Screen readers hear the count once typing pauses, not after every letter.
  const announced = useSettled(statusText, 600);

  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        <h1 className="gm-heading-xl">{t('search.title')}</h1>
        <div className="gm-field">
          <label className="gm-label" htmlFor={ids.input}>
            {t('search.label')}
          </label>
          <p className="gm-hint" id={ids.hint}>
            {t('search.hint')}
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

        {status === 'loading' && <p className="gm-notice">{t('search.loading')}</p>}
        {status === 'failed' && (
          <div className="gm-notice gm-notice--warning" role="alert">
            <p>{t('search.loadFailed')}</p>
            <button type="button" className="gm-button gm-button--secondary" onClick={retry}>
              {t('search.retry')}
            </button>
          </div>
        )}

        <p className="gm-visually-hidden" id={ids.status} role="status">
          {announced}
        </p>
        <p className="gm-result-count" aria-hidden="true">
          {statusText}
        </p>
        {shown.length > 0 && (
          <ol className="gm-result-list">
            {shown.map((result) => (
              <ResultCard key={`${result.kind}-${result.code}`} result={result} />
            ))}
          </ol>
        )}
      </main>
    </Page>
  );
}

function ResultCard({ result }: { result: AdminSearchResult }) {
  const { t } = useI18n();
  const mergedFrom = legacyProvincesOf(result.province.code).map((p) => p.name);
  const merged = mergedFrom.length > 1;
  return (
    <li className="gm-result">
      <h2 className="gm-result__name">{result.name}</h2>
      <p className="gm-result__where">
        {result.kind === 'province'
          ? t('result.province')
          : t('result.inProvince', { province: result.province.name })}
      </p>
      {result.via && 'legacy' in result.via && (
        <p className="gm-result__via">
          {t('result.viaLegacy', { legacy: result.via.legacy, province: result.province.name })}
        </p>
      )}
      <p className="gm-result__history">
        {result.kind === 'province'
          ? merged
            ? t('result.mergedFrom', { list: mergedFrom.join(', ') })
            : t('result.unchanged')
          : merged
            ? t('result.provinceMergedFrom', {
                province: result.province.name,
                list: mergedFrom.join(', '),
              })
            : t('result.provinceUnchanged', { province: result.province.name })}
      </p>
      <p className="gm-result__code">{t('result.code', { code: result.code })}</p>
    </li>
  );
}

function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
