import type { ReactNode } from 'react';

type ErrorNoticeProps = {
  /** A word above the headline, as a paper labels a notice (数据故障, 网站更新…). */
  kicker: string;
  title: string;
  /** What happened and what to do, in the reader's words. */
  children: ReactNode;
  /** The technical message, for passing on; shown small. */
  detail?: string;
  /** Buttons and links: the way on. */
  actions: ReactNode;
};

/** A failure set like a notice in the paper: kicker, headline over a rule, text, then the ways on. Never a blank page. */
export function ErrorNotice({ kicker, title, children, detail, actions }: ErrorNoticeProps) {
  return (
    <div role="alert" className="mx-auto max-w-[38em] px-4 py-16">
      <p className="text-sm font-bold tracking-[0.3em] text-red-800">{kicker}</p>
      <h1 className="mt-2 border-b-2 border-stone-800 pb-3 text-3xl font-bold">{title}</h1>
      <div className="mt-4 leading-relaxed text-stone-700">{children}</div>
      {detail && <p className="mt-3 text-sm break-words text-stone-500">详细信息：{detail}</p>}
      <div className="mt-8 flex flex-wrap items-center gap-x-6 gap-y-3">{actions}</div>
    </div>
  );
}

/** The main way on (重试, 刷新页面): the paper's red. */
export function NoticeButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" onClick={onClick} className="rounded bg-red-800 px-5 py-2 font-bold text-white hover:bg-red-900">
      {children}
    </button>
  );
}

/** A quieter way on, as the 404 page's links look. */
export const noticeLinkClass = 'underline underline-offset-4 hover:text-red-800';
