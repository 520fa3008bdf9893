// What the follow-up screens show before their data is there: a skeleton while loading, and on
// a failure what happened with "Thử lại" (not for an unknown report or a missing session, where
// trying again cannot help). Shared so the four screens behave and read the same.
import { Button, Notice, Skeleton, SkeletonGroup } from '@govmini/ui';
import type { ReactNode, RefObject } from 'react';
import { useFeedbackMessages } from '../messages';
import { reportDetailMessages } from './messages';
import { errorCodeOf, useServiceErrorText, useServiceErrorWords } from './service-error';
import type { Remote } from './use-remote';

/** Trying again can help (not for a report that is not there, nor without a session). */
export const retryable = (error: unknown): boolean =>
  !['not_found', 'forbidden', 'unauthenticated'].includes(errorCodeOf(error));

export function Pending({
  remote,
  label,
  shape,
  title,
  headingLevel,
  onRetry,
}: {
  remote: Exclude<Remote<unknown>, { state: 'ready' }>;
  /** What is loading, e.g. "Đang tải phản ánh…". */
  label: string;
  /** `cards` for a list, `page` for one report. */
  shape: 'cards' | 'page';
  /** The failure notice's title (a list: "Chưa tải được…"); none on a page (its h1 says it). */
  title?: ReactNode;
  headingLevel?: 2 | 3;
  /** "Thử lại": the screen keeps focus on its heading, then loads again. */
  onRetry: () => void;
}) {
  const errorText = useServiceErrorText();
  const words = useServiceErrorWords();
  if (remote.state === 'loading') {
    return (
      <SkeletonGroup label={label}>
        {shape === 'page' ? (
          <>
            <Skeleton lines={2} />
            <Skeleton shape="block" height="8rem" />
            <Skeleton lines={4} />
          </>
        ) : (
          [0, 1, 2].map((i) => (
            <div key={i} className="gm-card">
              <Skeleton shape="heading" width="70%" />
              <Skeleton lines={2} />
            </div>
          ))
        )}
      </SkeletonGroup>
    );
  }
  return (
    <Notice
      variant="error"
      title={title}
      headingLevel={title ? (headingLevel ?? 2) : false}
      announce
    >
      <p>{errorText(remote.error)}</p>
      {retryable(remote.error) && (
        <Button variant="secondary" onClick={onRetry}>
          {words('retry')}
        </Button>
      )}
    </Notice>
  );
}

/**
 * A report screen before its report is there: its h1's words and what goes under it. The h1
 * is the same element in every state, so "Thử lại" can keep focus on it while loading.
 */
export function usePendingPage(
  remote: Remote<unknown>,
  heading: RefObject<HTMLHeadingElement | null>,
  retry: () => void,
): { title: string; body: ReactNode } | undefined {
  const t = useFeedbackMessages(reportDetailMessages);
  if (remote.state === 'ready') return undefined;
  const code = remote.state === 'error' ? errorCodeOf(remote.error) : undefined;
  const title =
    code === undefined
      ? t('untitled')
      : code === 'not_found' || code === 'forbidden'
        ? t('notFoundTitle')
        : t('errorTitle');
  const again = () => {
    heading.current?.focus();
    retry();
  };
  return {
    title,
    body: <Pending remote={remote} label={t('loading')} shape="page" onRetry={again} />,
  };
}
