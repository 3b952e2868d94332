import { useEffect, useId, useState } from 'react';
import { parseDateInput, type DateEdge } from '../../lib/date-input';
import { formatDate } from '../../lib/dates';

type DateFieldProps = {
  label: string;
  /** The ISO date in force, shown as 2020年1月5日; undefined for none. */
  value: string | undefined;
  /** Called with the ISO date when the reader confirms (Enter, or leaving the field), undefined when emptied. */
  onChange: (iso: string | undefined) => void;
  /** A year or month alone means its first or its last day. */
  edge: DateEdge;
};

export const dateFieldClass = 'min-w-0 rounded border border-stone-300 bg-white px-2 py-1 aria-[invalid=true]:border-red-700';

/**
 * A date typed as a Chinese reader writes it (2020年1月5日, 2020-1-5, 2020年): applied on Enter or
 * when the field is left, shown back as 2020年1月5日; anything else is said so and changes nothing.
 */
export function DateField({ label, value, onChange, edge }: DateFieldProps) {
  const shown = value ? formatDate(value) : '';
  const [draft, setDraft] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  const hint = useId();
  // A value changed elsewhere (a year chosen, a filter removed) replaces what was typed.
  useEffect(() => {
    setDraft(shown);
    setInvalid(false);
  }, [shown]);
  const commit = () => {
    if (!draft.trim()) {
      setInvalid(false);
      if (value) onChange(undefined);
      return;
    }
    const iso = parseDateInput(draft, edge);
    setInvalid(!iso);
    if (!iso) return;
    setDraft(formatDate(iso));
    if (iso !== value) onChange(iso);
  };
  return (
    <div>
      <label className="flex items-center gap-2">
        <span className="w-4 shrink-0 text-stone-600">{label}</span>
        <input
          type="text"
          value={draft}
          placeholder="如 2020年1月5日"
          aria-invalid={invalid}
          aria-describedby={invalid ? hint : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
          className={`${dateFieldClass} flex-1`}
        />
      </label>
      {invalid && (
        <p id={hint} role="alert" className="mt-1 ml-6 text-xs text-red-800">
          不是有效的日期：请写成 2020年1月5日
        </p>
      )}
    </div>
  );
}
