// The few layout rules the auth screens need. Inline, because this package ships no
// stylesheet of its own: everything else comes from @govmini/ui's components and styles.css.
import type { CSSProperties } from 'react';

/** A screen or a section: its parts one under the other, evenly spaced. */
export const stack: CSSProperties = { display: 'flex', flexDirection: 'column', gap: '1.25rem' };

/** Buttons side by side, wrapping under each other on a narrow phone or at large text. */
export const actions: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: '0.75rem' };

/** A stable ref that focuses what it is attached to once, when it appears. */
export const focusOnMount = (element: HTMLElement | null) => element?.focus();
