// Photos from the camera or the gallery through the platform (Zalo, or the simulator), with
// previews, a count, the limits in plain words, and why a file was not added.
import { isPlatformError, type PickedImage } from '@govmini/platform';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type ReactNode,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
} from 'react';
import { ErrorMessage, Fieldset, FormGroup, Hint, useFieldIds } from '../field';
import { cx } from '../internal/class-names';
import { useMessages } from '../internal/messages';
import { useControllableState } from '../internal/use-controllable-state';
import { useGovMini } from '../provider/context';
import { photoPickerMessages } from './messages';
import { keyOf, useObjectUrls } from './use-object-urls';

export type { PickedImage };

export interface PhotoPickerProps
  extends Omit<ComponentPropsWithoutRef<'fieldset'>, 'onChange' | 'defaultValue' | 'children'> {
  /** The legend, e.g. "Ảnh chụp hiện trường". */
  label: ReactNode;
  legendAsHeading?: boolean;
  /** Shown before the limits ("Tối đa 5 ảnh, mỗi ảnh không quá 5 MB."), which are always said. */
  hint?: ReactNode;
  error?: ReactNode;
  /** Given to the "Chụp ảnh" button, so an error summary link lands on it. */
  id?: string;
  /** Most photos (default 5). */
  max?: number;
  /** Largest photo in bytes (default 5 MB). */
  maxBytes?: number;
  value?: readonly PickedImage[];
  defaultValue?: readonly PickedImage[];
  onChange?: (images: readonly PickedImage[]) => void;
}

type Notice = { readonly text: string; readonly problem?: boolean };
const NONE: readonly PickedImage[] = [];

export const PhotoPicker = forwardRef<HTMLFieldSetElement, PhotoPickerProps>(function PhotoPicker(
  {
    label,
    legendAsHeading,
    hint,
    error,
    id,
    max = 5,
    maxBytes = 5 * 1024 * 1024,
    value,
    defaultValue = NONE,
    onChange,
    className,
    ...props
  },
  ref,
) {
  const { platform, locale } = useGovMini('PhotoPicker');
  const t = useMessages(photoPickerMessages);
  const ids = useFieldIds(id);
  const [images, setImages] = useControllableState({ value, defaultValue, onChange });
  const urls = useObjectUrls(images);
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const [busy, setBusy] = useState(false);
  const busyNow = useRef(false); // a second tap in the same tick, before `busy` renders

  const inner = useRef<HTMLFieldSetElement>(null);
  useImperativeHandle(ref, () => inner.current as HTMLFieldSetElement);
  // The list as of now, for code that runs after an await (a controlled parent may re-render).
  const latest = useRef(images);
  latest.current = images;
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  // After a removal, focus goes to the next "Xoá" button (or the first pick button when none
  // is left), never to <body>.
  const focusAfterRemove = useRef<number | null>(null);
  useEffect(() => {
    const i = focusAfterRemove.current;
    if (i === null) return;
    focusAfterRemove.current = null;
    const removes = inner.current?.querySelectorAll<HTMLElement>('.gm-photo-picker__remove');
    (removes?.[Math.min(i, removes.length - 1)] ?? document.getElementById(ids.control))?.focus();
  });

  const size = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const sizeText =
    maxBytes >= 1048576
      ? `${size.format(maxBytes / 1048576)} MB`
      : `${size.format(maxBytes / 1024)} KB`;

  const pick = async (source: 'camera' | 'album') => {
    if (busyNow.current) return; // a second tap while Zalo's picker opens
    const remaining = max - latest.current.length;
    if (remaining <= 0) {
      setNotices([{ text: t('photoPicker.full', { max }), problem: true }]);
      return;
    }
    busyNow.current = true;
    setBusy(true);
    setNotices([]);
    const next: Notice[] = [];
    try {
      const result = await platform.media.pickImages({ max: remaining, maxBytes, source });
      if (!live.current) return;
      const room = max - latest.current.length;
      const added = result.images.slice(0, Math.max(0, room));
      if (added.length) {
        setImages([...latest.current, ...added]);
        next.push({ text: t('photoPicker.added', { count: added.length }) });
      }
      if (added.length < result.images.length)
        next.push({ text: t('photoPicker.overLimit', { max }), problem: true });
      for (const r of result.rejected)
        next.push({
          text: t(r.reason === 'too_large' ? 'photoPicker.tooLarge' : 'photoPicker.notImage', {
            name: r.name,
            size: sizeText,
          }),
          problem: true,
        });
    } catch (e) {
      // Closing the picker without choosing is not a problem: say nothing.
      if (!isPlatformError(e, 'user_cancelled'))
        next.push({
          text: isPlatformError(e) ? e.messageIn(locale) : t('photoPicker.failed'),
          problem: true,
        });
    } finally {
      busyNow.current = false;
      if (live.current) {
        setBusy(false);
        setNotices(next);
      }
    }
  };

  const remove = (i: number) => {
    focusAfterRemove.current = i;
    setImages(images.filter((_, j) => j !== i));
    setNotices([{ text: t('photoPicker.removed', { n: i + 1 }) }]);
  };

  const pickButton = (source: 'camera' | 'album', buttonId?: string) => (
    <button
      type="button"
      id={buttonId}
      className="gm-button gm-button--secondary"
      onClick={() => pick(source)}
      aria-disabled={busy || undefined}
    >
      {t(`photoPicker.${source}`)}
    </button>
  );

  return (
    <FormGroup error={error}>
      <Fieldset
        ref={inner}
        legend={label}
        legendAsHeading={legendAsHeading ?? false}
        className={cx('gm-photo-picker', className)}
        aria-describedby={ids.describedBy({ hint: true, error })}
        {...props}
      >
        <Hint id={ids.hint}>
          {hint}
          {hint ? ' ' : null}
          {t('photoPicker.limits', { max, size: sizeText })}
        </Hint>
        {error && <ErrorMessage id={ids.error}>{error}</ErrorMessage>}
        <p className="gm-photo-picker__count">
          <span aria-hidden="true">{t('photoPicker.count', { count: images.length, max })}</span>
          <span className="gm-visually-hidden">
            {t('photoPicker.countSpoken', { count: images.length, max })}
          </span>
        </p>
        {images.length > 0 && (
          <ul className="gm-photo-picker__photos">
            {images.map((image, i) => (
              <li key={keyOf(image.file)} className="gm-photo-picker__photo">
                {urls.has(image.file) ? (
                  <img
                    src={urls.get(image.file)}
                    alt={t('photoPicker.alt', { n: i + 1, name: image.name })}
                  />
                ) : (
                  <span className="gm-photo-picker__placeholder">
                    {t('photoPicker.alt', { n: i + 1, name: image.name })}
                  </span>
                )}
                <button
                  type="button"
                  className="gm-button gm-button--secondary gm-photo-picker__remove"
                  onClick={() => remove(i)}
                >
                  {t('photoPicker.remove', { n: i + 1 })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="gm-photo-picker__actions">
          {pickButton('camera', ids.control)}
          {pickButton('album')}
        </div>
        {/* Always in the DOM, so what happened after a pick or a removal is announced. */}
        <div role="status" className="gm-photo-picker__notices">
          {notices.map((n) => (
            <p key={n.text} className={cx(n.problem && 'gm-photo-picker__problem')}>
              {n.text}
            </p>
          ))}
        </div>
      </Fieldset>
    </FormGroup>
  );
});
