// The home page's search results: the procedures the backend publishes, matched as the citizen
// types (see procedure-search.ts), each a link to its start page. A chunk of its own: the
// procedure list comes from the backend, which the home page does not load up front.
import { Button, Notice, useLocalizedText } from '@govmini/ui';
import { useEffect } from 'react';
import { procedurePath } from '../dossier/paths';
import { useProcedures } from '../dossier/use-procedures';
import { useI18n } from '../messages';
import { routes } from '../routes';
import { searchProcedures } from './procedure-search';

/** Most results shown here; "Xem tất cả thủ tục" has the rest. */
const SHOWN = 5;

export function HomeSearchResults({
  query,
  onStatus,
}: {
  query: string;
  /** What the live region under the box says (count, nothing found, loading). */
  onStatus: (text: string) => void;
}) {
  const { t } = useI18n();
  const localized = useLocalizedText();
  const state = useProcedures();
  const matches = state.status === 'ready' ? searchProcedures(state.procedures, query) : [];
  const trimmed = query.trim();
  const status =
    state.status === 'loading'
      ? t('home.search.loading')
      : state.status === 'failed'
        ? t('home.search.failed')
        : matches.length === 0
          ? t('home.search.empty', { query: trimmed })
          : t('home.search.count', { count: matches.length });
  useEffect(() => onStatus(status), [status, onStatus]);

  if (state.status === 'failed')
    return (
      <Notice variant="warning" headingLevel={false}>
        <Button variant="secondary" onClick={state.retry}>
          {t('procedures.retry')}
        </Button>
      </Notice>
    );
  if (state.status === 'loading') return null;
  return (
    <>
      {matches.length > 0 && (
        <ul className="gm-service-list gm-home-search__results">
          {matches.slice(0, SHOWN).map(({ procedure }) => (
            <li key={procedure.id}>
              <a className="gm-service-card" href={procedurePath(procedure.id)}>
                <span className="gm-service-card__title">{localized(procedure.title)}</span>
                {procedure.nationalCode && (
                  <span className="gm-service-card__description">
                    {t('home.search.code', { code: procedure.nationalCode })}
                  </span>
                )}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p className="gm-body">
        <a className="gm-link" href={routes.procedures}>
          {t('home.search.all')}
        </a>
      </p>
    </>
  );
}
