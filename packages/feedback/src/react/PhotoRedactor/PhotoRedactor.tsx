// Blurring parts of a photo on the phone before it is sent: the citizen draws boxes over faces
// and number plates with a finger or the mouse, or adds a box with a button and moves or resizes
// it with buttons or arrow keys (drawing is never the only way). Boxes preview with a blur; "Che
// và lưu ảnh" hands them to the caller, which pixelates them on a canvas (core/photos) and puts
// the result in place of the unblurred photo. Undo walks back one change at a time.
import { Button, Notice } from '@govmini/ui';
import {
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
  useId,
  useRef,
  useState,
} from 'react';
import { type BlurRegion, type RegionMove, regionFromPoints } from '../../core/photos/regions';
import { useFeedbackMessages } from '../messages';
import { photoRedactorMessages } from './messages';
import { useObjectUrl } from './use-object-url';
import { type RegionResize, useRegions } from './use-regions';

export interface PhotoRedactorProps {
  /** The photo as it is kept (already compressed on the phone). */
  photo: Blob;
  /** Its number in the report (1–5), used in names: "Ảnh 2". */
  number: number;
  /** "Che và lưu ảnh": the boxes, in fractions of the photo. */
  onApply: (regions: readonly BlurRegion[]) => void;
  /** "Huỷ, giữ ảnh như cũ". */
  onCancel: () => void;
  /** The caller is pixelating and saving. */
  applying?: boolean | undefined;
  /** Applying failed (the boxes stay): `true` for the standard message, or a text of your own. */
  error?: ReactNode;
  /** Boxes to start with (a story, or a reopened editor). */
  defaultRegions?: readonly BlurRegion[] | undefined;
}

const MOVES: readonly RegionMove[] = ['left', 'right', 'up', 'down'];
const RESIZES: readonly RegionResize[] = ['wider', 'narrower', 'taller', 'shorter'];
const ARROWS: Record<string, RegionMove> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
const SHIFT_ARROWS: Record<string, RegionResize> = {
  ArrowRight: 'wider',
  ArrowLeft: 'narrower',
  ArrowDown: 'taller',
  ArrowUp: 'shorter',
};
/** Less movement than this between press and release is a tap (selects), not a drawing. */
const TAP = 0.02;

const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
const boxStyle = (r: BlurRegion) => ({
  left: pct(r.x),
  top: pct(r.y),
  width: pct(r.width),
  height: pct(r.height),
});

