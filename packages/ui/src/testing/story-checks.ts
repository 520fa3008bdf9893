// Checks that every story-level accessibility test in GovMini shares (@govmini/ui's stories,
// @govmini/auth's screens, and the packages to come): each returns one readable line per
// problem, naming the element, so a failing test says what the component's owner must fix.
// Browser only (it measures layout). axe-core is passed in, so this entry depends on nothing.

/** The part of axe-core's API these checks use. */
export interface AxeLike {
  run(
    scope: Element,
    options: object,
  ): Promise<{
    violations: {
      id: string;
      impact?: string | null;
      help: string;
      helpUrl: string;
      nodes: { target: unknown[]; failureSummary?: string }[];
    }[];
  }>;
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface StoryCheckOptions {
  /** 48 × 48 touch targets. */
  targets: boolean;
  /** Nothing wider than the viewport (WCAG 1.4.10). */
  overflow: boolean;
  /** AAA text contrast (7:1), what the high-contrast mode promises. */
  aaaContrast?: boolean;
}

/**
 * Everything in `scope` (usually document.body: the story plus what it portals out): axe finds
 * nothing, no id repeats, and, when asked, targets and overflow hold. Returns the problems.
 */
export async function checkStory(
  axe: AxeLike,
  scope: HTMLElement,
  options: StoryCheckOptions,
): Promise<string[]> {
  const result = await axe.run(scope, {
    runOnly: { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
    ...(options.aaaContrast && { rules: { 'color-contrast-enhanced': { enabled: true } } }),
  });
  return [
    ...formatViolations(result.violations),
    ...checkDuplicateIds(scope),
    ...(options.targets ? checkTargets(scope) : []),
    ...(options.overflow ? checkOverflow(scope) : []),
  ];
}

/** Two frames and the fonts: layout and colours are final before anything is measured. */
export async function settle(): Promise<void> {
  await document.fonts.ready;
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(() => r(undefined)));
}

function formatViolations(violations: Awaited<ReturnType<AxeLike['run']>>['violations']): string[] {
  return violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map((n) => {
        const why = n.failureSummary?.split('\n').slice(1, 3).join(' ').trim();
        return `    ${n.target.join(' ')}${why ? ` — ${why}` : ''}`;
      })
      .join('\n');
    const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : '';
    return `axe ${v.id} (${v.impact ?? 'n/a'}): ${v.help} [${v.helpUrl}]\n${nodes}${more}`;
  });
}

/** `button.gm-button#save "Lưu hồ sơ"`: enough to find the element in the story. */
export function describeEl(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const cls = [...el.classList]
    .slice(0, 2)
    .map((c) => `.${c}`)
    .join('');
  const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
  return `<${el.tagName.toLowerCase()}${id}${cls}>${text ? ` "${text.slice(0, 40)}"` : ''}`;
}

export function checkDuplicateIds(scope: HTMLElement): string[] {
  const seen = new Map<string, number>();
  for (const el of scope.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
  return [...seen]
    .filter(([, n]) => n > 1)
    .map(([id, n]) => `duplicate id "${id}" (${n} elements)`);
}

/** Hidden the accessible way (.gm-visually-hidden and the like): clipped to nothing. */
function isVisuallyHidden(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const s = getComputedStyle(e);
    if (s.clipPath.includes('inset(50%)') || s.clip === 'rect(0px, 0px, 0px, 0px)') return true;
    const r = e.getBoundingClientRect();
    if (r.width <= 1 && r.height <= 1 && s.overflow !== 'visible') return true;
  }
  return false;
}

/** Inside a horizontally scrolling region (a wide table's wrapper): that region is measured. */
function inScrollRegion(el: Element, scope: HTMLElement): boolean {
  for (let e = el.parentElement; e && e !== scope; e = e.parentElement) {
    const x = getComputedStyle(e).overflowX;
    if (x === 'auto' || x === 'scroll') return true;
  }
  return false;
}

/**
 * WCAG 1.4.10 at 200 % text on a 320 px screen: the page does not scroll sideways, no element's
 * box and no line of text ends right of the viewport (1 px tolerance for sub-pixel rounding).
 * Clipped overflow counts too: text cut off by `overflow: hidden` is as lost as text off-screen.
 * Exempt: visually hidden content (clipped to 1 px on purpose), and the content of a region that
 * scrolls sideways itself (`overflow-x: auto|scroll`, the 1.4.10 exception for 2-D content such
 * as tables): the region must fit, and axe's scrollable-region-focusable makes it reachable.
 */
