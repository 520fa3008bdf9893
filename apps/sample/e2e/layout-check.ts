// "No horizontal scroll, nothing clipped", defined precisely and checked on the screen as the
// citizen sees it (large text on a narrow phone is where layouts break):
//
// 1. The document does not scroll sideways: `scrollWidth ≤ clientWidth` for <html> and <body>.
// 2. No box scrolls sideways: no rendered element whose `overflow-x` is `auto` or `scroll` has
//    `scrollWidth > clientWidth + 1`. (zmp-ui's pages scroll inside their own boxes, so the
//    document alone would miss them.)
// 3. No text is cut off: every line box of every visible text (each non-blank text node) lies
//    within the viewport sideways, and is not hidden by an ancestor that clips it: sideways,
//    an ancestor whose `overflow-x` is not `visible`; up and down, one whose `overflow-y` is
//    `hidden` or `clip`. Past an ancestor that scrolls in an axis (a phone page scrolls
//    vertically), what must fit further up in that axis is the scrolling box itself, not the
//    text, which can be scrolled into view — so a page box cut off by the app's frame is caught
//    too. Only ancestors on the containing-block chain of the text's element count (an
//    absolutely positioned box escapes unpositioned ancestors, a fixed one all but transformed
//    ones).
// 4. No element sticks out of the viewport sideways (an image or a control cut at the edge).
//
// Tolerance: 1 px (sub-pixel rounding). Not seen by the citizen, so exempt: text in a visually
// hidden element (a `clip` or `clip-path`, the screen-reader-only pattern), with `visibility:
// hidden` or opacity 0, or not rendered; the values inside form controls (input, textarea, select
// options), which scroll within their control by design.
import type { Page } from 'playwright-core';

/** What is wrong with the layout of the screen shown, in words; empty when nothing is. */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const TOLERANCE = 1;
    const found: string[] = [];
    const styles = new Map<Element, CSSStyleDeclaration>();
    const style = (el: Element) => {
      let s = styles.get(el);
      if (!s) {
        s = getComputedStyle(el);
        styles.set(el, s);
      }
      return s;
    };
    const name = (el: Element) => {
      const classes = [...el.classList].slice(0, 3).join('.');
      const id = el.id ? `#${el.id}` : '';
      return `<${el.tagName.toLowerCase()}${id}${classes ? `.${classes}` : ''}>`;
    };
    const quote = (text: string) => {
      const t = text.replace(/\s+/g, ' ').trim();
      return `“${t.length > 50 ? `${t.slice(0, 50)}…` : t}”`;
    };
    // Hidden from sight (not from screen readers, which is the point of these patterns).
    const unseen = (el: Element): boolean => {
      for (let a: Element | null = el; a; a = a.parentElement) {
        const s = style(a);
        if (s.display === 'none' || Number(s.opacity) === 0) return true;
        if (s.clip !== 'auto' || s.clipPath !== 'none') return true;
      }
      return style(el).visibility !== 'visible';
    };
    const inControl = (el: Element) => el.closest('input, textarea, select, option') !== null;

    // 1. The document.
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      found.push(
        `the page scrolls sideways: ${root.scrollWidth} px wide on a ${root.clientWidth} px screen`,
      );
    if (document.body.scrollWidth > root.clientWidth)
      found.push(
        `the body is ${document.body.scrollWidth} px wide on a ${root.clientWidth} px screen`,
      );

    // 2. Boxes that scroll sideways.
    for (const el of document.querySelectorAll('body *')) {
      const s = style(el);
      if (s.overflowX !== 'auto' && s.overflowX !== 'scroll') continue;
      if (inControl(el) || el.clientWidth === 0) continue;
      if (el.scrollWidth > el.clientWidth + TOLERANCE)
        found.push(
          `${name(el)} scrolls sideways: its content is ${el.scrollWidth} px wide in ${el.clientWidth} px`,
        );
    }

    // 3. Text cut off by the viewport or by an ancestor that clips it.
    const viewport = root.clientWidth;
    /**
     * Where the text's lines end up, ancestor by ancestor: each ancestor on the containing-block
     * chain that clips is checked against what it holds in each axis — the lines themselves,
     * or, past a box that scrolls in that axis, that box (the lines can be scrolled into it;
     * what must then be visible is the scrolling box).
     */
    const cutBy = (el: Element, lines: DOMRect[]): string | undefined => {
      let inX: DOMRect[] = lines;
      let inY: DOMRect[] = lines;
      // The text is in the flow of its own element, which is the first box that may clip it.
      let position = 'static';
      for (let a: Element | null = el; a && a !== root; a = a.parentElement) {
        const s = style(a);
        const makesBlock =
          s.transform !== 'none' ||
          s.filter !== 'none' ||
          s.perspective !== 'none' ||
          /paint|layout|strict|content/.test(s.contain);
        const containing =
          position === 'fixed'
            ? makesBlock
            : position === 'absolute'
              ? s.position !== 'static' || makesBlock
              : true;
        if (!containing) continue;
        position = s.position;
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const r = a.getBoundingClientRect();
        const left = r.left + a.clientLeft;
        const top = r.top + a.clientTop;
        const right = left + a.clientWidth;
        const bottom = top + a.clientHeight;
        const scrollsX = s.overflowX === 'auto' || s.overflowX === 'scroll';
        const scrollsY = s.overflowY === 'auto' || s.overflowY === 'scroll';
        // Sideways, any box that does not let it overflow hides it or makes it scroll sideways.
        if (s.overflowX !== 'visible') {
          const out = inX.find((b) => b.left < left - TOLERANCE || b.right > right + TOLERANCE);
          if (out)
            return `${scrollsX ? 'scrolls sideways in' : 'is cut off by'} ${name(a)} (${Math.round(out.left)}–${Math.round(out.right)} px, the box is ${Math.round(left)}–${Math.round(right)} px)`;
        }
        if (s.overflowY !== 'visible' && !scrollsY) {
          const out = inY.find((b) => b.top < top - TOLERANCE || b.bottom > bottom + TOLERANCE);
          if (out)
            return `is cut off by ${name(a)} at the ${out.top < top ? 'top' : 'bottom'} (overflow-y ${s.overflowY})`;
        }
        if (scrollsX) inX = [a.getBoundingClientRect()];
        if (scrollsY) inY = [a.getBoundingClientRect()];
      }
      return undefined;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const reported = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const el = node.parentElement;
      if (!el || !text.trim() || reported.has(el)) continue;
      if (el.closest('script, style, template, noscript, title') || inControl(el) || unseen(el))
        continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (lines.length === 0) continue;
      const outside = lines.find((l) => l.left < -TOLERANCE || l.right > viewport + TOLERANCE);
      const problem =
        cutBy(el, lines) ??
        (outside &&
          `goes past the screen’s edge (${Math.round(outside.left)}–${Math.round(outside.right)} px of ${viewport})`);
      if (problem) {
        reported.add(el);
        found.push(`text ${quote(text)} in ${name(el)} ${problem}`);
      }
    }

    // 4. Elements sticking out of the viewport sideways.
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.left >= -TOLERANCE && box.right <= viewport + TOLERANCE) continue;
      if (unseen(el) || reported.has(el)) continue;
      found.push(
        `${name(el)} sticks out of the screen (${Math.round(box.left)}–${Math.round(box.right)} px of ${viewport})`,
      );
    }
    return found.slice(0, 10);
  });
}
