// The province's categories for the form: from the provider when the app gave them, else asked
// of the service, with a state the category page can show (loading, failed with "Tải lại").
// The last list is kept on the phone, so a report can be written offline too.
import { useCallback, useEffect, useState } from 'react';
import type { FeedbackCategory } from '../../core/types';
import { useFeedback } from '../FeedbackProvider/context';

const CATEGORIES_KEY = 'feedback:categories';

const parseCategories = (value: unknown): FeedbackCategory[] => {
  if (!Array.isArray(value)) throw new TypeError('not a category list');
  return value.filter(
    (c): c is FeedbackCategory =>
      typeof c === 'object' &&
      c !== null &&
      typeof c.id === 'string' &&
      typeof c.title?.vi === 'string' &&
      typeof c.description?.vi === 'string' &&
      typeof c.agency?.name?.vi === 'string' &&
      typeof c.answerDays === 'number',
  );
};

export type CategoriesLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'failed' }
  | { readonly status: 'ready'; readonly categories: readonly FeedbackCategory[] };

export function useFormCategories() {
  const { service, storage, categories: given } = useFeedback('ReportForm');
  const [load, setLoad] = useState<CategoriesLoad>(
    given ? { status: 'ready', categories: given } : { status: 'loading' },
  );
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` asks again
  useEffect(() => {
    if (given) return setLoad({ status: 'ready', categories: given });
    let live = true;
    setLoad({ status: 'loading' });
    service.listCategories().then(
      (categories) => {
        if (live) setLoad({ status: 'ready', categories });
        void storage.set(CATEGORIES_KEY, categories).catch(() => undefined);
      },
      async () => {
        const kept = await storage.get(CATEGORIES_KEY, parseCategories).catch(() => undefined);
        if (live)
          setLoad(kept?.length ? { status: 'ready', categories: kept } : { status: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [service, storage, given, attempt]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { load, retry } as const;
}
