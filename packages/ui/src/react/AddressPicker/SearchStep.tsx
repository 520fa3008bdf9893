// One search step of AddressPicker: a labelled search input, a polite live count, and the
// results as real buttons. Why not an ARIA combobox: see docs/accessibility.md.
import { type KeyboardEvent, useRef } from 'react';
import { Hint, Label } from '../field';

export interface SearchOption {
  readonly key: string;
  readonly name: string;
  /** A second line, e.g. "→ nay thuộc Thành phố Hồ Chí Minh" for a pre-2025 name. */
  readonly note?: string | undefined;
  readonly pick: () => void;
}

export interface SearchStepProps {
  id: string;
  label: string;
  hint: string;
  query: string;
  onQuery: (query: string) => void;
  options: readonly SearchOption[];
  /** Shown above the list when it is offered before any typing ("Hoặc chọn trong danh sách"). */
  listLabel?: string | undefined;
  /** The live message: "Có 5 kết quả", "Không tìm thấy…", or '' before typing. */
  status: string;
  /** The group's error id, so the input itself is described by the error too. */
  errorId?: string | undefined;
}

export function SearchStep({
  id,
  label,
  hint,
  query,
  onQuery,
  options,
  listLabel,
  status,
  errorId,
}: SearchStepProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const buttons = () => [...(listRef.current?.querySelectorAll('button') ?? [])];

  // Arrow keys and Enter move focus into the list, so a keyboard user never has to Tab
  // through the page; Enter never submits the surrounding form by accident.
  const onInputKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter') {
      e.preventDefault();
      buttons()[0]?.focus();
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      onQuery('');
    }
  };
  const onOptionKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const all = buttons();
    const target =
      e.key === 'ArrowDown'
        ? all[Math.min(i + 1, all.length - 1)]
        : e.key === 'ArrowUp'
          ? i > 0
            ? all[i - 1]
            : inputRef.current
          : e.key === 'Escape'
            ? inputRef.current
            : undefined;
    if (!target) return;
    e.preventDefault();
    target.focus();
  };

  const hintId = `${id}-step-hint`;
  const listId = `${id}-list`;
  const listLabelId = `${id}-list-label`;
  return (
    <div className="gm-address__step">
      <Label htmlFor={id} id={`${id}-label`}>
        {label}
      </Label>
      <Hint id={hintId}>{hint}</Hint>
      <input
        ref={inputRef}
        id={id}
        type="search"
        className="gm-input gm-address__input"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={onInputKey}
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
        aria-invalid={errorId ? true : undefined}
        aria-controls={options.length ? listId : undefined}
      />
      {/* Always in the DOM: a live region added with its text is often not announced. */}
      <p role="status" className="gm-address__status">
        {status}
      </p>
      {options.length > 0 && (
        <>
          {listLabel && (
            <p id={listLabelId} className="gm-address__list-label">
              {listLabel}
            </p>
          )}
          <ul
            ref={listRef}
            id={listId}
            className="gm-address__options"
            aria-labelledby={listLabel ? listLabelId : `${id}-label`}
          >
            {options.map((o, i) => (
              <li key={o.key}>
                <button
                  type="button"
                  className="gm-address__option"
                  onClick={o.pick}
                  onKeyDown={(e) => onOptionKey(e, i)}
                >
                  {o.name}
                  {o.note && (
                    <span className="gm-address__note">
                      <span aria-hidden="true">→ </span>
                      <span className="gm-visually-hidden">, </span>
                      {o.note}
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
