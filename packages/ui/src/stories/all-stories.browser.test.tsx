// Every story of every component, rendered in real Chromium through the same preview as Storybook
// (GovMiniProvider + simulated platform), in six modes, and checked for real: the default theme
// (Tỉnh Mẫu), a province theme (Huế) and high contrast, each at 100 % (360 px) and 200 % text
// (320 px).
// In every mode: axe-core (WCAG 2.0/2.1/2.2 A and AA) finds nothing, and no id repeats; in high
// contrast axe also checks AAA text contrast (7:1), which that mode promises.
// At 100 % (default theme) and 200 %: every visible interactive element is ≥ 48 × 48 CSS px.
// At 200 % on a 320 × 640 screen: nothing sticks out to the right (no sideways scrolling).
// Tests are generated from the stories, so a new story is tested without touching this file.
//
// Modes reach the decorator as Storybook globals: each story is composed once per mode with
// `initialGlobals` (composeStories' project annotations), exactly as the toolbar would set them;
// a story's own `globals` still win. Each test first checks that its mode really took effect
// (root font size, data-gm-contrast and data-gm-theme-mode, the injected theme stylesheet).
import { composeStories, type composeStory, setProjectAnnotations } from '@storybook/react';
import axe from 'axe-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { themes } from '../core/theme';
import preview, { readGlobals, type StoryGlobals } from './preview';

const annotations = setProjectAnnotations([preview]);
beforeAll(annotations.beforeAll);

interface Mode {
  label: string;
  globals: Partial<StoryGlobals>;
  viewport: readonly [number, number];
  /** 48 × 48 touch targets. */
  targets: boolean;
  /** Nothing wider than the viewport. */
  overflow: boolean;
  /** AAA text contrast (7:1, 4.5:1 large): what the high-contrast mode promises (DESIGN.md). */
  aaaContrast?: boolean;
}

const normal = { theme: 'tinhMau', textSize: 1, highContrast: false, dark: false } as const;
const modes: readonly Mode[] = [
  // 360 × 800: the commonest cheap-Android screen.
  { label: 'default theme', globals: normal, viewport: [360, 800], targets: true, overflow: false },
  {
    label: 'Huế theme',
    globals: { ...normal, theme: 'hue' },
    viewport: [360, 800],
    targets: false,
    overflow: false,
  },
  {
    label: 'high contrast',
    globals: { ...normal, highContrast: true },
    viewport: [360, 800],
    targets: false,
    overflow: false,
    aaaContrast: true,
  },
  {
    label: '200 % text at 320 px',
    globals: { ...normal, textSize: 2 },
    viewport: [320, 640],
    targets: true,
    overflow: true,
  },
  {
    label: 'Huế theme, 200 % text at 320 px',
    globals: { ...normal, theme: 'hue', textSize: 2 },
    viewport: [320, 640],
    targets: false,
    overflow: true,
  },
  {
    label: 'high contrast, 200 % text at 320 px',
    globals: { ...normal, highContrast: true, textSize: 2 },
    viewport: [320, 640],
    targets: false,
    overflow: true,
    aaaContrast: true,
  },
];

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type StoryModule = Parameters<typeof composeStories>[0];
type ComposedStory = ReturnType<typeof composeStory>;

// Lazy imports, so one story file that does not load (a component still being written) fails
// its own test instead of taking every other story down with it.
const loaders = import.meta.glob<StoryModule>('../react/**/*.stories.tsx');
const loaded = await Promise.all(
  Object.entries(loaders)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(async ([path, load]) => {
      try {
        return { path, module: await load() };
      } catch (error) {
        return { path, error };
      }
    }),
);

/** "Thành phần/Button" → "Button"; without a title, the file's name. */
function componentName(path: string, module: StoryModule): string {
  const title = (module.default as { title?: string } | undefined)?.title;
  return title?.split('/').pop() ?? path.split('/').pop()?.replace('.stories.tsx', '') ?? path;
}

