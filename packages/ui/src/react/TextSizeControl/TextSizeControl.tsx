// The citizen's own display settings: text size (100–200 %, each option showing "Aa" at its
// size) and high contrast. Both go through the provider, which applies them to the page and
// keeps them in platform storage, so they survive the app being closed.
import { type ComponentPropsWithoutRef, forwardRef, useId } from 'react';
import { Fieldset, Hint } from '../field/Field';
import { cx } from '../internal/class-names';
import { useMessages } from '../internal/messages';
import { textSizes, useGovMini } from '../provider/context';
import { textSizeMessages } from './messages';

export interface TextSizeControlProps extends ComponentPropsWithoutRef<'div'> {
  /** Show the high-contrast checkbox (default true). */
  contrast?: boolean;
}

export const TextSizeControl = forwardRef<HTMLDivElement, TextSizeControlProps>(
  function TextSizeControl({ contrast = true, className, ...props }, ref) {
    const { textSize, setTextSize, highContrast, setHighContrast } = useGovMini('TextSizeControl');
    const t = useMessages(textSizeMessages);
    const id = useId();
    return (
      <div ref={ref} className={cx('gm-text-size', className)} {...props}>
        <Fieldset legend={t('textSize.legend')}>
          <div className="gm-text-size__options">
            {textSizes.map((size) => (
              <label
                key={size}
                className={cx(
                  'gm-text-size__option',
                  size === textSize && 'gm-text-size__option--checked',
                )}
              >
                {/* The invisible radio covers the whole option: its box is the touch target. */}
                <input
                  type="radio"
                  className="gm-text-size__radio"
                  name={`${id}size`}
                  value={size}
                  checked={size === textSize}
                  onChange={() => setTextSize(size)}
                />
                <span className="gm-text-size__dot" aria-hidden="true" />
                {/* The page is already at `textSize`: em relative to it shows each size as is. */}
                <span
                  className="gm-text-size__sample"
                  aria-hidden="true"
                  style={{ fontSize: `${size / textSize}em` }}
                >
                  {t('textSize.sample')}
                </span>
                <span>{t('textSize.option', { percent: size * 100 })}</span>
              </label>
            ))}
          </div>
        </Fieldset>
        {contrast && (
          <div className="gm-text-size__contrast">
            <input
              type="checkbox"
              id={`${id}contrast`}
              className="gm-text-size__checkbox"
              checked={highContrast}
              onChange={(event) => setHighContrast(event.target.checked)}
              aria-describedby={`${id}contrast-hint`}
            />
            <div>
              <label htmlFor={`${id}contrast`} className="gm-label">
                {t('textSize.highContrast')}
              </label>
              <Hint id={`${id}contrast-hint`}>{t('textSize.highContrastHint')}</Hint>
            </div>
          </div>
        )}
      </div>
    );
  },
);
