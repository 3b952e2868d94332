import { useRef, useState } from 'react';
import type { Bookmark } from '../schema';
import { useBookmarkActions } from '../hooks';
import { describeSkipped, exportFileName, exportText, readImportFile } from '../transfer';
import { downloadText } from '../../../lib/download';

type Message = { tone: 'ok' | 'error'; text: string };

const button =
  'rounded border border-stone-400 bg-white px-3 py-1 text-sm text-stone-700 hover:border-red-900 hover:text-red-900 disabled:cursor-not-allowed disabled:opacity-50 disabled:hover:border-stone-400 disabled:hover:text-stone-700';

/** Export to a JSON file and import one back: imports merge, never replace. */
export function TransferPanel({ bookmarks }: { bookmarks: readonly Bookmark[] }) {
  const actions = useBookmarkActions();
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<Message>();

  const exportAll = () => {
    const now = new Date();
    downloadText(exportFileName(now), exportText(bookmarks, now));
    setMessage({ tone: 'ok', text: `已导出 ${bookmarks.length} 条书签。` });
  };

  const importFile = async (file: File) => {
    const parsed = await readImportFile(file);
    if (!parsed.ok) return setMessage({ tone: 'error', text: `没有导入“${file.name}”：${parsed.message}` });
    const result = actions.importEntries(parsed.bookmarks);
    if (!result.ok) return setMessage({ tone: 'error', text: `没有导入：${result.message}` });
    const { added, existing } = result.counts ?? { added: 0, existing: 0 };
    const done = `导入完成：新增 ${added} 条${existing ? `，${existing} 条已存在，未重复添加` : ''}。`;
    // The damaged entries are named, so the reader knows what is missing and where to look in the file.
    const { skipped } = parsed;
    if (skipped?.length) {
      return setMessage({ tone: 'error', text: `${done}${skipped.length} 条损坏，未导入：${describeSkipped(skipped)}。` });
    }
    setMessage({ tone: 'ok', text: done });
  };

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex gap-2">
        <button type="button" onClick={exportAll} disabled={bookmarks.length === 0} className={button}>
          导出书签
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} className={button}>
          导入书签
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-label="选择要导入的书签文件"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Clearing lets the same file be chosen again after fixing it.
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {message && (
        <p
          role={message.tone === 'error' ? 'alert' : 'status'}
          className={`max-w-sm text-right text-sm ${message.tone === 'error' ? 'text-red-800' : 'text-stone-600'}`}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
