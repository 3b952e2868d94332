import { PlainLink } from '../../../components/ui/plain-link';

type ResultPagerProps = { page: number; pages: number; hrefFor: (page: number) => string };

/** Previous/next page of results, with where the reader is. */
export function ResultPager({ page, pages, hrefFor }: ResultPagerProps) {
  if (pages <= 1) return null;
  const link = 'rounded border border-stone-300 px-3 py-1.5 hover:border-red-800 hover:text-red-800';
  return (
    <nav aria-label="结果分页" className="mt-6 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <PlainLink to={hrefFor(page - 1)} rel="prev" className={link}>
          ← 上一页
        </PlainLink>
      ) : (
        <span />
      )}
      <span className="text-stone-600">
        第 {page} / {pages} 页
      </span>
      {page < pages ? (
        <PlainLink to={hrefFor(page + 1)} rel="next" className={link}>
          下一页 →
        </PlainLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
