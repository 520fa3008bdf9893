// Every story of @govmini/auth, rendered in real Chromium and checked for real, in two modes:
// 100 % text on a 360 × 800 screen and 200 % text on 320 × 640. Same approach as @govmini/ui's
// all-stories test (its preview can't be imported across packages; ./stories-preview is the
// small equivalent): composeStories with the mode as initial globals, the story's loaders
// (the simulated citizen's sign-in) and play function run, then
// - axe-core (WCAG 2.0/2.1/2.2 A and AA) finds nothing, and no id repeats;
// - every visible interactive element is ≥ 48 × 48 CSS px (inline links excepted);
// - at 200 % on 320 px nothing sticks out to the right (WCAG 1.4.10).
// A new story is tested without touching this file.
import { composeStories, type composeStory, setProjectAnnotations } from '@storybook/react';
// (vitest.browser.config.ts resolves it from there); the few types used are declared below.
import axeCore from 'axe-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import preview, { type AuthStoryGlobals, readGlobals } from './stories-preview';

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary?: string }[];
}
const axe = axeCore as {
  run(scope: Element, options: object): Promise<{ violations: AxeViolation[] }>;
};

const annotations = setProjectAnnotations([preview]);
beforeAll(annotations.beforeAll);

interface Mode {
  label: string;
  globals: AuthStoryGlobals;
  viewport: readonly [number, number];
  overflow: boolean;
}

const modes: readonly Mode[] = [
  {
    label: '100 % text',
    globals: { textSize: 1, locale: 'vi' },
    viewport: [360, 800],
    overflow: false,
  },
  {
    label: '200 % text at 320 px',
    globals: { textSize: 2, locale: 'vi' },
    viewport: [320, 640],
    overflow: true,
  },
];

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type StoryModule = Parameters<typeof composeStories>[0];
type ComposedStory = ReturnType<typeof composeStory>;

// Lazy, so a story file that does not load fails its own test instead of all of them.
const loaders = import.meta.glob<StoryModule>('./**/*.stories.tsx');
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

for (const entry of loaded) {
  if (!('module' in entry) || !entry.module) {
    test(`${entry.path} loads`, () => {
      throw entry.error;
    });
    continue;
  }
  const { module, path } = entry;
  const title = (module.default as { title?: string }).title ?? path;
  const name = title.split('/').pop() ?? path;
  const perMode = modes.map(
    (mode) =>
      composeStories(module, { initialGlobals: { ...mode.globals } }) as Record<
        string,
        ComposedStory
      >,
  );
  describe(title, () => {
    for (const exportName of Object.keys(perMode[0] ?? {})) {
      modes.forEach((mode, i) => {
        test(`${name}/${exportName} — ${mode.label}`, async () => {
          const story = perMode[i]?.[exportName];
          if (!story) throw new Error(`composeStories lost ${exportName}`);
          await page.viewport(...mode.viewport);
          const container = document.createElement('div');
          container.dataset.story = `${name}/${exportName}`;
          document.body.append(container);
          await story.run({ canvasElement: container });
          for (const old of document.querySelectorAll('body > [data-story]')) {
            if (old !== container) old.remove();
          }
          await settle();

          const globals = readGlobals(story.globals);
          expect({
            rootFontPx: Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
            viewport: window.innerWidth,
          }).toEqual({ rootFontPx: 18 * globals.textSize, viewport: mode.viewport[0] });

          const scope = document.body;
          if (!scope.textContent?.trim()) {
            throw new Error(`${name}/${exportName} rendered nothing: nothing would be checked`);
          }
          const result = await axe.run(scope, {
            runOnly: { type: 'tag', values: AXE_TAGS },
            resultTypes: ['violations'],
          });
          const problems = [
            ...formatViolations(result.violations),
            ...checkDuplicateIds(scope),
            ...checkTargets(scope),
            ...(mode.overflow ? checkOverflow(scope) : []),
          ];
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

// ── Checks (as in @govmini/ui's all-stories test) ──────────────────────────────────────────

async function settle(): Promise<void> {
  await document.fonts.ready;
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(() => r(undefined)));
}

function formatViolations(violations: AxeViolation[]): string[] {
  return violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map((n) => {
        const why = n.failureSummary?.split('\n').slice(1, 3).join(' ').trim();
        return `    ${n.target.join(' ')}${why ? ` — ${why}` : ''}`;
      })
      .join('\n');
    return `axe ${v.id} (${v.impact ?? 'n/a'}): ${v.help} [${v.helpUrl}]\n${nodes}`;
  });
}

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

function isVisuallyHidden(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const s = getComputedStyle(e);
    if (s.clipPath.includes('inset(50%)') || s.clip === 'rect(0px, 0px, 0px, 0px)') return true;
    const r = e.getBoundingClientRect();
    if (r.width <= 1 && r.height <= 1 && s.overflow !== 'visible') return true;
  }
  return false;
}

function inScrollRegion(el: Element, scope: HTMLElement): boolean {
  for (let e = el.parentElement; e && e !== scope; e = e.parentElement) {
    const x = getComputedStyle(e).overflowX;
    if (x === 'auto' || x === 'scroll') return true;
  }
  return false;
}

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
      problems.push(
        `text overflow: "${n.textContent.trim().slice(0, 40)}" ends at ${Math.round(right)} px`,
      );
    }
  }
  return problems;
}

const NATIVE =
  'a[href], button, input:not([type=hidden]), select, textarea, [role=button], summary';
const INTERACTIVE = `${NATIVE}, [tabindex]:not([tabindex="-1"])`;
const MIN_TARGET = 48;

function isInlineLink(el: Element): boolean {
  const parent = el.parentElement;
  if (el.tagName !== 'A' || !parent) return false;
  if (getComputedStyle(el).display !== 'inline') return false;
  const display = getComputedStyle(parent).display;
  if (display.includes('flex') || display.includes('grid')) return false;
  return [...parent.childNodes].some((n) => n !== el && (n.textContent ?? '').trim() !== '');
}

/** ≥ 48 × 48 CSS px; a hidden native radio is measured by its label, the target tapped. */
function checkTargets(scope: HTMLElement): string[] {
  const problems: string[] = [];
  for (const el of scope.querySelectorAll<HTMLElement>(INTERACTIVE)) {
    if (!el.checkVisibility({ visibilityProperty: true }) || isInlineLink(el)) continue;
    let r = el.getBoundingClientRect();
    let what = describeEl(el);
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
        r = label.b;
        what = `${what} (its label)`;
      } else if (hidden) continue;
    } else if (isVisuallyHidden(el) || r.width === 0 || r.height === 0) {
      continue;
    }
    if (r.width + 0.5 < MIN_TARGET || r.height + 0.5 < MIN_TARGET) {
      problems.push(
        `target size: ${what} is ${r.width.toFixed(1)} × ${r.height.toFixed(1)} px, needs ≥ ${MIN_TARGET} × ${MIN_TARGET}`,
      );
    }
  }
  return problems;
}
