import { Link } from 'react-router';
import { paths } from '../../config/paths';

/** The page for anything that does not exist: unknown routes, issues or articles. */
type Offer = { href: string; caption: string; label: string };

export function NotFound({ offers = [] }: { offers?: readonly Offer[] }) {
  return (
    <div className="mx-auto max-w-[38em] px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">页面不存在</h1>
      <p className="mt-4 text-stone-600">
        {offers.length > 0 ? '档案中没有这一天的报纸。' : '您要找的报纸、文章、人物或地点不在档案中，可能是链接有误。'}
      </p>
      {offers.length > 0 && (
        <ul className="mt-6 flex flex-wrap justify-center gap-4" data-testid="nearest-issues">
          {offers.map((offer) => (
            <li key={offer.href}>
              <Link to={offer.href} className="block rounded border border-stone-400 px-4 py-2 hover:border-red-900 hover:text-red-900">
                <span className="block text-xs text-stone-600">{offer.caption}</span>
                {offer.label}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-8">
        <Link to={paths.home.href()} className="underline underline-offset-4 hover:text-red-800">
          返回首页
        </Link>
        <span className="mx-3 text-stone-400" aria-hidden="true">·</span>
        <Link to={paths.archive.href()} className="underline underline-offset-4 hover:text-red-800">
          浏览往期
        </Link>
      </p>
    </div>
  );
}