export function checkOverflow(scope: HTMLElement): string[] {
  const limit = window.innerWidth + 1;
  const problems: string[] = [];
  const scrollWidth = document.documentElement.scrollWidth;
  if (scrollWidth > window.innerWidth) {
    problems.push(`page scrolls sideways: scrollWidth ${scrollWidth} px > ${window.innerWidth} px`);
  }
  for (const el of scope.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if ((r.width === 0 && r.height === 0) || inScrollRegion(el, scope)) continue;
    if (r.right > limit && !isVisuallyHidden(el)) {
      problems.push(`overflow: ${describeEl(el)} ends at ${Math.round(r.right)} px`);
    }
  }
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || !n.textContent?.trim() || inScrollRegion(parent, scope)) continue;
    range.selectNodeContents(n);
    const right = Math.max(0, ...[...range.getClientRects()].map((r) => r.right));
    if (right > limit && !isVisuallyHidden(parent)) {
      const text = n.textContent.trim().slice(0, 40);
      problems.push(
        `text overflow: "${text}" in ${describeEl(parent)} ends at ${Math.round(right)} px`,
      );
    }
  }
  return problems;
}

const NATIVE =
  'a[href], button, input:not([type=hidden]), select, textarea, [role=button], summary';
const INTERACTIVE = `${NATIVE}, [tabindex]:not([tabindex="-1"])`;
const MIN_TARGET = 48;
// Roles of containers that take focus only so the keyboard can reach or scroll them.
const CONTAINER_ROLES = new Set(
  'region dialog alertdialog document tabpanel group main article log status alert note figure form navigation complementary search'.split(
    ' ',
  ),
);

/**
 * A container made focusable (`tabindex="0"`) so a keyboard can scroll it or land in it — a
 * scrolling table wrapper, a dialog — is not a pointer target: nothing happens when it is tapped.
 */
function isFocusableContainer(el: HTMLElement): boolean {
  if (el.matches(NATIVE)) return false;
  const role = el.getAttribute('role') ?? (el.tagName === 'DIALOG' ? 'dialog' : '');
  const { overflowX, overflowY } = getComputedStyle(el);
  const scrolls = [overflowX, overflowY].some((o) => o === 'auto' || o === 'scroll');
  return CONTAINER_ROLES.has(role) || (!role && scrolls);
}

/**
 * WCAG 2.5.8 inline exception, as applied here: an `<a>` laid out inline whose parent is a block
 * of running text (not a flex or grid container) that holds other non-blank content besides the
 * link, i.e. a link inside a sentence. A link alone in its parent, or a flex/grid item, is a
 * standalone target and must be 48 × 48.
 */
function isInlineLink(el: Element): boolean {
  const parent = el.parentElement;
  if (el.tagName !== 'A' || !parent) return false;
  if (getComputedStyle(el).display !== 'inline') return false;
  const display = getComputedStyle(parent).display;
  if (display.includes('flex') || display.includes('grid')) return false;
  return [...parent.childNodes].some((n) => n !== el && (n.textContent ?? '').trim() !== '');
}

/**
 * Every visible interactive element is at least 48 × 48 CSS px (0.5 px rounding tolerance).
 * Exempt: inline links (isInlineLink), focusable containers (isFocusableContainer) and hidden
 * elements. A native radio or checkbox that is
 * hidden (opacity 0, clipped, or drawn inside its label's box, as custom controls are) is
 * measured by its <label>, the target the citizen actually taps.
 */
export function checkTargets(scope: HTMLElement): string[] {
  const problems: string[] = [];
  for (const el of scope.querySelectorAll<HTMLElement>(INTERACTIVE)) {
    if (!el.checkVisibility({ visibilityProperty: true })) continue;
    if (isInlineLink(el) || isFocusableContainer(el)) continue;
    let target: Element = el;
    let r = el.getBoundingClientRect();
    if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
      const label = [...(el.labels ?? [])]
        .map((l) => ({ l, b: l.getBoundingClientRect() }))
        .sort((a, b) => b.b.width * b.b.height - a.b.width * a.b.height)[0];
      const hidden = isVisuallyHidden(el) || Number.parseFloat(getComputedStyle(el).opacity) === 0;
      const inside =
        label &&
        r.left >= label.b.left - 1 &&
        r.right <= label.b.right + 1 &&
        r.top >= label.b.top - 1 &&
        r.bottom <= label.b.bottom + 1;
      if (label && (hidden || inside)) {
        target = label.l;
        r = label.b;
      } else if (hidden) continue;
    } else if (isVisuallyHidden(el) || r.width === 0 || r.height === 0) {
      continue;
    }
    if (r.width + 0.5 < MIN_TARGET || r.height + 0.5 < MIN_TARGET) {
      const what = target === el ? describeEl(el) : `${describeEl(el)} (its label)`;
      problems.push(
        `target size: ${what} is ${r.width.toFixed(1)} × ${r.height.toFixed(1)} px, needs ≥ ${MIN_TARGET} × ${MIN_TARGET}`,
      );
    }
  }
  return problems;
}
