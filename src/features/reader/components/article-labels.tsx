import type { Article } from '../../../schema/issue';

const KIND_LABELS: Partial<Record<Article['kind'], string>> = {
  notice: '公告',
  promo: '推广',
};

/** Small tags that tell a reader what is not an ordinary story, or whose title we made up. */
export function ArticleLabels({ article }: { article: Pick<Article, 'kind' | 'titleDerived'> }) {
  const kind = KIND_LABELS[article.kind];
  if (!kind && !article.titleDerived) return null;
  const tag = 'rounded border border-stone-400 px-1.5 py-0.5 text-xs text-stone-600';
  return (
    <p className="mt-1 flex flex-wrap gap-2">
      {kind && <span className={tag}>{kind}</span>}
      {article.titleDerived && (
        <span className={tag} title="原报无标题，标题取自正文首句">
          标题取自正文
        </span>
      )}
    </p>
  );
}
