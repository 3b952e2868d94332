import { formatDate } from '../../../lib/dates';
import type { Suggestion } from '../engine/suggestions';

/** One row of the dropdown: a suggestion, or the last row that searches the full text. */
export type SuggestRow = Suggestion | { kind: 'fulltext'; q: string };

const KIND_LABEL = { person: '人物', place: '地名', title: '文章', fulltext: '全文' } as const;

export const optionId = (i: number) => `site-search-option-${i}`;

function RowText({ row }: { row: SuggestRow }) {
  if (row.kind === 'fulltext') {
    return (
      <span className="min-w-0 flex-1 truncate">
        在全文中搜索 <q className="font-semibold">{row.q}</q>
      </span>
    );
  }
  if (row.kind === 'title') {
    return (
      <>
        <span className="min-w-0 flex-1 truncate font-serif">{row.title}</span>
        <span className="shrink-0 text-xs text-stone-600 tabular-nums">
          {formatDate(row.date)}
          {row.printings > 1 && ` 等 ${row.printings} 期`}
        </span>
      </>
    );
  }
  return (
    <>
      <span className="min-w-0 flex-1 truncate">
        <span className="font-semibold">{row.name}</span>
        {row.via && <span className="ml-1.5 text-xs text-stone-600">{row.via}</span>}
      </span>
      <span className="shrink-0 text-xs text-stone-600 tabular-nums">{row.articles} 篇</span>
    </>
  );
}

/**
 * The header box's dropdown (ARIA listbox of a combobox): focus stays in the box, which names the
 * active row with aria-activedescendant. Rows are chosen by click; mousedown keeps the box focused.
 * `q` is the query the suggestions answer.
 */
export function SuggestionList({ q, rows, active, onChoose, onHover }: { q: string; rows: SuggestRow[]; active: number; onChoose: (row: SuggestRow) => void; onHover: (i: number) => void }) {
  return (
    <ul
      id="site-search-list"
      role="listbox"
      aria-label="搜索建议"
      data-testid="search-suggestions"
      // The query these rows answer (one keystroke may be on its way): for tests and the benchmark.
      data-q={q}
      className="absolute inset-x-0 top-full z-30 sm:left-auto sm:w-[30rem] sm:max-w-[calc(100vw-2rem)] mt-1 max-h-[70vh] overflow-y-auto rounded border border-stone-300 bg-white py-1 text-sm shadow-lg"
    >
      {rows.map((row, i) => (
        <li
          key={i}
          id={optionId(i)}
          role="option"
          aria-selected={i === active}
          data-kind={row.kind}
          className={`flex cursor-pointer items-baseline gap-2 px-3 py-1.5 ${i === active ? 'bg-red-50 text-red-950' : ''} ${row.kind === 'fulltext' ? 'border-t border-stone-200' : ''}`}
          onMouseDown={(event) => event.preventDefault()}
          onMouseMove={() => i !== active && onHover(i)}
          onClick={() => onChoose(row)}
        >
          <span className="w-8 shrink-0 text-xs text-stone-600">{KIND_LABEL[row.kind]}</span>
          <RowText row={row} />
        </li>
      ))}
    </ul>
  );
}