export function PhotoRedactor({
  photo,
  number,
  onApply,
  onCancel,
  applying,
  error,
  defaultRegions,
}: PhotoRedactorProps) {
  const t = useFeedbackMessages(photoRedactorMessages);
  const url = useObjectUrl(photo);
  const editor = useRegions(defaultRegions);
  const { regions, selected } = editor;
  const [said, say] = useState('');
  const [drawn, setDrawn] = useState<BlurRegion>();
  const drawing = useRef<{ start: { x: number; y: number }; pointer: number } | null>(null);
  const image = useRef<HTMLImageElement>(null);
  const ids = useId();
  const numberOf = (id: string | undefined) => regions.findIndex((r) => r.id === id) + 1;
  const describe = (r: BlurRegion) =>
    t('moved', {
      n: numberOf(r.id) || regions.length + 1,
      x: Math.round(r.x * 100),
      y: Math.round(r.y * 100),
      w: Math.round(r.width * 100),
      h: Math.round(r.height * 100),
    });

  const point = (event: PointerEvent) => {
    const box = image.current?.getBoundingClientRect();
    if (!box || box.width === 0) return { x: 0, y: 0 };
    return { x: (event.clientX - box.left) / box.width, y: (event.clientY - box.top) / box.height };
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drawing.current = { start: point(event), pointer: event.pointerId };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const d = drawing.current;
    if (d?.pointer === event.pointerId)
      setDrawn(regionFromPoints('drawing', d.start, point(event)));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const d = drawing.current;
    if (d?.pointer !== event.pointerId) return;
    drawing.current = null;
    setDrawn(undefined);
    const end = point(event);
    if (Math.abs(end.x - d.start.x) < TAP && Math.abs(end.y - d.start.y) < TAP) {
      // A tap selects the topmost box under the finger.
      const hit = [...regions]
        .reverse()
        .find(
          (r) => end.x >= r.x && end.x <= r.x + r.width && end.y >= r.y && end.y <= r.y + r.height,
        );
      if (hit) {
        editor.select(hit.id);
        say(t('selected', { n: numberOf(hit.id) }));
      }
      return;
    }
    const { id: _drawing, ...made } = regionFromPoints('drawing', d.start, end);
    editor.add(made);
    say(t('added', { n: regions.length + 1 }));
  };
  const onPointerCancel = () => {
    drawing.current = null;
    setDrawn(undefined);
  };

  const current = regions.find((r) => r.id === selected);
  const move = (how: RegionMove) => current && editor.move(current.id, how);
  const resize = (how: RegionResize) => current && editor.resize(current.id, how);
  const remove = () => {
    if (!current) return;
    editor.remove(current.id);
    say(t('removed', { count: regions.length - 1 }));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      editor.undo();
      return;
    }
    if (!current) return;
    const how = event.shiftKey ? SHIFT_ARROWS[event.key] : ARROWS[event.key];
    if (how) {
      event.preventDefault();
      if (event.shiftKey) resize(how as RegionResize);
      else move(how as RegionMove);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      remove();
    }
  };

  return (
    <div className="gm-redactor">
      <p className="gm-redactor__hint">{t('hint')}</p>
      {/* A drawing surface: it takes focus, and its arrow keys move the box (not the reader's
          cursor), hence `application`. Everything it does has buttons below as well. */}
      <div
        className="gm-redactor__stage"
        role="application"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: `application` is interactive; biome misses it
        tabIndex={0}
        aria-label={t('stage', { n: number })}
        aria-describedby={`${ids}-keys ${ids}-state`}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerCancel}
      >
        {url && <img ref={image} src={url} alt={t('alt', { n: number })} draggable={false} />}
        {regions.map((r) => (
          <div
            key={r.id}
            className={`gm-redactor__box${r.id === selected ? ' gm-redactor__box--selected' : ''}`}
            style={boxStyle(r)}
          />
        ))}
        {drawn && (
          <div className="gm-redactor__box gm-redactor__box--drawing" style={boxStyle(drawn)} />
        )}
      </div>
      <p id={`${ids}-keys`} className="gm-redactor__keys">
        {t('keys')}
      </p>
      <p id={`${ids}-state`} className="gm-visually-hidden">
        {current
          ? describe(current)
          : regions.length
            ? t('count', { count: regions.length })
            : t('none')}
      </p>
      <p className="gm-visually-hidden" aria-live="polite">
        {said}
      </p>
      <div className="gm-redactor__tools">
        <Button
          variant="secondary"
          onClick={() => {
            editor.add();
            say(t('added', { n: regions.length + 1 }));
          }}
        >
          {t('add')}
        </Button>
        <Button
          variant="secondary"
          aria-disabled={!editor.canUndo || undefined}
          onClick={() => {
            if (!editor.canUndo) return;
            editor.undo();
            say(t('undone', { count: editor.history.at(-1)?.length ?? 0 }));
          }}
        >
          {t('undo')}
        </Button>
      </div>
      {regions.length > 1 && (
        <ul className="gm-redactor__list">
          {regions.map((r, i) => (
            <li key={r.id}>
              <Button
                variant="secondary"
                aria-pressed={r.id === selected}
                onClick={() => editor.select(r.id)}
              >
                {t('select', { n: i + 1 })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {current && (
        <fieldset className="gm-redactor__adjust">
          <legend>{t('selected', { n: numberOf(current.id) })}</legend>
          <div className="gm-redactor__buttons">
            {MOVES.map((how) => (
              <Button key={how} variant="secondary" onClick={() => move(how)}>
                {t(how)}
              </Button>
            ))}
            {RESIZES.map((how) => (
              <Button key={how} variant="secondary" onClick={() => resize(how)}>
                {t(how)}
              </Button>
            ))}
            <Button variant="warning" onClick={remove}>
              {t('remove', { n: numberOf(current.id) })}
            </Button>
          </div>
        </fieldset>
      )}
      <p className="gm-redactor__note">{t('note')}</p>
      {error && (
        <Notice variant="error" headingLevel={false} announce>
          {error === true ? t('failed') : error}
        </Notice>
      )}
      <div className="gm-redactor__actions">
        <Button loading={applying === true} onClick={() => onApply(regions)}>
          {applying ? t('applying') : t('apply')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </div>
  );
}
