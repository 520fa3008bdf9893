// The province's categories for the follow-up screens (titles, icons, agencies): from the
// provider when the app gave them, else asked of the service once per service and shared by
// every screen. A failure is not the screen's failure: reports still show, with a plain title,
// and the next screen asks again.
import { useEffect, useState } from 'react';
import type { FeedbackCategory, FeedbackService } from '../../core/types';
import { useFeedback } from '../FeedbackProvider/context';

const asked = new WeakMap<FeedbackService, Promise<readonly FeedbackCategory[]>>();

function categoriesOf(service: FeedbackService): Promise<readonly FeedbackCategory[]> {
  let pending = asked.get(service);
  if (!pending) {
    pending = service.listCategories();
    asked.set(service, pending);
    pending.catch(() => asked.delete(service));
  }
  return pending;
}

/** The categories, `undefined` until known (or when they could not be loaded). */
export function useCategoryList(component: string): readonly FeedbackCategory[] | undefined {
  const { service, categories: given } = useFeedback(component);
  const [loaded, setLoaded] = useState<readonly FeedbackCategory[] | undefined>(given);
  useEffect(() => {
    if (given) return;
    let live = true;
    categoriesOf(service).then(
      (list) => live && setLoaded(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [service, given]);
  return given ?? loaded;
}

/** The category of a report, `undefined` while unknown or when the id is not configured. */
export const categoryById = (
  list: readonly FeedbackCategory[] | undefined,
  id: string,
): FeedbackCategory | undefined => list?.find((c) => c.id === id);
