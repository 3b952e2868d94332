import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { composing } from '../../../lib/shortcuts';
import { NOTE_MAX_LENGTH } from '../schema';

type NoteEditorProps = {
  note: string;
  /** Names the bookmark for screen readers, since every entry has the same buttons. */
  itemLabel: string;
  /** Returns an error message if the note could not be saved. */
  onSave: (note: string) => string | undefined;
};

const quiet = 'text-sm text-stone-500 underline-offset-4 hover:text-red-900 hover:underline';

/** A bookmark's note, edited where it is shown: Enter saves, Esc cancels, Shift+Enter adds a line. */
export function NoteEditor({ note, itemLabel, onSave }: NoteEditorProps) {
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState<string>();
  const id = useId();

  const save = () => {
    const failure = onSave(draft ?? '');
    setError(failure);
    if (!failure) setDraft(undefined);
  };
  const cancel = () => {
    setDraft(undefined);
    setError(undefined);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !composing(event.nativeEvent)) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      cancel();
    }
  };

  if (draft === undefined) {
    return (
      <div className="mt-3">
        {note && <p className="border-l-2 border-red-900/60 bg-stone-100 px-3 py-2 whitespace-pre-wrap text-stone-800">{note}</p>}
        <button type="button" onClick={() => setDraft(note)} className={`mt-1 ${quiet}`}>
          {note ? '编辑备注' : '＋ 添加备注'}
          <span className="sr-only">：{itemLabel}</span>
        </button>
      </div>
    );
  }
  return (
    <form
      className="mt-3"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <label htmlFor={id} className="sr-only">
        备注：{itemLabel}
      </label>
      <textarea
        id={id}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        maxLength={NOTE_MAX_LENGTH}
        rows={2}
        autoFocus
        placeholder="为什么收藏它？"
        className="w-full resize-y rounded border border-stone-400 bg-white px-3 py-2 text-stone-900 focus:border-red-900 focus:outline-none"
      />
      <div className="mt-1 flex items-center gap-3 text-sm">
        <button type="submit" className="rounded bg-red-900 px-3 py-1 text-white hover:bg-red-800">
          保存
        </button>
        <button type="button" onClick={cancel} className={quiet}>
          取消
        </button>
        <span className="ml-auto text-xs text-stone-400">
          {Array.from(draft).length}/{NOTE_MAX_LENGTH}
        </span>
      </div>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </form>
  );
}
