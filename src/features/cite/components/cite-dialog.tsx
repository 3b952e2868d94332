import { useEffect, useRef } from 'react';
import type { CitationSource } from '../source';
import { citationStyles } from '../format';
import { toCsl } from '../csl';
import { CitationRow } from './citation-row';
import { ExportButtons } from './export-buttons';

/** The modal itself, loaded on the first click of 引用 (cite-button.tsx): open as soon as it mounts. */
export default function CiteDialog({ source, onClose }: { source: CitationSource; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="cite-title"
      data-testid="cite-dialog"
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-stone-300 bg-white p-6 text-left text-stone-900 shadow-xl backdrop:bg-black/40"
    >
      <h2 id="cite-title" className="text-lg font-bold">引用本文</h2>
      <p className="mt-1 mb-3 text-sm text-stone-600">
        {source.authors.length ? '作者取自署名。' : '原文未署名，引文从题名开始。'}
        {`版次：${source.edition === '1' ? '头版（第1版）' : `第${source.edition}版`}。`}
      </p>
      {citationStyles.map((style) => (
        <CitationRow key={style.id} id={style.id} label={style.label} text={style.format(source)} />
      ))}
      <div className="border-t border-stone-200 pt-3">
        <h3 className="mb-2 text-sm font-bold text-stone-700">下载引文文件</h3>
        <ExportButtons items={() => [toCsl(source)]} fileName={source.id} />
      </div>
      <form method="dialog" className="mt-5 text-right">
        <button type="submit" className="rounded border border-stone-400 px-4 py-1.5 text-sm hover:bg-stone-100">
          关闭
        </button>
      </form>
    </dialog>
  );
}
