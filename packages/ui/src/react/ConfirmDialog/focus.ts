// Focus helpers for the dialog: zmp-ui's Sheet has none (research/zalo-platform.md §2.3).

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function focusableIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
}

/**
 * Focuses `target` once it can take focus. The Sheet shows its content a few renders after
 * `visible` turns true (display: none until then), so one attempt is not enough in a browser.
 * Returns a cancel function.
 */
export function focusWhenVisible(target: () => HTMLElement | null, frames = 30): () => void {
  let handle = 0;
  let left = frames;
  const attempt = () => {
    const el = target();
    el?.focus();
    if ((!el || document.activeElement !== el) && left-- > 0) {
      handle = requestAnimationFrame(attempt);
    }
  };
  attempt();
  return () => cancelAnimationFrame(handle);
}