for (const entry of loaded) {
  if (!('module' in entry) || !entry.module) {
    test(`${entry.path} loads`, () => {
      throw entry.error;
    });
    continue;
  }
  const { module, path } = entry;
  const name = componentName(path, module);
  const perMode = modes.map(
    (mode) =>
      composeStories(module, { initialGlobals: mode.globals }) as Record<string, ComposedStory>,
  );
  const exportNames = Object.keys(perMode[0] ?? {});

  describe((module.default as { title?: string }).title ?? path, () => {
    if (exportNames.length === 0) {
      test(`${name} has stories`, () => {
        throw new Error(`${name}: a stories file without stories checks nothing`);
      });
    }
    for (const exportName of exportNames) {
      modes.forEach((mode, i) => {
        const story = perMode[i]?.[exportName];
        test(`${name}/${exportName} — ${mode.label}`, async () => {
          if (!story) throw new Error(`composeStories lost ${exportName}`);
          await page.viewport(...mode.viewport);
          const container = document.createElement('div');
          container.dataset.story = `${name}/${exportName}`;
          document.body.append(container);
          // run() unmounts the previous story's React root before mounting this one (Storybook's
          // portable-stories cleanup); then the old containers go, failed ones included.
          await story.run({ canvasElement: container });
          for (const old of document.querySelectorAll('body > [data-story]')) {
            if (old !== container) old.remove();
          }
          await settle();

          // The mode really applied: otherwise every check below would be checking the wrong thing.
          const globals = readGlobals(story.globals);
          const root = document.documentElement;
          const theme = themes[globals.theme] ?? themes.tinhMau;
          const styles = document.querySelectorAll<HTMLStyleElement>('style[data-gm-theme]');
          expect({
            rootFontPx: Number.parseFloat(getComputedStyle(root).fontSize),
            contrast: root.dataset.gmContrast,
            themeMode: root.dataset.gmThemeMode,
            theme: styles[styles.length - 1]?.dataset.gmTheme,
            viewport: window.innerWidth,
          }).toEqual({
            rootFontPx: 18 * globals.textSize,
            contrast: globals.highContrast ? 'high' : 'normal',
            themeMode: globals.dark ? 'dark' : 'light',
            theme: theme.name,
            viewport: mode.viewport[0],
          });

          // The whole body: the story's container plus anything it portals out (dialogs, toasts).
          // The previous story is unmounted and its container removed, so only this story is here.
          const scope = document.body;
          const rendered = scope.querySelector(
            'img, svg, input, button, select, textarea, a, [role], hr, progress',
          );
          if (!scope.textContent?.trim() && !rendered) {
            throw new Error(`${name}/${exportName} rendered nothing: nothing would be checked`);
          }
          const problems: string[] = [];
          const result = await axe.run(scope, {
            runOnly: { type: 'tag', values: AXE_TAGS },
            resultTypes: ['violations'],
            ...(mode.aaaContrast && { rules: { 'color-contrast-enhanced': { enabled: true } } }),
          });
          problems.push(...formatViolations(result.violations));
          problems.push(...checkDuplicateIds(scope));
          if (mode.targets) problems.push(...checkTargets(scope));
          if (mode.overflow) problems.push(...checkOverflow(scope));
          if (problems.length > 0) {
            const where = `${name}/${exportName} — ${mode.label}`;
            throw new Error(`${problems.length} problem(s) in ${where}:\n${problems.join('\n')}`);
          }
        });
      });
    }
  });
}

if (loaded.length === 0) {
  test('there are stories to check', () => {
    throw new Error('no *.stories.tsx under src/react: nothing would be checked');
  });
}

// ── Checks ───────────────────────────────────────────────────────────────────────────────────
// Each returns one readable line per problem, naming the element, so a failing test says what
// the component's owner has to fix.

/** Two frames and the fonts: layout and colours are final before anything is measured. */
async function settle(): Promise<void> {
  await document.fonts.ready;
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(() => r(undefined)));
}

function formatViolations(violations: axe.Result[]): string[] {
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
function describeEl(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const cls = [...el.classList]
    .slice(0, 2)
    .map((c) => `.${c}`)
    .join('');
  const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
  return `<${el.tagName.toLowerCase()}${id}${cls}>${text ? ` "${text.slice(0, 40)}"` : ''}`;
}

function checkDuplicateIds(scope: HTMLElement): string[] {
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
function checkOverflow(scope: HTMLElement): string[] {
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
function checkTargets(scope: HTMLElement): string[] {
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
