import { useState } from 'react';
import type { CslItem } from '../csl';
import { downloadText } from '../../../lib/download';
import { exportFormats, exportText } from '../export-files';

type ExportButtonsProps = {
  /** The items to write; a function so a list (the bookmarks) is only gathered when asked for. */
  items: () => Promise<CslItem[]> | CslItem[];
  /** The file name without its ending. */
  fileName: string;
  disabled?: boolean;
};

const button =
  'rounded border border-stone-400 bg-white px-3 py-1 text-sm text-stone-700 hover:border-red-900 hover:text-red-900 disabled:cursor-not-allowed disabled:opacity-50';

/** Downloads as RIS (EndNote, NoteExpress), BibTeX and CSL-JSON (Zotero); citation-js loads on the first click. */
export function ExportButtons({ items, fileName, disabled }: ExportButtonsProps) {
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const save = async (format: (typeof exportFormats)[number]) => {
    try {
      const list = await items();
      downloadText(`${fileName}.${format.extension}`, await exportText(list, format.id), format.type);
      setMessage({ error: false, text: `已下载 ${format.label} 文件（${list.length} 条）。` });
    } catch (error) {
      // Offline with the exporter not yet loaded is the usual cause: say so rather than fail silently.
      const detail = error instanceof Error ? error.message : String(error);
      setMessage({ error: true, text: `没有生成 ${format.label} 文件：${navigator.onLine ? detail : '需要联网加载导出工具。'}` });
    }
  };
  return (
    <div>
      <div className="flex flex-wrap gap-2" role="group" aria-label="导出到文献管理软件">
        {exportFormats.map((format) => (
          <button key={format.id} type="button" className={button} disabled={disabled} onClick={() => void save(format)}>
            {format.label}
          </button>
        ))}
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={`mt-2 text-sm ${message.error ? 'text-red-800' : 'text-stone-600'}`}>
          {message.text}
        </p>
      )}
    </div>
  );
}
