import { useRetryWhenOnline } from '../../../lib/use-retry-when-online';
import { PlainLink } from '../../../components/ui/plain-link';
import type { PersonEntry } from '../../../schema/search-data';
import type { QueryTerm } from '../../../schema/search-query';

/** What to type, shown before there is a query. */
export function SearchTips() {
  return (
    <div className="mt-6 rounded border border-stone-300 bg-white p-5 text-stone-700">
      <p>在全部报纸的标题、正文与署名中查找。输入即可看到结果。</p>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm leading-relaxed text-stone-600">
        <li>多个词用空格分开，表示同时包含：<code>株洲 轨道交通</code></li>
        <li>用引号查找完整短语：<code>"国家主席习近平"</code></li>
        <li>繁体字也能找到：<code>株洲日報</code>；人名可输入拼音或首字母，如 <code>chenzhengming</code>、<code>czm</code></li>
        <li>在任何页面按 <kbd className="rounded border border-stone-400 px-1">/</kbd> 键即可开始搜索</li>
      </ul>
    </div>
  );
}

/** People whose name the reader may be typing in pinyin. */
export function PinyinSuggestions({ people, hrefFor }: { people: PersonEntry[]; hrefFor: (q: string) => string }) {
  if (people.length === 0) return null;
  return (
    <p className="mt-4 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm" data-testid="pinyin-suggestions">
      您要找的是不是：
      {people.map((person) => (
        <PlainLink key={person.name} to={hrefFor(person.name)} className="mr-3 inline-block font-bold text-red-900 underline underline-offset-4">
          {person.name}
          <span className="ml-1 text-xs font-normal text-stone-500">{person.pinyin}</span>
        </PlainLink>
      ))}
    </p>
  );
}

type NoResultsProps = { terms: QueryTerm[]; filtered: boolean; clearFiltersHref: string; unfilteredTotal: number };

/** Nothing found: say what was searched and how to widen the search. */
export function NoResults({ terms, filtered, clearFiltersHref, unfilteredTotal }: NoResultsProps) {
  const quoted = terms.map((t) => `“${t.raw}”`).join('、');
  return (
    <div className="mt-6 rounded border border-stone-300 bg-white p-5 text-stone-700" data-testid="no-results">
      <p className="font-bold">{terms.length > 1 ? `没有找到同时包含 ${quoted} 的文章。` : `没有找到包含 ${quoted} 的文章。`}</p>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-stone-600">
        {filtered && (
          <li>
            筛选条件可能太窄{unfilteredTotal > 0 && `：不加筛选有 ${unfilteredTotal} 篇`}。
            <PlainLink to={clearFiltersHref} className="ml-1 text-red-900 underline underline-offset-4">
              去掉全部筛选
            </PlainLink>
          </li>
        )}
        {terms.length > 1 && <li>试试去掉其中一个词，或检查词语之间的空格。</li>}
        <li>少输入几个字，或换一个说法；人名和地名请用全称或常用简称。</li>
      </ul>
    </div>
  );
}

/** Loading the index failed: say which file and offer a retry (a reload when the site was redeployed). */
export function SearchError({ error, updated, onRetry }: { error?: string; updated?: boolean; onRetry: () => void }) {
  // Offline, the index files this search needs are not on the device: say so, and retry when the network returns.
  const offline = !updated && !navigator.onLine;
  useRetryWhenOnline(onRetry, offline);
  return (
    <div role="alert" className="mt-6 rounded border border-red-300 bg-red-50 p-5">
      <p className="font-bold text-red-900">{updated ? '档案已更新' : offline ? '这次搜索需要联网' : '搜索索引加载失败'}</p>
      <p className="mt-2 text-sm break-words text-stone-700">
        {offline ? '现在没有网络，这次搜索要用的索引文件还没有保存在这台设备上（搜过的字词离线也能再搜）。网络恢复后会自动重试。' : (error ?? '未知错误')}
      </p>
      <button
        type="button"
        onClick={updated ? () => location.reload() : onRetry}
        className="mt-4 rounded border border-stone-400 bg-white px-4 py-1.5 text-sm hover:bg-stone-100"
      >
        {updated ? '重新载入' : '重试'}
      </button>
    </div>
  );
}
